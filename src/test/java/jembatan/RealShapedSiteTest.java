package jembatan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code fixtures/real-site/}, shaped like a documentation site moved onto Jembatan
 * (folders six deep, folders with and without {@code index.md}, four pages in five in English
 * only, aliases, tags in both languages, zoned dates), under a project site's base path, and reads
 * its pages as a reader, a browser and a search engine would.
 */
class RealShapedSiteTest {
    static final Path FIXTURE = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/real-site");

    @TempDir
    static Path tmp;
    static TestProject project;
    static BuildOutcome.Built built;

    @BeforeAll
    static void build() {
        project = TestProject.copyOf(FIXTURE, tmp.resolve("project"));
        built = project.built(BuildOptions.defaults());
    }

    private static Document page(String file) {
        return TestProject.page(built, file);
    }

    private static Map<String, String> hreflang(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream().collect(Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href")));
    }

    @Test
    void foldersArePublishedAtTheirPathsWithEachLanguagesSlugs() {
        for (String file : List.of("en/learn/index.html", "en/learn/go/overview/index.html", "en/learn/go/basics/variables/declaring/index.html",
                "id/belajar/index.html", "id/belajar/go/ikhtisar/index.html", "id/belajar/go/basics/variables/mendeklarasikan/index.html",
                "en/reference/sdk/v3/part-8/index.html", "en/notes/2025/march/index.html", "id/pengumuman/index.html")) {
            assertTrue(built.site().files().containsKey(file), file);
        }
        assertFalse(built.site().files().containsKey("id/learn/index.html"), "the Indonesian folder is published under its slug");
        assertEquals(173, built.pages());
    }

    @Test
    void aFolderWithoutAnIndexGetsAPageTitledAfterItsName() {
        assertEquals("Basics", page("en/learn/go/basics/index.html").selectFirst("h1").text());
        assertEquals("2025", page("en/notes/2025/index.html").selectFirst("h1").text());
        assertEquals(List.of("Variables"), page("en/learn/go/basics/index.html").select(".index li > a").eachText());
        assertEquals("/docs/id/belajar/go/basics/", page("en/learn/go/basics/index.html").selectFirst("nav.switcher a").attr("href"),
                "folders of the same name pair, with or without an index.md");
    }

    @Test
    void aSectionListsItsPagesThenItsSubSectionsByWeightPagedLikeTheHomePage() {
        Document go = page("en/learn/go/index.html");
        assertEquals("The Go language, step by step.", go.selectFirst(".body").text());
        assertEquals(List.of("Overview", "Installing Go", "Syntax"), go.select(".index li > a").eachText());
        assertEquals("/docs/en/learn/go/page/2/", go.selectFirst("nav.pager a[rel=next]").attr("href"));
        Document second = page("en/learn/go/page/2/index.html");
        assertEquals(List.of("Basics"), second.select(".index li > a").eachText());
        assertEquals("Section", second.selectFirst(".index .section-marker").text());
        assertTrue(second.select(".body").isEmpty(), "the section's own text is on its first page only");
        assertEquals("https://example.org/docs/id/belajar/go/page/2/", hreflang(second).get("id"));
    }

    @Test
    void everyPageBelowTheHomePageShowsItsBreadcrumbs() {
        assertEquals(List.of("Home", "Learn", "Go", "Basics", "Variables", "Declaring variables"),
                page("en/learn/go/basics/variables/declaring/index.html").select("nav.breadcrumbs li").eachText());
        assertEquals(List.of("/docs/id/", "/docs/id/belajar/", "/docs/id/belajar/go/"),
                page("id/belajar/go/memasang/index.html").select("nav.breadcrumbs a").eachAttr("href"));
        assertEquals(List.of("Beranda", "Belajar", "Go", "Memasang Go"), page("id/belajar/go/memasang/index.html").select("nav.breadcrumbs li").eachText(),
                "each step shows its menu_title, or its title");
        assertTrue(page("en/index.html").select("nav.breadcrumbs").isEmpty());
    }

    @Test
    void pagesOfASectionLeadToThePreviousAndTheNext() {
        Document install = page("en/learn/go/install/index.html");
        assertEquals("/docs/en/learn/go/overview/", install.selectFirst("nav.sequence a[rel=prev]").attr("href"));
        assertEquals("Next Syntax", install.selectFirst("nav.sequence a[rel=next]").text());
        assertTrue(page("en/learn/go/overview/index.html").select("nav.sequence a[rel=prev]").isEmpty());
        assertTrue(page("en/about/index.html").select("nav.sequence").isEmpty(), "the home page's list is an archive, not a sequence");
    }

    @Test
    void theMenuIsTheOneSiteYamlDeclares() {
        assertEquals(List.of("Learn", "News", "About"), page("en/reference/api/v1/part-3/index.html").select("nav.menu a").eachText());
        assertEquals(List.of("/docs/id/belajar/", "/docs/id/berita/", "/docs/id/tentang/"), page("id/index.html").select("nav.menu a").eachAttr("href"));
    }

    @Test
    void aOneLanguagePageSaysSoAndLeadsToTheNearestTranslatedPage() {
        Document rust = page("en/learn/rust/overview/index.html");
        assertEquals("Not available in Indonesian: Belajar memprogram", rust.selectFirst("nav.switcher .unavailable").text());
        assertEquals("/docs/id/belajar/", rust.selectFirst("nav.switcher .unavailable a").attr("href"));
        assertEquals(Map.of(), hreflang(rust), "no hreflang names a page that does not exist");
        assertEquals("/docs/id/", page("en/notes/2025/march/index.html").selectFirst("nav.switcher a").attr("href"));
        Document pengumuman = page("id/pengumuman/index.html");
        assertEquals("Tidak tersedia dalam bahasa Inggris: Documentation home", pengumuman.selectFirst("nav.switcher").text());
        assertEquals("en", pengumuman.selectFirst("nav.switcher a").attr("lang"));
    }

    @Test
    void aTranslatedPageNamesBothVersions() {
        assertEquals(Map.of("id", "https://example.org/docs/id/belajar/go/ikhtisar/", "en", "https://example.org/docs/en/learn/go/overview/",
                "x-default", "https://example.org/docs/id/belajar/go/ikhtisar/"), hreflang(page("en/learn/go/overview/index.html")));
        assertEquals("/docs/id/belajar/go/ikhtisar/", page("en/learn/go/overview/index.html").selectFirst("nav.switcher a[rel=alternate]").attr("href"));
    }

    @Test
    void theSitemapListsOneLanguagePagesWithoutAlternates() {
        Document sitemap = org.jsoup.Jsoup.parse(new String(built.site().files().get("sitemap.xml"), StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
        var rust = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/en/learn/rust/overview/")).findFirst().orElseThrow();
        assertTrue(rust.select("xhtml|link").isEmpty());
        var overview = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("/en/learn/go/overview/")).findFirst().orElseThrow();
        assertEquals(3, overview.select("xhtml|link").size());
        assertFalse(sitemap.text().contains("about-us"), "old addresses are not pages to index");
    }

    @Test
    void anOldAddressSendsReadersOnWithoutAScript() {
        Document moved = page("about-us/index.html");
        assertEquals("en", moved.selectFirst("html").attr("lang"));
        assertEquals("0; url=https://example.org/docs/en/about/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/docs/en/about/", moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("This page has moved to About", moved.selectFirst("body p").text());
        assertEquals("/docs/en/about/", moved.selectFirst("body a").attr("href"));
        assertTrue(moved.select("script").isEmpty());
        assertTrue(built.site().files().containsKey("en/old-about.html"));
        assertTrue(built.site().files().containsKey("en/changes/index.html"), "a one-language page keeps its old address too");
    }

    @Test
    void eachTagHasAPagePerLanguagePairedAcrossLanguages() {
        Document go = page("en/tags/go/index.html");
        assertEquals(List.of("Overview", "Installing Go"), go.select(".index li > a").eachText());
        assertEquals("/docs/id/tags/go/", go.selectFirst("nav.switcher a").attr("href"), "the same tag in both languages pairs by itself");
        assertEquals("/docs/id/tags/dasar/", page("en/tags/basics/index.html").selectFirst("nav.switcher a").attr("href"), "site.yaml pairs basics with dasar");
        assertEquals(List.of("Go", "Rust"), page("en/tags/basics/index.html").select(".index .within").eachText(),
                "two pages titled Overview, told apart by their sections");
        assertEquals("Not available in Indonesian: Topik", page("en/tags/rust/index.html").selectFirst("nav.switcher").text());
        assertEquals(List.of("Home", "Topics", "go"), go.select("nav.breadcrumbs li").eachText());
        Document index = page("en/tags/index.html");
        assertEquals("Topics", index.selectFirst("h1").text());
        assertEquals(List.of("/docs/en/tags/basics/", "/docs/en/tags/go/", "/docs/en/tags/releases/"), index.select(".index li > a").eachAttr("href"));
        assertEquals(List.of("go", "basics"), page("en/learn/go/overview/index.html").select("p.tags a[rel=tag]").eachText());
    }

    @Test
    void zonedDatesAreShownInEachLanguageAndOrderTheFeed() {
        assertEquals("2025-03-16T07:20:00+07:00", page("en/learn/go/overview/index.html").selectFirst(".byline time").attr("datetime"));
        String feed = built.site().text("en/feed.xml").orElseThrow();
        assertTrue(feed.indexOf("Third release") < feed.indexOf("Second release"), "newest first");
    }

    @Test
    void headingsKeepTheirUnderscoresAndAngleBracketsAreText() {
        Document install = page("en/learn/go/install/index.html");
        assertEquals(List.of("install_go", "ienumerablet", "notes", "notes-1"), install.select(".body h2").eachAttr("id"));
        assertEquals("IEnumerable<T>", install.selectFirst("#ienumerablet").text());
        Document syntax = page("en/learn/go/syntax/index.html");
        assertEquals(2, syntax.select(".body li input[type=checkbox][disabled]").size());
        assertEquals("Quiz answer", syntax.selectFirst(".body details summary").text());
        assertEquals("language-go", syntax.selectFirst(".body pre code").className());
        assertFalse(syntax.select(".body a[href^=#fn]").isEmpty(), "a footnote reference links to its note");
    }

    @Test
    void twoBuildsGiveTheSameBytes() {
        BuildOutcome.Built again = project.built(BuildOptions.defaults());
        assertEquals(built.site().files().keySet(), again.site().files().keySet());
        built.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, again.site().files().get(file), file));
    }
}
