package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import jembatan.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview told which files were saved rebuilds from those files alone, and always ends where a
 * fresh build of the same project does: the same bytes, or the same problems.
 */
class QuickRebuildTest {
    static final Path FIXTURE = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature");

    @TempDir
    Path root;
    TestProject project;
    Rebuilds build;
    final BuildOptions options = BuildOptions.defaults();

    @BeforeEach
    void firstBuild() {
        project = TestProject.copyOf(FIXTURE, root);
        build = new Rebuilds(root);
        assertInstanceOf(BuildOutcome.Built.class, build.run(options));
    }

    private BuildOutcome save(String file, String text) {
        project.write(file, text);
        return build.run(options, Set.of(file));
    }

    private String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSaveOnALaterDayStillPublishesWhatThatDayBrings() {
        // Without --future the cache's key leaves the day out, which a run reading only the saved files must not.
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
        project.write("content/en/later.md", "---\ntitle: Later\ndescription: Dated the next day.\ndate: 2026-01-02\ntranslation: none\n---\nLater text.\n");
        Rebuilds dated = new Rebuilds(root);
        BuildOutcome.Built first = assertInstanceOf(BuildOutcome.Built.class, dated.run(options.asOf(day)));
        assertTrue(first.site().text("en/later/index.html").isEmpty(), "dated after the day of the build");

        project.write("content/en/about.md", read("content/en/about.md") + "\nOne more line.\n");
        BuildOutcome.Built next = assertInstanceOf(BuildOutcome.Built.class, dated.run(options.asOf(day.plusDays(1)), Set.of("content/en/about.md")));
        assertTrue(next.site().text("en/later/index.html").isPresent(), "the next day publishes it, whatever file was saved");
    }

    @Test
    void aSaveIsRebuiltFromTheSavedFileAlone() {
        // A full run would list content/en/ and report this file; the quick one reads only what was saved.
        project.write("content/en/notes.txt", "not an article");
        BuildOutcome.Built quick = assertInstanceOf(BuildOutcome.Built.class, save("content/en/talks.md", read("content/en/talks.md") + "\nOne more sentence.\n"));
        assertEquals(1, quick.rendered());
        assertTrue(quick.site().text("en/talks/index.html").orElseThrow().contains("One more sentence."));
        assertInstanceOf(BuildOutcome.Failed.class, Build.run(root, options));
    }

    @Test
    void anEditorsSwapFileIsNoReasonToBuildEverything() {
        project.write("content/en/notes.txt", "not an article");
        project.write("content/en/talks.md", read("content/en/talks.md") + "\nOne more sentence.\n");
        BuildOutcome quick = build.run(options, Set.of("content/en/.talks.md.swp", "content/en/4913", "content/en/talks.md"));
        assertEquals(1, assertInstanceOf(BuildOutcome.Built.class, quick).rendered());
    }

    @Test
    void aSaveThatChangesWhatTheSiteKnowsAnArticleByTakesAFullRun() {
        String text = read("content/en/talks.md");
        project.write("content/en/notes.txt", "not an article");
        // A new key unpairs the article: only a full run can tell, and it also finds the stray file.
        BuildOutcome outcome = save("content/en/talks.md", text.replaceFirst("---\n", "---\nkey: other\n"));
        assertEquals(Build.run(root, options), outcome);
    }

    @Test
    void randomSavesEndWhereAFreshBuildDoes() throws IOException {
        List<String> files = new ArrayList<>();
        for (String language : List.of("en", "id")) {
            try (Stream<Path> list = Files.list(root.resolve("content/" + language))) {
                list.map(p -> "content/" + language + "/" + p.getFileName()).filter(f -> f.endsWith(".md")).sorted().forEach(files::add);
            }
        }
        Random random = new Random(20261125);
        for (int step = 0; step < 80; step++) {
            String file = files.get(random.nextInt(files.size()));
            String text = read(file);
            String edited = switch (random.nextInt(7)) {
                case 0 -> text + "\nA sentence added.\n";
                case 1 -> text.replaceFirst("(?m)^title: \"?", "$0New ");
                case 2 -> text + "\n## Added section " + step % 3 + "\n\nWords.\n";
                case 3 -> text.replaceFirst("(?m)^## .*$", "## Renamed section");
                case 4 -> text + "\nThere were 7 boats.\n";
                case 5 -> text + "\nSee [nowhere](nowhere.md).\n";
                default -> Files.readString(FIXTURE.resolve(file), StandardCharsets.UTF_8);
            };
            String what = "step " + step + ", " + file;
            BuildOutcome quick = save(file, edited);
            assertSameOutcome(Build.run(root, options), quick, what);
            if (quick instanceof BuildOutcome.Failed) {
                BuildOutcome undone = save(file, text);
                assertSameOutcome(Build.run(root, options), undone, what + ", undone");
            }
        }
    }

    @Test
    void savesThatMoveArticlesBetweenPagesOfAListEndWhereAFreshBuildDoes(@TempDir Path paged) {
        // Two articles a page, no menu: a new date or title moves an article, and others with it,
        // from one page of its home page's list to another, which it then must find when edited again.
        StringBuilder text = new StringBuilder(jembatan.Fixtures.TWO_LANGUAGES.replace("default_language: id\n", "default_language: id\npaginate: 2\n"));
        String[] names = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"};
        for (int i = 0; i < names.length; i++) {
            for (String language : List.of("id", "en")) {
                text.append("-- content/").append(language).append('/').append(names[i]).append(".md --\n---\ntitle: ").append(names[i])
                        .append(language).append("\ndescription: One of several.\ndate: 2025-05-1").append(i).append("\n---\nWords.\n");
            }
        }
        project = TestProject.of(paged, text.toString());
        root = paged;
        build = new Rebuilds(paged);
        assertInstanceOf(BuildOutcome.Built.class, build.run(options));
        assertTrue(assertInstanceOf(BuildOutcome.Built.class, build.run(options)).site().files().containsKey("en/page/4/index.html"));

        // golf, the newest, goes to the last page, then is renamed: the page it went to must show the new title.
        String golf = read("content/en/golf.md");
        BuildOutcome moved = save("content/en/golf.md", golf.replace("2025-05-16", "2024-01-01"));
        assertSameOutcome(Build.run(paged, options), moved, "golf moved to the end");
        BuildOutcome renamed = save("content/en/golf.md", golf.replace("2025-05-16", "2024-01-01").replace("title: golfen", "title: hotel"));
        assertSameOutcome(Build.run(paged, options), renamed, "golf renamed");
        assertTrue(((BuildOutcome.Built) renamed).site().text("en/page/4/index.html").orElseThrow().contains("hotel"));

        Random random = new Random(20261201);
        for (int step = 0; step < 60; step++) {
            String file = "content/" + (random.nextBoolean() ? "en/" : "id/") + names[random.nextInt(names.length)] + ".md";
            String before = read(file);
            String edited = switch (random.nextInt(3)) {
                case 0 -> before.replaceFirst("(?m)^date: .*$", "date: 2025-0" + (1 + random.nextInt(5)) + "-1" + random.nextInt(10));
                case 1 -> before.replaceFirst("(?m)^title: ", "title: " + (char) ('a' + random.nextInt(26)));
                default -> before + "\nMore words.\n";
            };
            BuildOutcome quick = save(file, edited);
            assertSameOutcome(Build.run(paged, options), quick, "step " + step + ", " + file);
        }
    }

    /** A quick run's outcome is the fresh build's: the same bytes, links and page count, or the same problems. */
    static void assertSameOutcome(BuildOutcome fresh, BuildOutcome quick, String what) {
        if (fresh instanceof BuildOutcome.Failed failed) {
            assertEquals(failed.problems(), assertInstanceOf(BuildOutcome.Failed.class, quick, what).problems(), what);
            return;
        }
        BuildOutcome.Built expected = (BuildOutcome.Built) fresh;
        BuildOutcome.Built actual = assertInstanceOf(BuildOutcome.Built.class, quick, what);
        assertEquals(expected.site().files().keySet(), actual.site().files().keySet(), what);
        expected.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, actual.site().files().get(file), what + ": " + file));
        assertEquals(expected.externalLinks(), actual.externalLinks(), what);
        assertEquals(expected.pages(), actual.pages(), what);
    }
}
