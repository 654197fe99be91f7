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
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
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
        assertEquals(List.of(".nojekyll", "404.html", "en/about/index.html", "en/feed.xml", "en/index.html", "en/page/2/index.html", "en/talks/index.html",
                        "id/feed.xml", "id/index.html", "id/page/2/index.html", "id/pembicaraan/index.html", "id/tentang/index.html", "index.html",
                        "robots.txt", "sitemap.xml"),
                root.site().files().keySet().stream().filter(f -> !f.startsWith("assets/")).toList());
        assertEquals(10, root.pages());
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
    void noPublishedPageHasAScript() {
        for (String file : htmlFiles(root)) {
            assertTrue(TestProject.page(root, file).select("script:not([type=application/ld+json])").isEmpty(), file);
        }
    }

    @Test
    void hreflangLinksAreReciprocalAndNameXDefault() {
        for (String file : htmlFiles(root)) {
            if (file.equals("404.html")) continue;
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
        // The talks are dated with a time, each version in its editor's offset (Jakarta, Istanbul), and updated on a plain date.
        Document id = TestProject.page(root, "id/pembicaraan/index.html");
        Document en = TestProject.page(root, "en/talks/index.html");
        assertEquals(List.of("Jumat, 16 Mei 2025, 14.30 GMT+7", "Senin, 26 Mei 2025"), id.select(".byline time").eachText());
        assertEquals(List.of("Friday, 16 May 2025, 10:30 GMT+3", "Monday, 26 May 2025"), en.select(".byline time").eachText());
        assertEquals(List.of("2025-05-16T14:30:00+07:00", "2025-05-26"), id.select(".byline time").eachAttr("datetime"));
        assertEquals(List.of("2025-05-16T10:30:00+03:00", "2025-05-26"), en.select(".byline time").eachAttr("datetime"));
        Element listed = TestProject.page(root, "en/index.html").selectFirst("li:has(a[href=/en/talks/]) time");
        assertEquals("Friday, 16 May 2025", listed.text(), "a list shows the day");
        assertEquals("2025-05-16T10:30:00+03:00", listed.attr("datetime"));
    }

    @Test
    void aDateWithATimeReachesFeedsSearchEnginesAndSharedLinksWithItsOffset() {
        String feed = root.site().text("id/feed.xml").orElseThrow();
        assertTrue(feed.contains("<published>2025-05-16T14:30:00+07:00</published>"), feed);
        assertTrue(feed.contains("<updated>2025-05-26T00:00:00Z</updated>"), feed);
        Document en = TestProject.page(root, "en/talks/index.html");
        String jsonLd = en.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"datePublished\":\"2025-05-16T10:30:00+03:00\",\"dateModified\":\"2025-05-26\""), jsonLd);
        assertEquals("2025-05-16T10:30:00+03:00", en.selectFirst("meta[property=article:published_time]").attr("content"));
        String sitemap = root.site().text("sitemap.xml").orElseThrow();
        assertTrue(sitemap.contains("<loc>https://example.org/en/talks/</loc>\n    <lastmod>2025-05-26</lastmod>"), sitemap);
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
        assertEquals(List.of("/repo/id/tentang/#daftar-sumber", "/repo/id/"), talks.select(".body > p a:not([href^=#source-])").eachAttr("href"));
        assertEquals("https://user.github.io/repo/id/pembicaraan/", talks.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/repo/en/talks/", talks.selectFirst("nav.switcher a").attr("href"));
        assertTrue(talks.selectFirst("link[rel=stylesheet]").attr("href").matches("/repo/assets/style\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void aRootSiteLinksFromTheRoot() {
        Document talks = TestProject.page(root, "id/pembicaraan/index.html");
        assertEquals(List.of("/id/tentang/#daftar-sumber", "/id/"), talks.select(".body > p a:not([href^=#source-])").eachAttr("href"));
        assertTrue(talks.selectFirst("link[rel=stylesheet]").attr("href").matches("/assets/style\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void theRootPageLetsAReaderChooseALanguageWithoutScript() {
        Document chooser = TestProject.page(root, "index.html");
        assertEquals(List.of("/id/", "/en/"), chooser.select("section.choice h2 a").eachAttr("href"));
        assertEquals(List.of("id", "en"), chooser.select("section.choice").eachAttr("lang"));
        assertEquals("Enter the site in English", chooser.select("section.choice[lang=en] a.enter").text());
        assertEquals(Map.of("id", "https://example.org/id/", "en", "https://example.org/en/", "x-default", "https://example.org/"), hreflang(chooser));
        assertTrue(chooser.select("script, meta[http-equiv=refresh]").isEmpty());
        assertEquals(1, chooser.select("meta[http-equiv=Content-Security-Policy]").size(), "and says it runs none");
    }

    @Test
    void quotesWithAnAttributionBecomeFiguresAndEditorsCommentsAreDropped() {
        Document talks = TestProject.page(root, "en/talks/index.html");
        assertEquals("\"a very good ending\"", talks.selectFirst("figure.quote blockquote").text());
        assertEquals("— Serhiy Kyslytsya", talks.selectFirst("figure.quote figcaption").text());
        assertFalse(root.site().text("en/talks/index.html").orElseThrow().contains("a note to colleagues"));
        assertEquals(List.of("stage", "date", "number"), talks.select(".body > table th").eachText());
    }

    @Test
    void menusListTheLanguagesPagesByWeight() {
        Document home = TestProject.page(root, "en/index.html");
        assertEquals(List.of("The talks in Istanbul", "About"), home.select("nav.menu a").eachText());
        assertEquals("page", TestProject.page(root, "en/about/index.html").selectFirst("nav.menu a[href=/en/about/]").attr("aria-current"));
    }

    @Test
    void aHomePagesListGoesOnOverPagesOfItsOwnPairedAcrossLanguages() {
        // The fixture's site.yaml says `paginate: 1`: two articles a language make a list of two pages.
        Document first = TestProject.page(sub, "id/index.html");
        Document second = TestProject.page(sub, "id/page/2/index.html");
        assertEquals(List.of("Pembicaraan di Istanbul"), first.select(".index li > a").eachText());
        assertEquals(List.of("Tentang"), second.select(".index li > a").eachText());
        assertEquals("Halaman 1 dari 2", first.selectFirst("nav.pager span").text());
        assertEquals("/repo/id/page/2/", first.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertTrue(first.select("nav.pager a[rel=prev]").isEmpty());
        assertEquals("/repo/id/", second.selectFirst("nav.pager a[rel=prev]").attr("href"));
        assertTrue(second.select("nav.pager a[rel=next]").isEmpty());
        // The home page's own text opens the list; later pages are the list alone, under a title of their own.
        assertFalse(first.select("article.home > .body").isEmpty());
        assertTrue(second.select("article.home > .body").isEmpty());
        assertEquals("Beranda, halaman 2", second.selectFirst("h1").text());
        assertEquals("https://user.github.io/repo/id/page/2/", second.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(Map.of("id", "https://user.github.io/repo/id/page/2/", "en", "https://user.github.io/repo/en/page/2/",
                        "x-default", "https://user.github.io/repo/id/page/2/"),
                second.select("link[rel=alternate][hreflang]").stream().collect(java.util.stream.Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href"))));
        assertEquals("/repo/en/page/2/", second.selectFirst("nav.switcher a").attr("href"));
        assertFalse(new String(sub.site().files().get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("/page/"),
                "the sitemap names articles, not pages of lists");
    }

    @Test
    void draftsAreLeftOutUnlessTheBuildAsksForThem() {
        assertFalse(root.site().files().containsKey("id/draf/index.html"));
        BuildOutcome.Built withDrafts = project.built(BuildOptions.defaults().withDrafts());
        assertTrue(withDrafts.site().files().containsKey("id/draf/index.html"));
        assertEquals("Tidak tersedia dalam bahasa Inggris: Home",
                TestProject.page(withDrafts, "id/draf/index.html").selectFirst("nav.switcher .unavailable").text(),
                "a page without a translation leads to the other language's home page, saying so");
        assertEquals("/en/", TestProject.page(withDrafts, "id/draf/index.html").selectFirst("nav.switcher .unavailable a").attr("href"));
        assertEquals("Draf: halaman ini belum diterbitkan.", TestProject.page(withDrafts, "id/draf/index.html").selectFirst("p.banner").text());
        assertTrue(TestProject.page(withDrafts, "id/pembicaraan/index.html").select("p.banner").isEmpty());
        assertTrue(TestProject.page(withDrafts, "id/page/3/index.html").select(".index a").eachText().contains("Draf tanpa terjemahan"),
                "the draft is last in the list, on its third page (the fixture shows one article a page)");
        assertFalse(TestProject.page(withDrafts, "id/index.html").select("nav.menu a").eachText().contains("Draf tanpa terjemahan"),
                "the menu shows only the pages site.yaml lists");
    }

    @Test
    void twoBuildsOfTheSameInputGiveIdenticalBytesWhereverTheProjectLies() {
        BuildOutcome.Built again = TestProject.copyOf(FIXTURE, tmp.resolve("elsewhere")).built(BuildOptions.defaults());
        assertEquals(root.site().files().keySet(), again.site().files().keySet());
        root.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, again.site().files().get(file), file));
    }

    @Test
    void aFactBoxIsAnAsideWithAHeadingItsFactsInEachLanguageAndItsSources() {
        Element id = TestProject.page(root, "id/pembicaraan/index.html").selectFirst("aside#box-talks");
        Element en = TestProject.page(root, "en/talks/index.html").selectFirst("aside#box-talks");
        assertEquals("Sekilas", id.selectFirst("h2#box-talks-title").text());
        assertEquals("box-talks-title", en.attr("aria-labelledby"));
        assertEquals(List.of("Tanggal", "Pemimpin", "Per pihak", "Seluruhnya", "Jeda"), id.select("dt").eachText());
        assertEquals(List.of("Jumat, 16 Mei 2025", "Hakan Fidan, Menteri Luar Negeri", "1.000 tahanan", "2.000 orang", "3 tahun 2 bulan"),
                id.select("dd").stream().map(dd -> dd.ownText().isEmpty() ? dd.child(0).text() : dd.ownText()).toList());
        assertEquals(List.of("Friday, 16 May 2025", "Hakan Fidan, Foreign Minister", "1,000 prisoners", "2,000 people", "3 years 2 months"),
                en.select("dd").stream().map(dd -> dd.ownText().isEmpty() ? dd.child(0).text() : dd.ownText()).toList());
        assertTrue(en.select("footer.factbox-sources").isEmpty(), "a box has no list of its own");
        Document page = TestProject.page(root, "en/talks/index.html");
        List<String> listed = page.select("section.page-sources li").eachText();
        assertTrue(listed.contains("Daily Report, Talks end with a deal, 16 May 2025"), listed.toString());
        assertTrue(listed.stream().anyMatch(s -> s.startsWith("News desk")), listed.toString());
        assertEquals("https://example.com/report", page.selectFirst("section.page-sources li a").attr("href"));
    }

    @Test
    void everyValueInABoxLinksToASourceListedOnItsPage() {
        for (String file : List.of("id/pembicaraan/index.html", "en/talks/index.html", "en/index.html")) {
            Document page = TestProject.page(root, file);
            for (Element box : page.select("aside.factbox")) {
                List<Element> refs = box.select("a[href^=#source-]");
                assertFalse(refs.isEmpty(), file + " " + box.id());
                for (Element ref : refs) {
                    assertEquals(1, page.select("section.page-sources li" + ref.attr("href")).size(), file + " " + box.id() + " cites " + ref.attr("href"));
                }
            }
        }
    }

    @Test
    void bothLanguagesShowTheSameValuesInTheirBoxes() {
        for (String[] pair : List.of(new String[] {"id/pembicaraan/index.html", "en/talks/index.html"}, new String[] {"id/index.html", "en/index.html"})) {
            Document id = TestProject.page(root, pair[0]);
            Document en = TestProject.page(root, pair[1]);
            assertEquals(id.select("aside.factbox").eachAttr("id"), en.select("aside.factbox").eachAttr("id"));
            assertEquals(id.select("aside data").eachAttr("value"), en.select("aside data").eachAttr("value"));
            assertEquals(id.select("aside time").eachAttr("datetime"), en.select("aside time").eachAttr("datetime"));
        }
    }

    @Test
    void aTableFactIsATableWithCaptionAndHeaderCells() {
        Element table = TestProject.page(root, "en/talks/index.html").selectFirst("aside#box-talks table");
        assertEquals("Stages", table.selectFirst("caption").text());
        assertEquals(List.of("Date", "Number", "Source"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("23 May 2025", "24 May 2025"), table.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("600", "400"), table.select("tbody td.num").eachText());
    }

    @Test
    void aQuoteFactIsAFigureWithItsSpeakerFromTheData() {
        Element quote = TestProject.page(root, "id/pembicaraan/index.html").selectFirst("aside#box-talks figure.factbox-quote");
        assertEquals("“hari yang baik”", quote.selectFirst("blockquote").text());
        assertTrue(quote.selectFirst("figcaption").text().startsWith("— Hakan Fidan, Menteri Luar Negeri"));
    }

    @Test
    void inlineFactsAreWrittenInTheArticlesLanguageAndKeepTheirValueForMachines() {
        Document id = TestProject.page(root, "id/pembicaraan/index.html");
        Document en = TestProject.page(root, "en/talks/index.html");
        assertEquals("1.000", id.selectFirst(".body > p data[data-fact=each-side]").text());
        assertEquals("1,000", en.selectFirst(".body > p data[data-fact=each-side]").text());
        assertEquals("1000", en.selectFirst(".body > p data[data-fact=each-side]").attr("value"));
        assertEquals("Jumat, 16 Mei 2025", id.selectFirst(".body > p time[data-fact=talks-day]").text());
        assertEquals("March 2022", en.selectFirst(".body > p time[data-fact=earlier-talks]").text());
        assertEquals("3 years 2 months", en.selectFirst(".body > p [data-fact=gap]").text());
        assertEquals("{{fact each-side}}", en.selectFirst(".body code").text(), "code is left as written");
    }

    @Test
    void theChartDrawsBarsInPercentOfItsLineAndWritesItsNumbersOnceInAList() {
        Element chart = TestProject.page(root, "id/pembicaraan/index.html").selectFirst("aside#box-chart");
        Element drawing = chart.selectFirst("svg");
        assertEquals("true", drawing.attr("aria-hidden"), "the list says what the bars show");
        assertFalse(drawing.hasAttr("viewBox"), "drawn for the width the page gives it, never scaled");
        assertEquals(List.of("0.0%", "60.0%"), chart.select("rect.chart-bar").eachAttr("x"));
        assertEquals(List.of("60.0%", "40.0%"), chart.select("rect.chart-bar").eachAttr("width"));
        assertEquals(List.of("600", "400"), chart.select(".chart-legend data").eachAttr("value"));
        assertEquals(List.of("23 Mei 2025", "24 Mei 2025"), chart.select(".chart-legend .chart-label").stream().map(EndToEndTest::withoutRefs).toList());
        assertEquals("Per pihak: 1.000", chart.selectFirst(".chart-total").text());
    }

    @Test
    void theTimelineListsMomentsInOrderWithTheTimeBetweenThem() {
        Element timeline = TestProject.page(root, "en/talks/index.html").selectFirst("aside#box-timeline ol.timeline");
        assertEquals(List.of("March 2022", "Friday, 16 May 2025", "23–24 May 2025"), timeline.select(".timeline-date").stream().map(EndToEndTest::withoutRefs).toList());
        assertEquals(List.of("2022-03", "2025-05-16"), timeline.select(".timeline-date time").eachAttr("datetime"));
        assertEquals(List.of("3 years 2 months later", "7 days later"), timeline.select(".timeline-gap").eachText());
        assertEquals("Earlier meeting", timeline.selectFirst(".timeline-label").text());
    }

    /** An element's text without its source numbers. */
    private static String withoutRefs(Element element) {
        Element copy = element.clone();
        copy.select(".ref").remove();
        return copy.text();
    }

    @Test
    void boxHeadingsKeepThePagesOutlineInOrder() {
        Document talks = TestProject.page(root, "en/talks/index.html");
        assertEquals("h2", talks.selectFirst("#box-talks-title").tagName(), "after the lede, under the h1");
        assertEquals("h3", talks.selectFirst("#box-chart-title").tagName(), "inside an h2 section");
    }

    @Test
    void theHomePagesShowTheKeyFigures() {
        Element figures = TestProject.page(root, "en/index.html").selectFirst("aside#box-figures");
        assertEquals(List.of("1,000", "2,000"), figures.select(".figure-value").eachText());
        assertEquals(List.of("prisoners", "people"), figures.select(".figure-unit").eachText());
    }

    @Test
    void anArticleDatedAfterTodayWaitsForItsDayUnlessTheBuildAsksForIt() {
        java.time.LocalDate dayBefore = java.time.LocalDate.of(2025, 5, 15);
        BuildOutcome outcome = project.build(BuildOptions.defaults().asOf(dayBefore));
        // The talks are dated 16 May: the day before, both versions wait, and the home pages' links to them fail.
        List<String> problems = ((BuildOutcome.Failed) outcome).problems().stream().map(Object::toString).toList();
        assertEquals(List.of("content/en/index.md:10: link \"talks.md\" leads to content/en/talks.md, dated 2025-05-16, after today, so left out of this build; "
                        + "publish both on the same day, build with --future, or remove the link",
                "content/id/index.md:10: link \"talks.md\" leads to content/id/talks.md, dated 2025-05-16, after today, so left out of this build; "
                        + "publish both on the same day, build with --future, or remove the link"), problems);
        BuildOutcome.Built future = project.built(BuildOptions.defaults().asOf(dayBefore).withFuture());
        assertEquals("Dijadwalkan: halaman ini terbit pada Jumat, 16 Mei 2025.", TestProject.page(future, "id/pembicaraan/index.html").selectFirst("p.banner").text());
        assertTrue(project.built(BuildOptions.defaults().asOf(java.time.LocalDate.of(2025, 5, 16))).site().files().containsKey("en/talks/index.html"));
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
