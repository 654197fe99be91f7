package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Istanbul explainer in this repository's content/ builds, and reads as its editors meant; its
 * markup serves readers and their screen readers (each link once on the home page, the chart's
 * numbers written once, a timeline without links inside a drawing, tables in a frame a keyboard
 * reaches, short menu labels). BrowserIT measures the rest in Chromium.
 */
class RealSiteTest {
    static BuildOutcome.Built site;

    @BeforeAll
    static void build() {
        BuildOutcome outcome = Build.run(TestProject.REPOSITORY, BuildOptions.defaults());
        if (outcome instanceof BuildOutcome.Failed failed) throw new AssertionError(failed.problems().toString());
        site = (BuildOutcome.Built) outcome;
    }

    @Test
    void theExplainerHasAHomeAnArticleAndASourcesPageInEachLanguage() {
        assertEquals(List.of(".nojekyll", "404.html", "en/about/index.html", "en/feed.xml", "en/index.html", "en/istanbul-talks/index.html",
                "id/feed.xml", "id/index.html", "id/perundingan-istanbul/index.html", "id/tentang/index.html", "index.html", "robots.txt", "sitemap.xml"),
                site.site().files().keySet().stream().filter(f -> !f.startsWith("assets/")).toList());
    }

    @Test
    void theArticlePairLinksToEachOtherAndDatesTheTalksInEachLanguage() {
        Document id = TestProject.page(site, "id/perundingan-istanbul/index.html");
        Document en = TestProject.page(site, "en/istanbul-talks/index.html");
        assertEquals("/jembatan/en/istanbul-talks/", id.selectFirst("nav.switcher a").attr("href"));
        assertEquals("/jembatan/id/perundingan-istanbul/", en.selectFirst("nav.switcher a").attr("href"));
        assertEquals("Jumat, 16 Mei 2025", id.selectFirst(".byline time").text());
        assertEquals("Friday, 16 May 2025", en.selectFirst(".byline time").text());
    }

    @Test
    void bothArticlesHaveTheSameSectionsQuotesAndLinks() {
        Document id = TestProject.page(site, "id/perundingan-istanbul/index.html");
        Document en = TestProject.page(site, "en/istanbul-talks/index.html");
        assertEquals(id.select(".body h2").size(), en.select(".body h2").size());
        assertEquals(id.select(".body aside.factbox").eachAttr("id"), en.select(".body aside.factbox").eachAttr("id"));
        assertTrue(id.select("#box-quotes figcaption").text().contains("Serhiy Kyslytsya"));
        assertEquals(id.select(".body a").size(), en.select(".body a").size());
    }

    @Test
    void theSourcesPagesLinkEveryReportNamedInFacts() {
        for (String file : List.of("id/tentang/index.html", "en/about/index.html")) {
            List<String> links = TestProject.page(site, file).select(".body a[href^=https://]").eachAttr("href");
            for (String report : List.of("hurriyetdailynews.com", "pravda.com.ua", "news.liga.net", "unn.ua", "censor.net")) {
                assertTrue(links.stream().anyMatch(l -> l.contains(report)), file + " links " + report);
            }
        }
    }

    @Test
    void theExchangeBoxShowsTheThreeStagesAndTheirCheckedSumInBothLanguages() {
        for (String file : List.of("id/perundingan-istanbul/index.html", "en/istanbul-talks/index.html")) {
            org.jsoup.nodes.Element box = TestProject.page(site, file).selectFirst("aside#box-exchange");
            assertEquals(List.of("390", "307", "303"), box.select("tbody td.num data").eachAttr("value"), file);
            assertEquals(List.of("2025-05-23", "2025-05-24", "2025-05-25"), box.select("tbody time").eachAttr("datetime"), file);
            assertEquals(List.of("1000", "2000", "1000"), box.select("dd data").eachAttr("value"), file);
        }
        assertEquals("Dikembalikan setiap pihak: 1.000",
                TestProject.page(site, "id/perundingan-istanbul/index.html").selectFirst("#box-exchange-chart .chart-total").text());
        assertEquals(List.of("390", "307", "303"),
                TestProject.page(site, "en/istanbul-talks/index.html").select("#box-exchange-chart .chart-legend .chart-value").eachText());
    }

    @Test
    void eachHomePageShowsTheKeyNumbers() {
        assertEquals(List.of("1.000", "2.000", "3", "3 tahun 2 bulan"), TestProject.page(site, "id/index.html").select("#box-key-numbers .figure-value").eachText());
        assertEquals(List.of("1,000", "2,000", "3", "3 years 2 months"), TestProject.page(site, "en/index.html").select("#box-key-numbers .figure-value").eachText());
    }

    @Test
    void theProseTakesItsNumbersFromTheData() {
        Document id = TestProject.page(site, "id/perundingan-istanbul/index.html");
        Document en = TestProject.page(site, "en/istanbul-talks/index.html");
        assertEquals("Jumat, 16 Mei 2025", id.selectFirst(".body > p [data-fact=talks-day]").text());
        assertEquals("Friday, 16 May 2025", en.selectFirst(".body > p [data-fact=talks-day]").text());
        assertEquals(id.select(".body > p [data-fact]").eachAttr("data-fact"), en.select(".body > p [data-fact]").eachAttr("data-fact"));
        assertTrue(id.select(".body > p [data-fact]").size() >= 6);
    }

    @Test
    void theHomePageListsNoPageItsTextAlreadyLinksTo() {
        for (String home : List.of("id/index.html", "en/index.html")) {
            Document page = TestProject.page(site, home);
            List<String> inText = page.select(".body a[href]").eachAttr("href");
            assertTrue(inText.size() >= 2, home);
            for (Element listed : page.select(".index a[href]")) assertTrue(!inText.contains(listed.attr("href")), home + " lists " + listed.attr("href") + " twice");
        }
    }

    @Test
    void theChartWritesEachNumberOnceAndHidesItsDrawing() {
        Element chart = TestProject.page(site, "en/istanbul-talks/index.html").getElementById("box-exchange-chart");
        assertEquals("true", chart.selectFirst("svg").attr("aria-hidden"));
        assertTrue(chart.select("svg text").isEmpty(), "the drawing holds no text");
        String text = chart.text();
        for (String value : List.of("390", "307", "303")) assertEquals(1, text.split(value, -1).length - 1, value + " once in: " + text);
        assertEquals(List.of("390", "307", "303"), chart.select(".chart-legend data").eachAttr("value"));
    }

    @Test
    void theTimelineIsAListWhoseSourceLinksAreNotInsideAnotherControl() {
        for (String file : List.of("id/perundingan-istanbul/index.html", "en/istanbul-talks/index.html")) {
            Element timeline = TestProject.page(site, file).getElementById("box-timeline");
            assertTrue(timeline.select("svg").isEmpty(), file);
            assertEquals(3, timeline.select("ol.timeline > li").size(), file);
            for (Element link : timeline.select("a")) {
                assertTrue(link.parents().stream().noneMatch(p -> p.nameIs("a") || p.nameIs("svg") || p.nameIs("button") || p.hasAttr("tabindex")), file + ": " + link);
            }
            assertEquals(List.of("2022-03", "2025-05-16"), timeline.select(".timeline-date time").eachAttr("datetime"), file);
        }
    }

    @Test
    void aTableInABoxScrollsInANamedFrameTheKeyboardReaches() {
        Element frame = TestProject.page(site, "id/perundingan-istanbul/index.html").selectFirst("#box-exchange .factbox-table");
        assertEquals("region", frame.attr("role"));
        assertEquals("0", frame.attr("tabindex"));
        assertEquals("Tiga tahap pertukaran", frame.attr("aria-label"));
    }

    @Test
    void theMenuShowsShortLabels() {
        for (String file : List.of("id/perundingan-istanbul/index.html", "en/istanbul-talks/index.html", "en/index.html")) {
            for (String label : TestProject.page(site, file).select("nav.menu a").eachText()) assertTrue(label.length() <= 22, file + ": " + label);
        }
    }
}
