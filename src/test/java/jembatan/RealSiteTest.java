package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jembatan.build.Build;
import jembatan.build.BuildOptions;
import jembatan.build.BuildOutcome;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Istanbul explainer in this repository's content/ builds, and reads as its editors meant. */
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
        assertEquals("390 (23 Mei 2025) + 307 (24 Mei 2025) + 303 (25 Mei 2025) = 1.000",
                TestProject.page(site, "id/perundingan-istanbul/index.html").selectFirst("#box-exchange-chart desc").text());
        assertEquals("390 (23 May 2025) + 307 (24 May 2025) + 303 (25 May 2025) = 1,000",
                TestProject.page(site, "en/istanbul-talks/index.html").selectFirst("#box-exchange-chart desc").text());
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
}
