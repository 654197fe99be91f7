package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jembatan.TestProject;
import jembatan.output.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache kept on disk never changes the output: after each kind of edit, a {@code build}
 * that starts from it writes the bytes a build without it writes, and it is used (the pages an edit
 * does not reach are not made again). A damaged, cut-short or foreign cache, or another version's,
 * is one line and a whole build; a build killed while writing it leaves one the next build reads.
 */
class CacheFileTest {
    static final Path EVERY_FEATURE = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature");
    static final Path REAL_SITE = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/real-site");

    /** The day every build here is made as of: the cache is for builds with the same options. */
    static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 1, 1);

    @TempDir
    Path tmp;

    private int fresh;

    @Test
    void everyKindOfEditEndsWhereABuildWithoutTheCacheDoes() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        buildAndCompare(project, "first build");
        buildAndCompare(project, "nothing changed");
        edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n");
        buildAndCompare(project, "an article's text");
        edit(project, "content/en/talks.md", text -> text.replaceFirst("(?m)^title: .*$", "title: Talks, and a deal"));
        buildAndCompare(project, "an article's title");
        // A whole run in the same environment reads every record, those copied by the two builds before included.
        project.write("content/media/new.txt", "a new file to publish\n");
        buildAndCompare(project, "a media file, after records were copied");
        edit(project, "content/facts/talks.yaml", text -> text.replace("outlet: Daily Report", "outlet: Daily Record"));
        buildAndCompare(project, "a facts file");
        edit(project, "templates/partials/layout.ftlh", text -> text.replace("</main>", "<p>Edited layout.</p></main>"));
        buildAndCompare(project, "a template");
        edit(project, "templates/i18n/en.yaml", text -> text.replace("home: \"Home\"", "home: \"Start\""));
        buildAndCompare(project, "an interface string");
        edit(project, "content/site.yaml", text -> text.replace("title: Test Site", "title: The Test Site"));
        buildAndCompare(project, "site.yaml");
        edit(project, "content/en/about.md", text -> text.replace("title: About", "title: About us"));
        buildAndCompare(project, "a title that moves the page");
    }

    @Test
    void filesAddedRemovedAndRenamedEndWhereABuildWithoutTheCacheDoes() throws IOException {
        TestProject project = copy(REAL_SITE, "real-site");
        buildAndCompare(project, "first build");
        Files.delete(project.root().resolve("content/en/changelog.md"));
        buildAndCompare(project, "a page removed");
        project.write("content/en/notes/2025/new-note.md", "---\ntitle: A new note\ndescription: A note.\ntranslation: none\n---\nA note written today.\n");
        buildAndCompare(project, "a page added");
        Files.move(project.root().resolve("content/en/notes/2025/new-note.md"), project.root().resolve("content/en/notes/2025/renamed-note.md"));
        buildAndCompare(project, "a page renamed");
        edit(project, "content/en/learn/go/overview.md", text -> text + "\nAnd a last line.\n");
        buildAndCompare(project, "an article's text after all that");
    }

    @Test
    void aBuildAfterOneEditMakesOnlyWhatTheEditReaches() {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        assertEquals(0, project.run("build", "-q", "--today", DAY.toString()).status());
        assertEquals(0, rebuilt(project).rendered(), "nothing changed: every page comes from the cache");
        edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n");
        BuildOutcome.Built after = rebuilt(project);
        assertEquals(1, after.rendered(), "a text edit makes its own page again, and no other");
        assertTrue(after.pages() > 5);
    }

    @Test
    void aBuildFromTheCacheLinksThePagesItTookFromTheSiteAndWritesThoseItMade() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        assertEquals(0, project.run("build", "-q").status());
        assertEquals(0, project.run("build", "-q").status(), "takes every page from site/");
        edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n");
        assertEquals(0, project.run("build", "-q").status());

        // After the swap, the staging folder is the site before: a page linked from it is the same file in both.
        Path site = project.root().resolve("site");
        Path before = SiteWriter.stagingFolderOf(site).resolve("next");
        Path edited = site.resolve("en/about/index.html");
        assertTrue(Files.readString(edited).contains("One more sentence."));
        assertFalse(Files.isSameFile(edited, before.resolve("en/about/index.html")), "the edited page is a file of its own");
        Map<String, String> pages = TestProject.files(site);
        long linked = 0;
        for (String page : pages.keySet()) if (Files.exists(before.resolve(page)) && Files.isSameFile(site.resolve(page), before.resolve(page))) linked++;
        assertTrue(linked > pages.size() / 2, linked + " of " + pages.size() + " files linked");
    }

    @Test
    void aBuildOnTheNextDayMakesNothingAgainUnlessItShowsArticlesDatedLater() {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        assertEquals(0, project.run("build", "-q", "--today", DAY.toString()).status());
        assertEquals(0, rebuilt(project, BuildOptions.defaults().asOf(DAY.plusDays(1))).rendered(),
                "the next day publishes no other article: every page comes from the cache");

        assertEquals(0, project.run("build", "-q", "--future", "--today", DAY.toString()).status());
        BuildOutcome.Built future = rebuilt(project, BuildOptions.defaults().withFuture().asOf(DAY.plusDays(1)));
        assertEquals(future.pages(), future.rendered(), "with --future the day decides which pages say they are scheduled: every page is made again");
    }

    @Test
    void aBuildAfterASaveLooksOnlyAtTheFilesSavedSince() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        assertEquals(0, project.run("build", "-q", "--today", DAY.toString()).status());
        assertEquals(Optional.of(Set.of()), resumed(project, BuildOptions.defaults().asOf(DAY)).saved(), "nothing saved since");
        edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n");
        CacheFile.Run afterEdit = resumed(project, BuildOptions.defaults().asOf(DAY));
        assertEquals(Optional.of(Set.of("content/en/about.md")), afterEdit.saved());
        assertEquals(1, ((BuildOutcome.Built) afterEdit.result().outcome()).rendered());
        edit(project, "templates/partials/layout.ftlh", text -> text.replace("</main>", "<p>Edited layout.</p></main>"));
        assertEquals(Optional.empty(), resumed(project, BuildOptions.defaults().asOf(DAY)).saved(),
                "a template saved: another environment, so the project is read whole");
        buildAndCompare(project, "after the template");
    }

    @Test
    void aProjectMovedToAnotherFolderIsBuiltWhole() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        assertEquals(0, project.run("build", "-q", "--today", DAY.toString()).status());
        Path moved = tmp.resolve("moved");
        Files.move(project.root(), moved);
        Path site = moved.resolve("site");
        CacheFile.Run run = new CacheFile(moved, site, SiteWriter.cacheFileOf(site)).build(BuildOptions.defaults().asOf(DAY), Progress.NONE);
        assertEquals(Optional.empty(), run.saved(), "its pages' paths may be too long there: the content is loaded and checked again");
        assertTrue(run.result().outcome() instanceof BuildOutcome.Built);
    }

    @Test
    void theDayAScheduledArticleIsDueItIsPublishedThoughNoFileWasSaved() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        project.write("content/en/soon.md", "---\ntitle: Soon\ndescription: Later.\ndate: " + DAY.plusDays(1) + "\ntranslation: none\n---\nDue tomorrow.\n");
        agePast(project.root());
        assertEquals(0, project.run("build", "-q", "--today", DAY.toString()).status());
        assertFalse(Files.exists(project.root().resolve("site/en/soon/index.html")));
        CacheFile.Run next = resumed(project, BuildOptions.defaults().asOf(DAY.plusDays(1)));
        assertEquals(Optional.empty(), next.saved(), "another day's publication: the content is loaded again");
        assertTrue(((BuildOutcome.Built) next.result().outcome()).site().files().containsKey("en/soon/index.html"));
    }

    private static CacheFile.Run resumed(TestProject project, BuildOptions options) {
        Path site = project.root().resolve("site");
        CacheFile.Run run = new CacheFile(project.root(), site, SiteWriter.cacheFileOf(site)).build(options, Progress.NONE);
        assertEquals(Optional.empty(), run.ignored());
        assertTrue(run.result().outcome() instanceof BuildOutcome.Built, () -> String.valueOf(run.result().outcome()));
        return run;
    }

    /** A build from the cache file as {@code build} loads it, without writing; the cache must be there and usable. */
    private BuildOutcome.Built rebuilt(TestProject project) {
        return rebuilt(project, BuildOptions.defaults().asOf(DAY));
    }

    private BuildOutcome.Built rebuilt(TestProject project, BuildOptions options) {
        Path site = project.root().resolve("site");
        CacheFile.Run run = new CacheFile(project.root(), site, SiteWriter.cacheFileOf(site)).build(options, Progress.NONE);
        assertEquals(Optional.empty(), run.ignored());
        return (BuildOutcome.Built) run.result().outcome();
    }

    @Test
    void aDamagedCacheIsOneLineAndAWholeBuild() throws IOException {
        assertIgnored(bytes -> {
            bytes[bytes.length - 3] ^= 0x20;
            return bytes;
        }, "its check does not match its contents");
        assertIgnored(bytes -> Arrays.copyOf(bytes, bytes.length / 3), "it is cut short");
        assertIgnored(bytes -> "<html>not a cache</html>\n".getBytes(StandardCharsets.UTF_8), "it is not a Jembatan build cache");
        assertIgnored(bytes -> {
            // The header of a cache that another build of Jembatan wrote: the same start and format (25 bytes), another code.
            String other = "jembatan 0.0.9, code 1234abcd";
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(25 + 4 + other.length() + 16);
            buffer.put(bytes, 0, 25).putInt(other.length()).put(other.getBytes(StandardCharsets.US_ASCII)).put(new byte[16]);
            return buffer.array();
        }, "it was written by another version of Jembatan (jembatan 0.0.9, code 1234abcd)");
    }

    @Test
    void aRecordDamagedUnderAGoodCheckIsOneLineAndAWholeBuild() throws IOException {
        // Records are read when a run asks for them, after the file's check: one damaged by a file
        // made to pass the check is found then, and the build starts again without the cache. A
        // new picture makes the run a whole one in the same environment, which asks for every record.
        assertIgnored(project -> project.write("content/media/new.txt", "a new file to publish\n"), bytes -> {
            java.nio.ByteBuffer file = java.nio.ByteBuffer.wrap(bytes);
            int start = 21; // after "jembatan build cache\n"
            int firstRecord = start + 4 + 4 + file.getInt(start + 4);
            file.putInt(firstRecord, Integer.MAX_VALUE); // the length of the first record's first text
            int length = (int) file.getLong(bytes.length - 16);
            java.util.zip.CRC32C check = new java.util.zip.CRC32C();
            check.update(bytes, start, length);
            file.putLong(bytes.length - 8, check.getValue());
            return bytes;
        }, "it cannot be read (it is not a build cache this version reads)");
    }

    private void assertIgnored(UnaryOperator<byte[]> damage, String why) throws IOException {
        assertIgnored(project -> edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n"), damage, why);
    }

    private void assertIgnored(java.util.function.Consumer<TestProject> change, UnaryOperator<byte[]> damage, String why) throws IOException {
        TestProject project = copy(EVERY_FEATURE, "damaged-" + fresh);
        buildAndCompare(project, "first build");
        change.accept(project);
        Path cache = SiteWriter.cacheFileOf(project.root().resolve("site"));
        Files.write(cache, damage.apply(Files.readAllBytes(cache)));
        TestProject.Run run = buildAndCompareIgnoring(project, why);
        assertEquals(List.of("ignoring the build cache at .site.staging/cache: " + why + "; building everything"), run.errLines());
        assertEquals(List.of(), buildAndCompare(project, "after " + why).errLines(), "the build wrote a good cache in its place");
    }

    @Test
    void aBuildKilledWhileWritingTheCacheLeavesOneTheNextBuildReads() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        buildAndCompare(project, "first build");
        Path cache = SiteWriter.cacheFileOf(project.root().resolve("site"));
        // What a build killed halfway through writing leaves: the last cache, and half a new one beside it.
        byte[] whole = Files.readAllBytes(cache);
        Path half = cache.resolveSibling("cache.new");
        Files.write(half, Arrays.copyOf(whole, whole.length / 2));
        edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n");
        assertEquals(List.of(), buildAndCompare(project, "after a killed write").errLines());
        assertFalse(Files.exists(half), "the next build writes its cache in the half-written one's place");
    }

    @Test
    void aNewCacheTakesTheLastOnesPlaceOnlyWhenKept() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        buildAndCompare(project, "first build");
        Path site = project.root().resolve("site");
        Path file = SiteWriter.cacheFileOf(site);
        byte[] last = Files.readAllBytes(file);
        edit(project, "content/en/about.md", text -> text + "\nOne more sentence.\n");
        CacheFile cache = new CacheFile(project.root(), site, file);
        BuildCache next = cache.build(BuildOptions.defaults().asOf(DAY), Progress.NONE).result().cache();
        // What a build whose site could not be written does, and, until it keeps the new cache, a build killed while writing it.
        cache.saveBeside(next).drop();
        assertArrayEquals(last, Files.readAllBytes(file), "the last cache, as it was");
        assertFalse(Files.exists(file.resolveSibling("cache.new")));
        cache.saveBeside(next).keep();
        assertFalse(Arrays.equals(last, Files.readAllBytes(file)), "the new cache, kept");
    }

    @Test
    void noCacheNeitherReadsNorWritesIt() throws IOException {
        TestProject project = copy(EVERY_FEATURE, "every-feature");
        assertEquals(0, project.run("build", "-q", "--no-cache").status());
        Path cache = SiteWriter.cacheFileOf(project.root().resolve("site"));
        assertFalse(Files.exists(cache));
        Files.writeString(cache, "damaged");
        TestProject.Run run = project.run("build", "-q", "--no-cache");
        assertEquals("", run.err());
        assertEquals("damaged", Files.readString(cache));
    }

    private TestProject copy(Path fixture, String name) {
        TestProject project = TestProject.copyOf(fixture, tmp.resolve(name));
        // Files saved long before the build, as an editor's are: those saved in the two seconds
        // before a cache is written are read again whatever their size and time say.
        agePast(project.root());
        return project;
    }

    private static void agePast(Path root) {
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(file, hourAgo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(TestProject project, String file, UnaryOperator<String> change) {
        try {
            String text = Files.readString(project.root().resolve(file), StandardCharsets.UTF_8);
            String changed = change.apply(text);
            assertFalse(changed.equals(text), "the edit changes " + file);
            project.write(file, changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the project as {@code build} does, from its cache, then a copy of its content and
     * templates with {@code --no-cache}, and compares every file of the two sites.
     */
    private TestProject.Run buildAndCompare(TestProject project, String what) {
        TestProject.Run run = buildAndCompareIgnoring(project, what);
        // A cache the last build wrote, its copied records included, is read without a word.
        assertEquals(List.of(), run.errLines(), what);
        return run;
    }

    /** {@link #buildAndCompare}, for a build that may say it ignored the cache. */
    private TestProject.Run buildAndCompareIgnoring(TestProject project, String what) {
        TestProject.Run run = project.run("build", "-q");
        assertEquals(0, run.status(), what + ": " + run.err());
        Path other = tmp.resolve("fresh-" + fresh++);
        for (String folder : List.of("content", "templates")) TestProject.copyTree(project.root().resolve(folder), other.resolve(folder));
        TestProject.Run without = TestProject.of(other, "").run("build", "-q", "--no-cache");
        assertEquals(0, without.status(), what + ": " + without.err());
        Map<String, String> built = TestProject.files(project.root().resolve("site"));
        Map<String, String> expected = TestProject.files(other.resolve("site"));
        assertEquals(expected.keySet(), built.keySet(), what);
        expected.forEach((file, bytes) -> assertEquals(bytes, built.get(file), what + ": " + file));
        return run;
    }
}
