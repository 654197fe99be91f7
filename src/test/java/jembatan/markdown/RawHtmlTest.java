package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's raw HTML: what is text, what is kept, and what is removed with a warning. */
class RawHtmlTest {
    @TempDir
    Path root;

    @Test
    void aTypeParameterInAHeadingIsTextInTheHeadingItsIdAndItsTableOfContentsText() {
        OneArticle article = OneArticle.render(root, "## IEnumerable<T>\n\nUse Vec<u8> or <Foo>, not <b>bold</b>.\n");
        assertEquals(List.of(), article.errors());
        assertEquals(List.of(), article.warnings());
        assertTrue(article.html().contains("<h2 id=\"ienumerablet\">IEnumerable&lt;T&gt;</h2>"), article.html());
        assertEquals("IEnumerable<T>", article.rendered().headings().get(0).text());
        assertTrue(article.html().contains("Use Vec&lt;u8&gt; or &lt;Foo&gt;, not <b>bold</b>."), article.html());
    }

    @Test
    void removedElementsAndAttributesAreWarningsAtTheirLinesNamingThem() {
        OneArticle article = OneArticle.render(root, """
                Text with <span lang="id" onclick="steal()">kata</span>.

                <iframe src="https://video.example/x"></iframe>

                <div>
                <script>alert(1)</script>
                </div>

                [Click](javascript:alert(1))
                """);
        assertEquals(List.of(), article.errors());
        assertEquals(List.of(
                "content/en/a.md:5: warning: attribute onclick=\"steal()\" of <span> is not allowed in an article and was removed; published pages run no script; remove it",
                "content/en/a.md:7: warning: <iframe> is not allowed in an article and was removed (its text, if any, is kept); link to it instead: [Watch the video](https://...)",
                "content/en/a.md:10: warning: <script> is not allowed in an article and was removed (its text, if any, is kept); published pages run no script; remove it",
                "content/en/a.md:13: warning: address \"javascript:alert(1)\" is not allowed and was removed (the text is kept); links may use http:, https:, mailto: and tel: addresses, pictures http: and https:"),
                article.warnings());
        Document html = Jsoup.parseBodyFragment(article.html());
        assertEquals(0, html.select("iframe, script, [onclick]").size(), article.html());
        assertEquals("id", html.selectFirst("span").attr("lang"));
    }

    @Test
    void allowedHtmlAndCommentsAreNoWarning() {
        OneArticle article = OneArticle.render(root, "<!-- a note -->\n\nH<sub>2</sub>O, <abbr title=\"North Atlantic Treaty Organization\">NATO</abbr>\n");
        assertEquals(List.of(), article.warnings());
    }

    @Test
    void detailsAndSummaryAreKeptWithOpen() {
        OneArticle article = OneArticle.render(root, """
                <details open>
                <summary>The full list</summary>

                - one
                - two

                </details>

                <script>x()</script>
                """);
        Document html = Jsoup.parseBodyFragment(article.html());
        assertEquals("The full list", html.selectFirst("details[open] > summary").text(), article.html());
        assertEquals(2, html.select("details li").size(), article.html());
    }

    @Test
    void aCheckboxAnEditorWritesIsRemovedAndReported() {
        OneArticle article = OneArticle.render(root, "Agree? <input type=\"checkbox\">\n");
        assertEquals(List.of("content/en/a.md:5: warning: <input> is not allowed in an article and was removed (its text, if any, is kept); "
                + "an article has no forms; remove it"), article.warnings());
        assertEquals(0, Jsoup.parseBodyFragment(article.html()).select("input").size(), article.html());
    }

    @Test
    void fencedCodeKeepsItsLanguageThroughTheAllowList() {
        OneArticle article = OneArticle.render(root, "```go\nfunc main() {}\n```\n\n<script>x()</script>\n");
        assertEquals("language-go", Jsoup.parseBodyFragment(article.html()).selectFirst("pre > code").className(), article.html());
    }
}
