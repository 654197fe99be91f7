package jembatan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that would be published without a title, a description or text is an error at its
 * line, found by {@code check} as by {@code build}; a draft, a folder's page and the pages the
 * build makes are not.
 */
class EmptyArticleTest {
    static final String NO_TEXT = "the article has no text; write it below this --- line, or mark the article `draft: true` until it is written";

    @Test
    void aDraftWithoutTitleDescriptionOrTextBuildsAndShowsInThePreview(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- content/id/rencana.md --
                ---
                draft: true
                ---
                -- content/en/rencana.md --
                ---
                title: ""
                draft: true
                ---
                <!-- to do -->
                """);
        project.built(BuildOptions.defaults());
        assertTrue(project.built(BuildOptions.defaults().withDrafts()).site().files().containsKey("en/rencana/index.html"));
    }

    @Test
    void everyMistakeIsReportedOnceAtItsLineByCheckAsByBuild(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- content/id/a.md --
                ---
                title: "  "
                description:
                ---

                <!-- Tulis di sini.
                -->
                -- content/en/a.md --
                ---
                title: A
                description: The first page.
                ---
                Text.
                """);
        List<String> expected = List.of(
                "content/id/a.md:2: the title is empty; write the article's title after title:",
                "content/id/a.md:3: the description is empty; write a sentence on what the article explains after description:",
                "content/id/a.md:4: " + NO_TEXT);
        assertEquals(expected, project.problems());
        TestProject.Run check = project.run("check");
        assertEquals(1, check.status());
        assertEquals(expected, check.errLines().subList(0, 3));
    }

    @Test
    void folderAndHomePagesMayHaveNoTextButNeedATitleAndADescription(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- content/id/belajar/index.md --
                ---
                title: Belajar
                description: Kursus untuk pemula.
                ---
                -- content/en/belajar/index.md --
                ---
                title: Learn
                ---
                -- content/id/belajar/go.md --
                ---
                title: Go
                description: Bahasa Go.
                ---
                Teks.
                -- content/en/belajar/go.md --
                ---
                title: Go
                description: The Go language.
                ---
                Text.
                """);
        assertEquals(List.of("content/en/belajar/index.md:2: the description is missing; add a line such as "
                + "`description: \"What the article explains, in a sentence\"`; lists and search results show it"), project.problems());
    }
}
