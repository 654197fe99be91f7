package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub's task lists as disabled checkboxes, and footnotes numbered per page and linked both ways. */
class TaskListsAndFootnotesTest {
    @TempDir
    Path root;

    private static final String TASKS = "- [ ] ask both sides\n- [x] check the numbers\n- a plain item\n";

    @Test
    void taskItemsAreDisabledCheckboxes() {
        assertTasks(OneArticle.render(root, TASKS));
    }

    @Test
    void taskItemsKeepTheirCheckboxesThroughTheAllowList() {
        // Raw HTML elsewhere sends the body through jsoup's cleaner.
        assertTasks(OneArticle.render(root, TASKS + "\n<span>x</span> <input type=\"text\">\n"));
    }

    private static void assertTasks(OneArticle article) {
        Document html = Jsoup.parseBodyFragment(article.html());
        List<Element> boxes = html.select("li.task-list-item > input");
        assertEquals(2, boxes.size(), article.html());
        assertEquals(List.of("checkbox", "checkbox"), boxes.stream().map(b -> b.attr("type")).toList());
        assertEquals(List.of(true, true), boxes.stream().map(b -> b.hasAttr("disabled")).toList());
        assertEquals(List.of(false, true), boxes.stream().map(b -> b.hasAttr("checked")).toList());
        assertEquals(List.of(false, false), boxes.stream().map(b -> b.hasAttr("readonly")).toList(), "a checkbox may not be readonly");
        assertEquals("a plain item", html.select("li").get(2).text());
        assertEquals(2, html.select("input").size(), "no other input survives");
    }

    @Test
    void footnotesAreNumberedInOrderOfReferenceAndLinkBothWays() {
        OneArticle article = OneArticle.render(root, """
                The talks[^talks] and the deal[^deal], agreed in Istanbul[^talks].

                ## Fn 1

                [^deal]: The deal of 16 May.
                [^talks]: Held in Dolmabahçe Palace.
                """);
        assertEquals(List.of(), article.errors());
        Document html = Jsoup.parseBodyFragment(article.html());
        assertEquals(List.of("1", "2", "1"), html.select("sup > a.footnote-ref").eachText());
        assertEquals(List.of("#fn-1", "#fn-2", "#fn-1"), html.select("sup > a.footnote-ref").eachAttr("href"));
        assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-1"), html.select("sup").eachAttr("id"));
        assertEquals(List.of("fn-1", "fn-2"), html.select("div.footnotes li").eachAttr("id"));
        assertEquals("Held in Dolmabahçe Palace.", html.selectFirst("#fn-1 p").text());
        assertEquals(List.of("#fnref-1", "#fnref-1-1"), html.select("#fn-1 a.footnote-backref").eachAttr("href"));
        List<String> ids = html.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique on the page: " + ids);
        assertEquals("fn-1-heading", html.selectFirst("h2").id());
    }
}
