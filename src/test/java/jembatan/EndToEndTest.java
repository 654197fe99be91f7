package jembatan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jembatan.build.BuildOptions;
import jembatan.build.BuildOutcome;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the every-feature fixture as a root site and as a project site, and reads the pages as a
 * browser or a search engine would.
 */
class EndToEndTest {
    static final Path FIXTURE = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature");

    @TempDir
    static Path tmp;
    static TestProject project;
    static BuildOutcome.Built root;
    static BuildOutcome.Built sub;

    @BeforeAll
    static void build() {
        project = TestProject.copyOf(FIXTURE, tmp.resolve("project"));
        root = project.built(BuildOptions.defaults());
        sub = project.built(BuildOptions.defaults().withBaseUrl("https://user.github.io/repo/"));
    }

    @Test
    void buildsEveryPageOfBothLanguagesAtPrettyUrls() {
        assertEquals(List.of("assets/style.css", "en/about/index.html", "en/index.html", "en/talks/index.html",
                        "id/index.html", "id/pembicaraan/index.html", "id/tentang/index.html", "index.html"),
                List.copyOf(root.site().files().keySet()));
        assertEquals(7, root.pages());
    }

    @Test
    void everyPageDeclaresItsLanguageTitleDescriptionAndCanonicalUrl() {
        Map<String, String> languages = Map.of("en/talks/index.html", "en", "id/pembicaraan/index.html", "id", "index.html", "id");
        languages.forEach((file, lang) -> assertEquals(lang, TestProject.page(root, file).selectFirst("html").attr("lang"), file));
        Document talks = TestProject.page(root, "id/pembicaraan/index.html");
        assertEquals("Pembicaraan di Istanbul · Situs Uji", talks.title());
        assertEquals("Ringkasan pembicaraan.", talks.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://example.org/id/pembicaraan/", talks.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void hreflangLinksAreReciprocalAndNameXDefault() {
        for (String file : htmlFiles(root)) {
            Map<String, String> own = hreflang(TestProject.page(root, file));
            assertTrue(own.containsKey("x-default"), file + " names x-default");
            String self = TestProject.page(root, file).selectFirst("link[rel=canonical]").attr("href");
            if (!file.equals("index.html")) assertTrue(own.containsValue(self), file + " names itself");
            for (Map.Entry<String, String> alternate : own.entrySet()) {
                if (alternate.getKey().equals("x-default")) continue;
                String target = alternate.getValue().replace("https://example.org/", "") + "index.html";
                Map<String, String> theirs = hreflang(TestProject.page(root, target));
                own.forEach((lang, href) -> {
                    if (!lang.equals("x-default")) assertEquals(href, theirs.get(lang), target + " names " + lang + " as " + file + " does");
                });
            }
        }
        assertEquals(Map.of("id", "https://example.org/id/pembicaraan/", "en", "https://example.org/en/talks/",
                "x-default", "https://example.org/id/pembicaraan/"), hreflang(TestProject.page(root, "en/talks/index.html")));
        assertEquals("https://example.org/", hreflang(TestProject.page(root, "en/index.html")).get("x-default"));
    }

    @Test
    void languageSwitcherLeadsToTheSameArticleInTheOtherLanguage() {
        Element toEnglish = TestProject.page(root, "id/pembicaraan/index.html").selectFirst("nav.switcher a");
        assertEquals("/en/talks/", toEnglish.attr("href"));
        assertEquals("Baca dalam bahasa Inggris", toEnglish.text());
        assertEquals("en", toEnglish.attr("hreflang"));
        Element toIndonesian = TestProject.page(root, "en/about/index.html").selectFirst("nav.switcher a");
        assertEquals("/id/tentang/", toIndonesian.attr("href"));
        assertEquals("Read in Indonesian", toIndonesian.text());
    }

    @Test
    void datesAreWrittenAsEachLanguagesReadersWriteThem() {
        Document id = TestProject.page(root, "id/pembicaraan/index.html");
        Document en = TestProject.page(root, "en/talks/index.html");
        assertEquals(List.of("Jumat, 16 Mei 2025", "Senin, 26 Mei 2025"), id.select(".byline time").eachText());
        assertEquals(List.of("Friday, 16 May 2025", "Monday, 26 May 2025"), en.select(".byline time").eachText());
        assertEquals(List.of("2025-05-16", "2025-05-26"), en.select(".byline time").eachAttr("datetime"));
    }

    @Test
    void aProjectSiteKeepsItsBasePathInEveryInternalLink() {
        for (String file : htmlFiles(sub)) {
            Document page = TestProject.page(sub, file);
            for (Element element : page.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("/")) assertTrue(url.startsWith("/repo/"), file + ": " + url);
                if (url.startsWith("https://user.github.io")) assertTrue(url.startsWith("https://user.github.io/repo/"), file + ": " + url);
            }
        }
        Document talks = TestProject.page(sub, "id/pembicaraan/index.html");
        assertEquals(List.of("/repo/id/tentang/#daftar-sumber", "/repo/id/"), talks.select(".body a").eachAttr("href"));
        assertEquals("https://user.github.io/repo/id/pembicaraan/", talks.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/repo/en/talks/", talks.selectFirst("nav.switcher a").attr("href"));
        assertEquals("/repo/assets/style.css", talks.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void aRootSiteLinksFromTheRoot() {
        Document talks = TestProject.page(root, "id/pembicaraan/index.html");
        assertEquals(List.of("/id/tentang/#daftar-sumber", "/id/"), talks.select(".body a").eachAttr("href"));
        assertEquals("/assets/style.css", talks.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void theRootPageLetsAReaderChooseALanguageWithoutScript() {
        Document chooser = TestProject.page(root, "index.html");
        assertEquals(List.of("/id/", "/en/"), chooser.select("section.choice h2 a").eachAttr("href"));
        assertEquals(List.of("id", "en"), chooser.select("section.choice").eachAttr("lang"));
        assertEquals("Enter the site in English", chooser.select("section.choice[lang=en] a.enter").text());
        assertEquals(Map.of("id", "https://example.org/id/", "en", "https://example.org/en/", "x-default", "https://example.org/"), hreflang(chooser));
        assertTrue(chooser.select("script, meta[http-equiv]").isEmpty());
    }

    @Test
    void quotesWithAnAttributionBecomeFiguresAndEditorsCommentsAreDropped() {
        Document talks = TestProject.page(root, "en/talks/index.html");
        assertEquals("\"a very good ending\"", talks.selectFirst("figure.quote blockquote").text());
        assertEquals("— Serhiy Kyslytsya", talks.selectFirst("figure.quote figcaption").text());
        assertFalse(root.site().text("en/talks/index.html").orElseThrow().contains("factbox"));
        assertEquals(List.of("stage", "date", "number"), talks.select(".body table th").eachText());
    }

    @Test
    void menusListTheLanguagesPagesByWeight() {
        Document home = TestProject.page(root, "en/index.html");
        assertEquals(List.of("The talks in Istanbul", "About"), home.select("nav.menu a").eachText());
        assertEquals("page", TestProject.page(root, "en/about/index.html").selectFirst("nav.menu a[href=/en/about/]").attr("aria-current"));
    }

    @Test
    void draftsAreLeftOutUnlessTheBuildAsksForThem() {
        assertFalse(root.site().files().containsKey("id/draf/index.html"));
        BuildOutcome.Built withDrafts = project.built(BuildOptions.defaults().withDrafts());
        assertTrue(withDrafts.site().files().containsKey("id/draf/index.html"));
        assertTrue(TestProject.page(withDrafts, "id/draf/index.html").select("nav.switcher").isEmpty());
    }

    @Test
    void twoBuildsOfTheSameInputGiveIdenticalBytesWhereverTheProjectLies() {
        BuildOutcome.Built again = TestProject.copyOf(FIXTURE, tmp.resolve("elsewhere")).built(BuildOptions.defaults());
        assertEquals(root.site().files().keySet(), again.site().files().keySet());
        root.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, again.site().files().get(file), file));
    }

    private static List<String> htmlFiles(BuildOutcome.Built built) {
        return new ArrayList<>(built.site().files().keySet().stream().filter(f -> f.endsWith(".html")).toList());
    }

    private static Map<String, String> hreflang(Document page) {
        Map<String, String> links = new TreeMap<>();
        for (Element link : page.select("link[rel=alternate][hreflang]")) links.put(link.attr("hreflang"), link.attr("href"));
        return links;
    }
}
