package jembatan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jembatan.html.BuiltSite;
import jembatan.html.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path project;

    private static BuiltSite built(Map<String, String> texts) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        texts.forEach((file, text) -> files.put(file, text.getBytes(StandardCharsets.UTF_8)));
        return BuiltSite.of(files);
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** Every file under {@code folder}, relative, with forward slashes, sorted. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private List<String> projectEntries() throws IOException {
        return entries(project);
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFileOfTheBuiltSite() throws IOException {
        Path site = project.resolve("site");

        new SiteWriter(site).write(built(Map.of(
                "index.html", "<p>Pilih bahasa</p>",
                "en/about/index.html", "<p>Україна</p>",
                "assets/style.css", "body{}")));

        assertEquals(List.of("assets/style.css", "en/about/index.html", "index.html"), files(site));
        assertEquals("<p>Україна</p>", Files.readString(site.resolve("en/about/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aPlainNameIsOneThatCannotLeaveTheFolderItIsResolvedIn() {
        for (String name : List.of("index.html", "en/a/index.html", ".nojekyll", "a..b/c.d")) assertTrue(OutputPath.plain(name), name);
        for (String name : List.of("", "/a", "a/", "a//b", "./a", "a/./b", "a/..", "../a", "a\\b", "c:x", ".", "..")) assertFalse(OutputPath.plain(name), name);
    }

    @Test
    void replacesTheOldSiteEntirely() throws IOException {
        Path site = project.resolve("site");
        write(site.resolve("index.html"), "old");
        write(site.resolve("en/renamed-article/index.html"), "stale");

        new SiteWriter(site).write(built(Map.of("index.html", "new")));

        assertEquals(List.of("index.html"), files(site));
        assertEquals("new", Files.readString(site.resolve("index.html")));
    }

    @Test
    void keepsTheReplacedSiteAsTheNextStagingFolderAndNothingElse() throws IOException {
        Path site = project.resolve("site");
        write(site.resolve("index.html"), "old");

        new SiteWriter(site).write(built(Map.of("index.html", "new")));

        assertEquals(List.of(".site.staging", "site"), projectEntries());
        assertEquals(List.of("lock", "next", "site.tree"), entries(project.resolve(".site.staging")), "with the record of the tree in site/");
        assertEquals("old", Files.readString(project.resolve(".site.staging/next/index.html")));
    }

    @Test
    void aRebuildWritesOnlyTheFilesThatChanged() throws IOException {
        Path site = project.resolve("site");
        Map<String, String> pages = new TreeMap<>(Map.of("index.html", "home", "en/a/index.html", "a", "en/b/index.html", "b"));
        SiteWriter writer = new SiteWriter(site);
        assertEquals(new SiteWriter.Written(3, 0, 0), writer.write(built(pages)));
        assertEquals(new SiteWriter.Written(3, 0, 0), writer.write(built(pages)), "the first site replaced becomes the staging folder");

        pages.put("en/b/index.html", "b, edited");
        pages.remove("en/a/index.html");
        pages.put("en/c/index.html", "c");
        assertEquals(new SiteWriter.Written(2, 1, 1), writer.write(built(pages)));

        assertEquals(List.of("en/b/index.html", "en/c/index.html", "index.html"), files(site));
        assertEquals("b, edited", Files.readString(site.resolve("en/b/index.html")));
        assertFalse(Files.exists(site.resolve("en/a")), "a folder the new site does not have is removed");
    }

    @Test
    void whateverTheStagingFolderHoldsIsComparedOverwrittenOrRemoved() throws IOException {
        Path site = project.resolve("site");
        Path outside = project.resolve("outside");
        write(outside.resolve("keep.html"), "not the site's");
        write(project.resolve(".site.staging/next/index.html"), "hom"); // a write killed half-way
        write(project.resolve(".site.staging/next/en/index.html/stray.html"), "a folder where the site has a file");
        write(project.resolve(".site.staging/next/old/index.html"), "a page the site no longer has");
        Files.createSymbolicLink(project.resolve(".site.staging/next/linked"), outside);
        Files.createDirectories(project.resolve(".site.staging/next/assets"));
        Files.createSymbolicLink(project.resolve(".site.staging/next/assets/style.css"), outside.resolve("keep.html"));

        new SiteWriter(site).write(built(Map.of("index.html", "home", "en/index.html", "en", "assets/style.css", "body{}")));

        assertEquals(List.of("assets/style.css", "en/index.html", "index.html"), files(site));
        assertEquals("home", Files.readString(site.resolve("index.html")));
        assertEquals("en", Files.readString(site.resolve("en/index.html")));
        assertEquals("body{}", Files.readString(site.resolve("assets/style.css")));
        assertFalse(Files.isSymbolicLink(site.resolve("assets/style.css")));
        assertEquals("not the site's", Files.readString(outside.resolve("keep.html")), "a link is removed, never followed");
    }

    @Test
    void previousSiteLeftByAKilledSwapIsRestoredBeforeWriting() throws IOException {
        Path site = project.resolve("site");
        write(project.resolve(".site.staging/previous/index.html"), "published before the crash");

        assertThrows(IOException.class, () -> new SiteWriter(site).write(built(Map.of("../outside.html", "x"))));

        assertEquals("published before the crash", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(project.resolve(".site.staging/previous")));
        assertFalse(Files.exists(project.resolve("outside.html")));
    }

    @Test
    void previousSiteLeftByAKilledSwapIsReplacedByTheNewSite() throws IOException {
        Path site = project.resolve("site");
        write(project.resolve(".site.staging/previous/old.html"), "published before the crash");

        new SiteWriter(site).write(built(Map.of("index.html", "new")));

        assertEquals(List.of("index.html"), files(site));
        assertEquals(List.of(".site.staging", "site"), projectEntries());
    }

    @Test
    void leftoverStagingFolderIsNotPublished() throws IOException {
        Path site = project.resolve("site");
        write(project.resolve(".site.staging/next/half-written.html"), "partial");

        new SiteWriter(site).write(built(Map.of("index.html", "new")));

        assertEquals(List.of("index.html"), files(site));
        assertEquals(List.of(".site.staging", "site"), projectEntries());
        assertEquals(List.of("lock", "site.tree"), entries(project.resolve(".site.staging")), "the first site has no site before it to keep");
    }

    @Test
    void failedWriteLeavesThePublishedSiteUntouched() throws IOException {
        Path site = project.resolve("site");
        write(site.resolve("index.html"), "published");

        assertThrows(IOException.class, () -> new SiteWriter(site).write(built(Map.of(
                "a.html", "new", "../outside.html", "x"))));

        assertEquals(List.of("index.html"), files(site));
        assertEquals("published", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".site.staging", "site"), projectEntries());
        assertEquals(List.of("lock"), entries(project.resolve(".site.staging")), "the path is refused before anything is written");
    }

    @Test
    void aHardLinkedBackupOfTheSiteKeepsItsBytesThroughRebuilds() throws IOException {
        Path site = project.resolve("site");
        Map<String, String> pages = new TreeMap<>(Map.of("index.html", "home", "en/index.html", "en", "sitemap.xml", "<urlset/>"));
        SiteWriter writer = new SiteWriter(site);
        writer.write(built(pages));
        writer.write(built(pages));
        Path backup = project.resolve("backup");
        jembatan.TestProject.linkTree(site, backup); // cp -al site backup
        Map<String, String> before = contents(backup);

        for (int round = 1; round <= 3; round++) {
            pages.put("index.html", "home, edit " + round);
            pages.put("en/index.html", "en, edit " + round);
            pages.put("sitemap.xml", "<urlset>" + round + "</urlset>");
            writer.write(built(pages));
            assertEquals("home, edit " + round, Files.readString(site.resolve("index.html")));
        }

        assertEquals(before, contents(backup), "the backup shares the old files' bytes, which must not change");
    }

    /** The site as a build from the cache has it: each file of {@code site/} read, its bytes taken as they are. */
    /** The files {@code names} of {@code site} as a build from the cache takes them: as they are, found by a look, not read. */
    private static SortedMap<String, SiteFile> found(Path site, List<String> names) throws IOException {
        SortedMap<String, SiteFile> found = new TreeMap<>();
        for (String name : names) {
            Path file = site.resolve(name);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            byte[] bytes = Files.readAllBytes(file);
            found.put(name, new SiteFile.Published(file, bytes.length, SiteFile.Published.checkOf(bytes), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    SiteFile.Published.identityOf(attributes)));
        }
        return found;
    }

    @Test
    void aFileTakenFromTheSiteAsItIsIsLinkedFromThereAndTheNextWriteFindsItSo() throws IOException {
        Path site = project.resolve("site");
        SiteWriter writer = new SiteWriter(site);
        writer.write(built(Map.of("index.html", "home", "en/a/index.html", "a", "en/b/index.html", "b")));

        SortedMap<String, SiteFile> files = found(site, List.of("index.html", "en/a/index.html"));
        files.put("en/b/index.html", new SiteFile.Made("b, edited".getBytes(StandardCharsets.UTF_8)));
        Path before = site.resolve("en/a/index.html");
        Object file = Files.readAttributes(before, BasicFileAttributes.class).fileKey();
        assertEquals(new SiteWriter.Written(3, 0, 0), writer.write(new BuiltSite(files)), "two linked, one written");
        assertEquals(file, Files.readAttributes(site.resolve("en/a/index.html"), BasicFileAttributes.class).fileKey(),
                "the new site has the very file the old one had");
        assertEquals(Map.of("en/a/index.html", "a", "en/b/index.html", "b, edited", "index.html", "home"), contents(site));

        // The next write finds the files linked already: nothing to read, nothing to write.
        assertEquals(new SiteWriter.Written(1, 2, 0), writer.write(new BuiltSite(found(site, List.of("index.html", "en/a/index.html", "en/b/index.html")))),
                "b was written last time, so the staging folder has another file for it");
        assertEquals(new SiteWriter.Written(0, 3, 0), writer.write(BuiltSite.of(new BuiltSite(found(site, List.of("index.html", "en/a/index.html", "en/b/index.html"))).files())),
                "bytes not taken from the site are compared, and equal");
        assertEquals(Map.of("en/a/index.html", "a", "en/b/index.html", "b, edited", "index.html", "home"), contents(site));
    }

    @Test
    void aFileOfTheSiteChangedAfterTheBuildFoundItFailsTheWriteAndLeavesTheSiteAsItIs() throws IOException {
        Path site = project.resolve("site");
        SiteWriter writer = new SiteWriter(site);
        writer.write(built(Map.of("index.html", "home", "en/index.html", "en")));
        writer.write(built(Map.of("index.html", "home", "en/index.html", "en")));
        SortedMap<String, SiteFile> found = found(site, List.of("index.html", "en/index.html"));
        write(site.resolve("en/index.html"), "edited by hand");

        IOException failure = assertThrows(IOException.class, () -> writer.write(new BuiltSite(found)));

        assertTrue(failure.getMessage().contains("en/index.html changed while the build ran; build again"), failure.getMessage());
        assertEquals(Map.of("en/index.html", "edited by hand", "index.html", "home"), contents(site));
        assertFalse(Files.exists(project.resolve(".site.staging/next")), "no half site");
    }

    @Test
    void aFileOfTheSiteReplacedByAFolderAfterTheBuildFoundItFailsTheWriteToo() throws IOException {
        Path site = project.resolve("site");
        SiteWriter writer = new SiteWriter(site);
        writer.write(built(Map.of("index.html", "home", "en/index.html", "en")));
        SortedMap<String, SiteFile> found = found(site, List.of("index.html", "en/index.html"));
        Files.delete(site.resolve("index.html"));
        Files.createDirectories(site.resolve("index.html"));

        assertThrows(IOException.class, () -> writer.write(new BuiltSite(found)));

        assertTrue(Files.isDirectory(site.resolve("index.html")), "site/ as it was");
    }

    @Test
    void aFullDiskLeavesThePublishedSiteAndNoHalfSiteBehind() throws IOException {
        Path site = project.resolve("site");
        write(site.resolve("index.html"), "published");
        int[] room = {1};
        SiteWriter writer = new SiteWriter(site, (file, bytes) -> {
            if (room[0]-- <= 0) throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
            Files.write(file, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        });

        IOException failure = assertThrows(IOException.class, () -> writer.write(built(Map.of("index.html", "new", "en/index.html", "en", "id/index.html", "id"))));

        assertEquals(List.of("index.html"), files(site));
        assertEquals("published", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("lock"), entries(project.resolve(".site.staging")), "the half-made site is removed, to give the disk its room back");
        assertEquals("cannot be written: the disk is full; free some space on the disk and build again",
                WriteFailure.problemOf(failure, project).toString().replaceFirst("^[^:]*: ", ""));
    }


    @Test
    void aFailedWriteRemovesTheHalfSiteOnlyOnceNoCoreStillWritesIntoIt() throws Exception {
        Path site = project.resolve("site");
        write(site.resolve("index.html"), "published");
        java.util.concurrent.CountDownLatch failed = new java.util.concurrent.CountDownLatch(1);
        // One file fails while another core is still writing its own: a slow disk, late.
        SiteWriter writer = new SiteWriter(site, (file, bytes) -> {
            if (file.endsWith("b/index.html")) {
                failed.countDown();
                throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
            }
            try {
                failed.await(2, java.util.concurrent.TimeUnit.SECONDS);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        });

        assertThrows(IOException.class, () -> writer.write(built(Map.of("a/index.html", "a", "b/index.html", "b"))));
        Thread.sleep(600); // a write still going on after the failure was reported has landed by now

        assertEquals(List.of("lock"), entries(project.resolve(".site.staging")), "no half site left behind");
        assertEquals("published", Files.readString(site.resolve("index.html")));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String file : files(folder)) contents.put(file, Files.readString(folder.resolve(file)));
        return contents;
    }
}
