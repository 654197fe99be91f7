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
        assertEquals(List.of("assets/style.css", "en/about/index.html", "en/index.html", "en/istanbul-talks/index.html",
                "id/index.html", "id/perundingan-istanbul/index.html", "id/tentang/index.html", "index.html"),
                List.copyOf(site.site().files().keySet()));
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
}
