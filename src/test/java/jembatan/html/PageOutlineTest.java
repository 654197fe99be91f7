package jembatan.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jembatan.TestProject;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageOutlineTest {
    private static final String PAGE = """
            <!doctype html><html lang="en"><head>
            <link rel="canonical" href="https://example.org/en/a/"><link rel="canonical" href="https://example.org/second/">
            <link rel="Alternate" hreflang="id" href="https://example.org/id/a/">
            <link rel="alternate" hreflang="en" href="https://example.org/en/a/">
            <link rel="alternate" type="application/atom+xml" href="/en/feed.xml">
            <link rel="stylesheet" href="/assets/style.css"><link rel="icon">
            <script src="/assets/a.js"></script><script>inline()</script>
            </head><body>
            <a id="top" href="#main">skip</a><a name="old">no href</a>
            <main id="main"><h2 id="talks">Talks</h2>
            <img src="/media/a.jpg" alt="Delegations"><img src="/media/b.jpg" alt=" "><img src="/media/c.jpg" role="presentation">
            <img alt="no source"><img src="/media/d.jpg" href="/odd">
            <picture><source src="/media/e.webp"></picture><iframe src="https://video.example.com/x"></iframe>
            <p id="">empty id</p><a href="https://example.com/">out</a>
            </main></body></html>
            """;

    /** The outline as selectors define it: the one walk must find exactly this. */
    private static PageOutline bySelectors(Document page) {
        List<String> references = page.select("a[href], link[href]:not([rel=alternate]):not([rel=canonical]), img[src], script[src], source[src], iframe[src]")
                .stream().map(e -> e.attr(e.hasAttr("href") ? "href" : "src")).toList();
        List<String> withoutAlt = page.select("img").stream()
                .filter(img -> img.attr("alt").isBlank() && !img.attr("role").equals("presentation")).map(img -> img.attr("src")).toList();
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) alternates.put(link.attr("hreflang"), link.attr("href"));
        return new PageOutline(references, withoutAlt, page.select("link[rel=canonical]").attr("href"), alternates,
                page.select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
    }

    @Test
    void readsReferencesPicturesAlternatesCanonicalAndIdsInOneWalk() {
        PageOutline outline = PageOutline.of(Jsoup.parse(PAGE));
        assertEquals(List.of("/assets/style.css", "/assets/a.js", "#main", "/media/a.jpg", "/media/b.jpg", "/media/c.jpg",
                "/odd", "/media/e.webp", "https://video.example.com/x", "https://example.com/"), outline.references());
        assertEquals(List.of("/media/b.jpg", "/media/d.jpg"), outline.picturesWithoutAlt());
        assertEquals("https://example.org/en/a/", outline.canonical());
        assertEquals(Map.of("id", "https://example.org/id/a/", "en", "https://example.org/en/a/"), outline.alternates());
        assertEquals(java.util.Set.of("top", "main", "talks", ""), outline.ids());
        assertEquals(bySelectors(Jsoup.parse(PAGE)), outline);
    }

    @Test
    void findsWhatTheSelectorsFindOnEveryPageOfTheFixture(@TempDir Path root) throws IOException {
        TestProject.copyOf(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature"), root);
        BuildOutcome.Built built = (BuildOutcome.Built) Build.run(root, BuildOptions.defaults());
        int pages = 0;
        for (Map.Entry<String, byte[]> file : built.site().files().entrySet()) {
            if (!file.getKey().endsWith(".html")) continue;
            Document page = Jsoup.parse(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(bySelectors(page), PageOutline.of(page), file.getKey());
            pages++;
        }
        assertEquals(true, pages >= 8, pages + " pages");
    }
}
