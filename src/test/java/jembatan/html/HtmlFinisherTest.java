package jembatan.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jembatan.config.BaseUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlFinisherTest {
    private static final BaseUrl PROJECT = new BaseUrl("https://user.github.io", "/repo/");
    private static final BaseUrl ROOT = new BaseUrl("https://example.org", "/");

    private static final String LINKS = """
            <html><head><link rel="stylesheet" href="/assets/style.css"></head><body>
            <a id="site" href="/en/about/">About</a>
            <a id="home" href="/">Home</a>
            <a id="protocol-relative" href="//cdn.example.org/x.js">CDN</a>
            <a id="absolute" href="https://example.org/en/">Elsewhere</a>
            <a id="relative" href="about/">Relative</a>
            <a id="anchor" href="#sources">Sources</a>
            <img id="image" src="/assets/map.png" alt="Map">
            <form id="form" action="/search/"></form>
            </body></html>
            """;

    private static Document finish(BaseUrl base, String html) {
        return Jsoup.parse(new HtmlFinisher(base).finish(html));
    }

    @Test
    void projectSitePutsTheBasePathBeforeSitePaths() {
        Document page = finish(PROJECT, LINKS);

        assertEquals("/repo/assets/style.css", page.selectFirst("link").attr("href"));
        assertEquals("/repo/en/about/", page.getElementById("site").attr("href"));
        assertEquals("/repo/", page.getElementById("home").attr("href"));
        assertEquals("/repo/assets/map.png", page.getElementById("image").attr("src"));
        assertEquals("/repo/search/", page.getElementById("form").attr("action"));
    }

    @Test
    void projectSiteLeavesOtherLinksAlone() {
        Document page = finish(PROJECT, LINKS);

        assertEquals("//cdn.example.org/x.js", page.getElementById("protocol-relative").attr("href"));
        assertEquals("https://example.org/en/", page.getElementById("absolute").attr("href"));
        assertEquals("about/", page.getElementById("relative").attr("href"));
        assertEquals("#sources", page.getElementById("anchor").attr("href"));
    }

    @Test
    void rootSiteLeavesSitePathsAsTheyAre() {
        Document page = finish(ROOT, LINKS);

        assertEquals("/en/about/", page.getElementById("site").attr("href"));
        assertEquals("/assets/map.png", page.getElementById("image").attr("src"));
        assertEquals("/", page.getElementById("home").attr("href"));
    }

    @Test
    void commentsAreDropped() {
        String html = new HtmlFinisher(ROOT).finish("""
                <!-- designer: keep this short -->
                <html><head><!-- in head --></head><body>
                <p>Text<!-- editor: check the number --> here</p>
                <div><span><!-- deep --></span></div>
                </body></html>
                """);

        assertFalse(html.contains("<!--"), html);
        assertEquals("Text here", Jsoup.parse(html).selectFirst("p").text());
    }

    @Test
    void quoteWithADashedLastParagraphBecomesAFigureWithCaption() {
        Document page = finish(ROOT, """
                <blockquote>
                <p>We are ready for a ceasefire.</p>
                <p>— Serhiy <em>Kyslytsya</em></p>
                </blockquote>
                """);

        Element figure = page.selectFirst("body > figure.quote");
        assertEquals(List.of("blockquote", "figcaption"), figure.children().stream().map(Element::tagName).toList());
        assertEquals("We are ready for a ceasefire.", figure.selectFirst("blockquote").text());
        assertEquals(1, figure.select("blockquote > p").size());
        Element caption = figure.selectFirst("figcaption");
        assertEquals("— Serhiy Kyslytsya", caption.text());
        assertEquals("Kyslytsya", caption.selectFirst("em").text());
    }

    @Test
    void quoteWithoutAttributionStaysAQuote() {
        Document page = finish(ROOT, """
                <blockquote><p>First.</p><p>Second.</p></blockquote>
                <blockquote><p>— Only a dash paragraph</p></blockquote>
                """);

        assertNull(page.selectFirst("figure"));
        assertEquals(2, page.select("body > blockquote").size());
    }

    @Test
    void aFinishedPageCarriesItsBytesAndTheOutlineOfTheSameParse() {
        HtmlFinisher.FinishedPage page = new HtmlFinisher(PROJECT).finishPage(
                "<link rel=canonical href=\"https://example.org/repo/en/\"><h2 id=a>A</h2><a href=\"/en/\">Home</a><img src=\"/x.png\">");

        assertEquals("/repo/en/", Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8)).selectFirst("a").attr("href"));
        assertEquals(List.of("/repo/en/", "/repo/x.png"), page.outline().references());
        assertEquals(List.of("/repo/x.png"), page.outline().picturesWithoutAlt());
        assertEquals("https://example.org/repo/en/", page.outline().canonical());
        assertTrue(page.outline().ids().contains("a"));
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8NotEntities() {
        String html = new HtmlFinisher(ROOT).finish("<p>Україна — 1.000 tahanan</p>");

        assertEquals("Україна — 1.000 tahanan", Jsoup.parse(html).selectFirst("p").text());
        assertFalse(html.contains("&mdash;"), html);
        assertFalse(html.contains("&#"), html);
    }

    @Test
    void aPublishedPageForbidsScriptFirstThingAfterItsCharset() {
        String page = new HtmlFinisher(ROOT, false, java.util.Map.of()).finish(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>T</title>"
                        + "<script type=\"application/ld+json\">{}</script></head><body></body></html>");
        Document parsed = Jsoup.parse(page);
        Element policy = parsed.head().child(1);
        assertEquals("Content-Security-Policy", policy.attr("http-equiv"));
        assertTrue(policy.attr("content").contains("script-src 'none'"), policy.attr("content"));
        assertEquals(1, parsed.select("meta[http-equiv]").size());
        assertTrue(page.contains("<meta charset=\"utf-8\">\n<meta http-equiv="), page);
    }

    @Test
    void aPreviewPageRunsItsReloadScriptAndCarriesNoPolicy() {
        Document parsed = Jsoup.parse(new HtmlFinisher(ROOT, true, java.util.Map.of()).finish(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>"));
        assertEquals(0, parsed.select("meta[http-equiv=Content-Security-Policy]").size());
        assertEquals(1, parsed.select("script:not([type])").size());
    }
}
