package jembatan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jembatan.TestProject;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boxes take the heading level after the heading before them, wherever they stand; comments are not
 * read; a body is drawn into where its page's template placed it, and no mark of that is left.
 */
class FactBoxExpanderTest {
    @TempDir
    Path root;

    private Document talksAfter(String english, String indonesian) {
        TestProject project = TestProject.copyOf(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature"), root);
        project.write("content/en/talks.md", english);
        project.write("content/id/talks.md", indonesian);
        BuildOutcome.Built built = assertInstanceOf(BuildOutcome.Built.class, Build.run(root, BuildOptions.defaults()));
        return Jsoup.parse(built.site().text("en/talks/index.html").orElseThrow());
    }

    private String read(String file) {
        try {
            return java.nio.file.Files.readString(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature/" + file));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBoxHeadingFollowsTheHeadingBeforeItAndCommentsAreNotRead() {
        // A comment holding a heading and a marker, then a deeper section: the chart follows the h4.
        String en = read("content/en/talks.md").replace("::: factbox chart",
                "<!-- <h6> <x-factbox box=\"figures\"></x-factbox> -->\n\n#### Numbers\n\n::: factbox chart");
        String id = read("content/id/talks.md").replace("::: factbox chart",
                "<!-- <h6> <x-factbox box=\"figures\"></x-factbox> -->\n\n#### Angka\n\n::: factbox chart");
        Document page = talksAfter(en, id);

        assertEquals("h5", page.selectFirst("#box-chart-title").tagName());
        assertEquals("h5", page.selectFirst("#box-timeline-title").tagName(), "the next box follows the same heading");
        assertEquals("h2", page.selectFirst("#box-talks-title").tagName(), "a box before any section heading follows the h1");
        assertTrue(page.select("aside#box-figures").isEmpty(), "a marker inside a comment is not a box");
        assertTrue(page.select("x-factbox").isEmpty());
    }

    @Test
    void boxesAreDrawnInABodyThatJsoupCleaned() {
        // An editor's raw HTML sends the body through the allow-list, which writes the markers anew.
        String en = read("content/en/talks.md").replace("## Outcome", "## Outcome\n\nA <span class=\"note\">raw</span> word.");
        String id = read("content/id/talks.md").replace("## Hasil", "## Hasil\n\nSatu <span class=\"note\">raw</span> kata.");
        Document page = talksAfter(en, id);

        assertEquals(1, page.select("span.note").size(), "the body was cleaned, not dropped");
        assertEquals(List.of("box-talks", "box-chart", "box-timeline"), page.select("aside.factbox").eachAttr("id"));
        assertTrue(page.select("x-factbox").isEmpty());
    }

    @Test
    void theBodyIsDrawnWhereItsTemplatePlacesItAndLeavesNoTrace() {
        // The body reaches its template marked, and is drawn into in the page's own parse.
        Document page = talksAfter(read("content/en/talks.md"), read("content/id/talks.md"));

        Element body = page.selectFirst("div.body");
        assertEquals(List.of("box-talks", "box-chart", "box-timeline"), body.select("aside.factbox").eachAttr("id"));
        assertEquals("page-sources", body.children().last().selectFirst("h2").id(), "the list of sources ends the body, where the template placed it");
        assertTrue(page.getElementsByTag(FactBoxExpander.BODY).isEmpty());
    }

    @Test
    void aBoxPlacedOnManyPagesIsWholeOnEach() {
        // One drawing, parsed once, is copied to every page that places it; none takes it from another.
        TestProject project = TestProject.copyOf(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature"), root);
        for (String name : List.of("again", "once-more")) {
            project.write("content/en/" + name + ".md", "---\ntitle: " + name + "\ndescription: The same box.\ntranslation: none\n---\n"
                    + "The talks, again.\n\n::: factbox talks\n");
        }
        BuildOutcome.Built built = assertInstanceOf(BuildOutcome.Built.class, Build.run(root, BuildOptions.defaults()));
        List<String> rows = null;
        for (String page : List.of("en/talks/index.html", "en/again/index.html", "en/once-more/index.html")) {
            Element box = Jsoup.parse(built.site().text(page).orElseThrow()).selectFirst("aside#box-talks");
            List<String> here = box.select("tr, li, dt, dd").eachText();
            if (rows == null) rows = here;
            assertEquals(rows, here, page);
            assertTrue(!here.isEmpty(), page);
        }
    }

    @Test
    void noPageOfASiteKeepsTheBodysMark() {
        TestProject.copyOf(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature"), root);
        BuildOutcome.Built built = assertInstanceOf(BuildOutcome.Built.class, Build.run(root, BuildOptions.defaults()));
        List<String> marked = built.site().files().keySet().stream().filter(file -> file.endsWith(".html"))
                .filter(file -> built.site().text(file).orElseThrow().contains(FactBoxExpander.BODY)).toList();
        assertEquals(List.of(), marked);
    }
}
