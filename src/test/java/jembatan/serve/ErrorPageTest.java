package jembatan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jembatan.report.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The preview's error page shows one problem per mistake, with what follows from it folded under it, as the terminal does. */
class ErrorPageTest {
    @Test
    void whatFollowsFromAMistakeIsListedUnderItAndNotCounted() {
        Problem yaml = Problem.at("content/facts/f.yaml", 9, "YAML syntax error", "fix it");
        Problem echo = Problem.at("content/en/a.md", 7, "unknown fact \"x\"", "").followingFrom(List.of("content/facts/f.yaml"));

        Document page = Jsoup.parse(ErrorPage.of(List.of(echo, yaml), PageLanguages.NONE, "/en/a/"));

        assertEquals("1 problem: the site was not built", page.selectFirst("h1").text());
        assertEquals(List.of("content/facts/f.yaml:9: YAML syntax error; fix it"), page.select("main > ol > li > code").eachText());
        assertEquals(List.of("follows from it: content/en/a.md:7: unknown fact \"x\""), page.select("main > ol > li > ul > li > code").eachText());
    }
}
