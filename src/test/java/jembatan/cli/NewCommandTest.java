package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @Test
    void startsAPairedDraftInBothLanguagesAndPrintsThePaths(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES);
        TestProject.Run run = project.run("new", "Perundingan Istanbul: \"babak baru\"", "--en", "The Istanbul talks", "--date", "2025-05-16");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("content/id/the-istanbul-talks.md", "content/en/the-istanbul-talks.md"), run.out().lines().toList());
        assertEquals("""
                ---
                title: "Perundingan Istanbul: \\"babak baru\\""
                description: ""
                date: 2025-05-16
                slug: perundingan-istanbul-babak-baru
                draft: true
                ---

                """, Files.readString(root.resolve("content/id/the-istanbul-talks.md"), StandardCharsets.UTF_8));
        assertTrue(Files.readString(root.resolve("content/en/the-istanbul-talks.md"), StandardCharsets.UTF_8).contains("title: \"The Istanbul talks\"\n"));
        project.built(BuildOptions.defaults());
        var withDrafts = project.built(BuildOptions.defaults().withDrafts());
        assertEquals("/en/the-istanbul-talks/", TestProject.page(withDrafts, "id/perundingan-istanbul-babak-baru/index.html").selectFirst("nav.switcher a").attr("href"));
    }

    @Test
    void neverOverwritesAnArticle(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + "-- content/en/talks.md --\n---\ntitle: Kept\ndescription: Kept, in brief.\n---\n");
        TestProject.Run run = project.run("new", "Perundingan", "--en", "Talks");
        assertEquals(1, run.status());
        assertEquals("jembatan new: content/en/talks.md exists already; choose another --key, nothing was written", run.err().strip());
        assertTrue(Files.notExists(root.resolve("content/id/talks.md")));
        assertEquals("---\ntitle: Kept\ndescription: Kept, in brief.\n---\n", Files.readString(root.resolve("content/en/talks.md"), StandardCharsets.UTF_8));
    }

    @Test
    void asksForTheTitleOfEveryLanguage(@TempDir Path root) {
        TestProject.Run run = TestProject.of(root, Fixtures.TWO_LANGUAGES).run("new", "Perundingan");
        assertEquals(1, run.status());
        assertEquals("jembatan new: the English title is missing; give it with --title en=\"...\" or --en \"...\"", run.err().strip());
    }

    @Test
    void neverWritesThroughALinkAtThePathNorIntoALanguageFolderOutsideTheProject(@TempDir Path root, @TempDir Path outside) throws Exception {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES);
        Files.createSymbolicLink(root.resolve("content/en/talks.md"), outside.resolve("planted.md")); // leads nowhere yet
        TestProject.Run run = project.run("new", "Perundingan", "--en", "Talks");
        assertEquals(1, run.status());
        assertEquals("jembatan new: content/en/talks.md exists already; choose another --key, nothing was written", run.err().strip());
        assertTrue(Files.notExists(outside.resolve("planted.md")));
        assertTrue(Files.notExists(root.resolve("content/id/talks.md")));

        Files.delete(root.resolve("content/en/talks.md"));
        Files.move(root.resolve("content/en"), outside.resolve("en"));
        Files.createSymbolicLink(root.resolve("content/en"), outside.resolve("en"));
        run = project.run("new", "Perundingan", "--en", "Talks");
        assertEquals(1, run.status());
        assertEquals("jembatan new: content/en/ is a link to a folder outside the project; nothing was written", run.err().strip());
        assertTrue(Files.notExists(outside.resolve("en/talks.md")));
        assertTrue(Files.notExists(root.resolve("content/id/talks.md")));
    }

    @Test
    void aTitleTooLongForAFileNameAsksForAShorterKey(@TempDir Path root) {
        TestProject.Run run = TestProject.of(root, Fixtures.TWO_LANGUAGES).run("new", "Judul", "--en", "word ".repeat(60));
        assertEquals(1, run.status());
        assertEquals("jembatan new: the file name made from the title is longer than a file system takes (255 bytes); give a shorter one with --key", run.err().strip());
    }
}
