package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.json.Json;
import javax.json.JsonObject;
import javax.xml.parsers.DocumentBuilderFactory;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The site as the web judges it: every page of the fixture (as a root and as a project site) and
 * of the real site passes the Nu Html Checker with no error; the sitemap and the feeds are well
 * formed and follow their formats; search engines and social sites find what they need; an
 * article page stays within its size budget.
 */
class PublishingTest {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static BuildOutcome.Built fixture;
    static BuildOutcome.Built fixtureUnderRepo;
    static BuildOutcome.Built real;
    static BuildOutcome.Built realShaped;

    @BeforeAll
    static void build() {
        TestProject project = TestProject.copyOf(EndToEndTest.FIXTURE, tmp.resolve("fixture"));
        fixture = project.built(BuildOptions.defaults());
        fixtureUnderRepo = project.built(BuildOptions.defaults().withBaseUrl("https://user.github.io/repo/"));
        real = (BuildOutcome.Built) Build.run(TestProject.REPOSITORY, BuildOptions.defaults());
        realShaped = TestProject.copyOf(RealShapedSiteTest.FIXTURE, tmp.resolve("real-shaped")).built(BuildOptions.defaults());
    }

    @Test
    void everyPagePassesTheNuHtmlCheckerWithNoError() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (BuildOutcome.Built built : List.of(fixture, fixtureUnderRepo, real, realShaped)) {
            for (Map.Entry<String, byte[]> file : built.site().files().entrySet()) {
                if (!file.getKey().endsWith(".html")) continue;
                checked++;
                String report = validator.validate(new ByteArrayInputStream(file.getValue()));
                report.lines().filter(line -> line.contains(": error:") || line.contains("fatal")).forEach(line -> errors.add(file.getKey() + " " + line));
            }
        }
        assertEquals(10 + 10 + 8 + 173, checked, "pages checked: the fixture's 8 and its home pages' second pages of the list, twice, the real site's,"
                + " and the real-shaped fixture's sections, one-language pages, tags and old addresses");
        assertEquals(List.of(), errors);
    }

    @Test
    void theCheckerFindsAnErrorWhenThereIsOne() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String page = new String(real.site().files().get("en/index.html"), StandardCharsets.UTF_8).replaceFirst("<main id=\"content\">", "<main id=\"content\"><p id=\"content\">");
        assertTrue(validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))).contains("Duplicate ID"));
    }

    @Test
    void theSitemapListsEveryPageWithItsHreflangAlternates() throws Exception {
        org.w3c.dom.Document sitemap = xml(fixtureUnderRepo.site().files().get("sitemap.xml"));
        assertEquals(SITEMAP, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        Map<String, Map<String, String>> alternates = new TreeMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
            Map<String, String> links = new TreeMap<>();
            NodeList xhtml = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < xhtml.getLength(); j++) {
                Element link = (Element) xhtml.item(j);
                assertEquals("alternate", link.getAttribute("rel"));
                links.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            alternates.put(loc, links);
        }
        assertEquals(List.of("https://user.github.io/repo/", "https://user.github.io/repo/en/", "https://user.github.io/repo/en/about/",
                "https://user.github.io/repo/en/talks/", "https://user.github.io/repo/id/", "https://user.github.io/repo/id/pembicaraan/",
                "https://user.github.io/repo/id/tentang/"), List.copyOf(alternates.keySet()));
        assertEquals(Map.of("id", "https://user.github.io/repo/id/pembicaraan/", "en", "https://user.github.io/repo/en/talks/",
                "x-default", "https://user.github.io/repo/id/pembicaraan/"), alternates.get("https://user.github.io/repo/en/talks/"));
        alternates.forEach((loc, links) -> links.forEach((lang, href) -> {
            if (!lang.equals("x-default")) assertEquals(links, alternates.get(href), loc + " and " + href + " name each other");
        }));
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://user.github.io/repo/sitemap.xml\n",
                fixtureUnderRepo.site().text("robots.txt").orElseThrow());
    }

    @Test
    void eachLanguageHasAnAtomFeedOfItsDatedArticles() throws Exception {
        org.w3c.dom.Document feed = xml(fixture.site().files().get("id/feed.xml"));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("id", root.getAttribute("xml:lang"));
        for (String required : List.of("id", "title", "updated", "author")) {
            assertEquals(1, children(root, required).size(), "feed " + required);
        }
        List<Element> entries = children(root, "entry");
        assertEquals(1, entries.size(), "only dated articles are news");
        Element entry = entries.get(0);
        assertEquals("https://example.org/id/pembicaraan/", children(entry, "id").get(0).getTextContent());
        assertEquals("2025-05-16T14:30:00+07:00", children(entry, "published").get(0).getTextContent());
        assertEquals("2025-05-26T00:00:00Z", children(entry, "updated").get(0).getTextContent());
        assertEquals("/id/feed.xml", TestProject.page(fixture, "id/index.html").selectFirst("link[type=application/atom+xml]").attr("href"));
    }

    @Test
    void aFeedCarriesTheNewestArticlesAsManyAsFeedLimitSays(@TempDir Path root) throws Exception {
        String text = Fixtures.TWO_LANGUAGES.replace("default_language: id\n", "default_language: id\nfeed_limit: 2\n")
                + articlesDated(Map.of("lama", "2025-01-01", "baru", "2025-03-01", "tengah", "2025-02-01"));
        BuildOutcome.Built built = TestProject.of(root, text).built(BuildOptions.defaults());
        List<Element> entries = children(xml(built.site().files().get("en/feed.xml")).getDocumentElement(), "entry");
        assertEquals(List.of("https://example.org/en/baru/", "https://example.org/en/tengah/"),
                entries.stream().map(entry -> children(entry, "id").get(0).getTextContent()).toList());
    }

    @Test
    void feedsAndListsOrderDatesByTheMomentTheyNameWhateverTheirOffset(@TempDir Path root) throws Exception {
        // 08:00 in Jakarta is 01:00 UTC, 06:00 in Istanbul 03:00 UTC, a plain date 00:00 UTC: the Istanbul article is the newest.
        String text = Fixtures.TWO_LANGUAGES
                + articlesDated(Map.of("jakarta", "2025-03-16T08:00:00+07:00", "istanbul", "2025-03-16T06:00+03:00", "polos", "2025-03-16"));
        BuildOutcome.Built built = TestProject.of(root, text).built(BuildOptions.defaults());
        Element feed = xml(built.site().files().get("en/feed.xml")).getDocumentElement();
        List<Element> entries = children(feed, "entry");
        assertEquals(List.of("https://example.org/en/istanbul/", "https://example.org/en/jakarta/", "https://example.org/en/polos/"),
                entries.stream().map(entry -> children(entry, "id").get(0).getTextContent()).toList());
        assertEquals(List.of("2025-03-16T06:00:00+03:00", "2025-03-16T08:00:00+07:00", "2025-03-16T00:00:00Z"),
                entries.stream().map(entry -> children(entry, "published").get(0).getTextContent()).toList());
        assertEquals("2025-03-16T06:00:00+03:00", children(feed, "updated").get(0).getTextContent());
        assertEquals(List.of("/en/istanbul/", "/en/jakarta/", "/en/polos/"),
                TestProject.page(built, "en/index.html").select("section.index li > a").eachAttr("href"));
        JsonObject article = Json.createReader(new StringReader(TestProject.page(built, "id/istanbul/index.html")
                .selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("2025-03-16T06:00:00+03:00", article.getString("datePublished"));
        assertEquals("2025-03-16T06:00:00+03:00", article.getString("dateModified"));
    }

    /** A pair of articles for each name, titled by it, dated as given, in the text form of {@link TestProject#of}. */
    private static String articlesDated(Map<String, String> dates) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(dates).forEach((name, date) -> {
            for (String language : List.of("id", "en")) {
                text.append("-- content/").append(language).append('/').append(name).append(".md --\n---\ntitle: ").append(name)
                        .append("\ndescription: ").append(language.equals("id") ? "Berita dari " : "News from ").append(name)
                        .append(".\ndate: ").append(date).append("\n---\nText.\n");
            }
        });
        return text.toString();
    }

    @Test
    void sharedLinksAndSearchEnginesFindTitleLocaleAndTheTranslation() {
        Document en = TestProject.page(real, "en/istanbul-talks/index.html");
        assertEquals("en_GB", en.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals(List.of("id_ID"), en.select("meta[property=og:locale:alternate]").eachAttr("content"));
        assertEquals("article", en.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(en.selectFirst("link[rel=canonical]").attr("href"), en.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("summary", en.selectFirst("meta[name=twitter:card]").attr("content"));

        JsonObject article = Json.createReader(new StringReader(en.selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("NewsArticle", article.getString("@type"));
        assertEquals("en", article.getString("inLanguage"));
        assertEquals("2025-05-16", article.getString("datePublished"));
        assertEquals("2025-05-26", article.getString("dateModified"));
        assertEquals("Jembatan", article.getJsonObject("publisher").getString("name"));
        assertEquals("https://jembatan.github.io/jembatan/id/perundingan-istanbul/", article.getJsonObject("translationOfWork").getString("@id"));
        JsonObject original = Json.createReader(new StringReader(TestProject.page(real, "id/perundingan-istanbul/index.html")
                .selectFirst("script[type=application/ld+json]").data())).readObject();
        assertEquals("https://jembatan.github.io/jembatan/en/istanbul-talks/", original.getJsonObject("workTranslation").getString("@id"));
    }

    @Test
    void theHostFindsNoJekyllA404ThatWorksAtAnyDepthAndItsDomain(@TempDir Path root) {
        assertTrue(fixtureUnderRepo.site().files().containsKey(".nojekyll"));
        Document notFound = TestProject.page(fixtureUnderRepo, "404.html");
        assertEquals("noindex", notFound.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("/repo/id/", "/repo/en/"), notFound.select("section a").eachAttr("href"));
        assertTrue(notFound.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/repo/assets/"));
        assertFalse(fixture.site().files().containsKey("CNAME"));
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("base_url: https://example.org/", "base_url: https://explainer.example.org/\ncname: explainer.example.org"));
        assertEquals("explainer.example.org\n", project.built(BuildOptions.defaults()).site().text("CNAME").orElseThrow());
    }

    @Test
    void anArticlePageWithItsStylesheetStaysUnderThirtyTwoKilobytesWithoutScript() {
        for (String file : List.of("en/istanbul-talks/index.html", "id/perundingan-istanbul/index.html")) {
            Document page = TestProject.page(real, file);
            String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href").substring("/jembatan/".length());
            int size = real.site().files().get(file).length + real.site().files().get(stylesheet).length;
            assertTrue(size < 30 * 1024, file + " and its stylesheet: " + size + " bytes");
            assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), file);
        }
        assertTrue(real.site().text(real.site().files().keySet().stream().filter(f -> f.endsWith(".css")).findFirst().orElseThrow())
                .orElseThrow().contains("@media print"), "a print stylesheet");
    }

    @Test
    void everyPageNamesItsIconUnderTheBasePathSoNoBrowserAsksTheHostsRootForOne() {
        // A page that names no icon makes the browser ask for /favicon.ico at the host's root,
        // outside a project site: a 404 in every reader's console (an old address's page too).
        for (BuildOutcome.Built built : List.of(fixtureUnderRepo, realShaped)) {
            String base = built == fixtureUnderRepo ? "/repo/" : "/docs/";
            for (String file : built.site().files().keySet()) {
                if (!file.endsWith(".html")) continue;
                org.jsoup.nodes.Element icon = TestProject.page(built, file).selectFirst("link[rel=icon]");
                assertTrue(icon != null, file + " names no icon");
                String href = icon.attr("href");
                assertTrue(href.startsWith(base + "assets/") && built.site().files().containsKey(href.substring(base.length())),
                        file + ": icon " + href);
            }
        }
    }

    @Test
    void everyPageHasLandmarksASkipLinkAndHeadingsInOrder() {
        for (BuildOutcome.Built built : List.of(fixture, real, realShaped)) {
            for (String file : built.site().files().keySet()) {
                if (!file.endsWith(".html")) continue;
                Document page = TestProject.page(built, file);
                assertEquals(1, page.select("main").size(), file + " has one main");
                assertFalse(page.selectFirst("html").attr("lang").isEmpty(), file + " names its language");
                if (!page.select("a.skip").isEmpty()) {
                    assertEquals(1, page.select(page.selectFirst("a.skip").attr("href")).size(), file + ": the skip link has a target");
                    assertEquals(1, page.select("header.site-header").size(), file);
                    assertEquals(1, page.select("footer.site-footer").size(), file);
                }
                int level = 0;
                for (org.jsoup.nodes.Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
                    int next = Integer.parseInt(heading.tagName().substring(1));
                    assertTrue(next <= level + 1,
                            file + ": " + heading.tagName() + " \"" + heading.text() + "\" follows h" + level);
                    level = next;
                }
                for (org.jsoup.nodes.Element svg : page.select("svg[role=img]")) {
                    for (String id : svg.attr("aria-labelledby").split(" ")) assertEquals(1, page.select("[id=" + id + "]").size(), file + " " + id);
                }
            }
        }
        assertEquals(2, TestProject.page(real, "index.html").select("section[lang]").size(), "each language's part of the chooser says its language");
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && element.getLocalName().equals(name)) found.add(element);
        }
        return found;
    }
}
