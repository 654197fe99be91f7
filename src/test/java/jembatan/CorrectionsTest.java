package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.content.Correction;
import jembatan.content.FrontMatter;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections ({@code corrections:} in the front matter): read and checked like every key, shown
 * at the end of the article and by its date line, and carried by the feed and the JSON-LD.
 */
class CorrectionsTest {
    @TempDir
    Path root;

    private static final String SITE = """
            -- content/site.yaml --
            base_url: https://example.org/
            default_language: id
            languages:
              - code: id
                locale: id-ID
                name: Bahasa Indonesia
                title: Situs
              - code: en
                locale: en-GB
                name: English
                title: Site
            -- content/id/index.md --
            ---
            title: Beranda
            description: "Halaman depan."
            ---
            -- content/en/index.md --
            ---
            title: Home
            description: "The front page."
            ---
            """;

    private static String article(String lang, String corrections) {
        String title = lang.equals("id") ? "Artikel" : "Article";
        return "-- content/" + lang + "/artikel.md --\n---\ntitle: " + title + "\ndescription: \"A sentence.\"\ndate: 2025-05-16\nupdated: 2025-05-26\n"
                + corrections + "---\n" + (lang.equals("id") ? "Isi artikel." : "The article.") + "\n";
    }

    private static final String ID_CORRECTION = "corrections:\n  - date: 2025-05-27\n    text: \"Versi sebelumnya menyebut istana yang salah.\"\n";
    private static final String EN_CORRECTION = "corrections:\n  - date: 2025-05-27\n    text: \"An earlier version named the wrong palace.\"\n";

    private final Problems problems = new Problems();

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aCorrectionIsADayAndATextWithItsLine() {
        FrontMatter front = FrontMatter.parse("title: A\ndescription: B\ndate: 2025-05-16\n" + EN_CORRECTION, "content/en/a.md", 2, problems).orElseThrow();
        assertEquals(List.of(new Correction(LocalDate.of(2025, 5, 27), "An earlier version named the wrong palace.", 6)), front.corrections());
        assertEquals(List.of(), reported());
    }

    @Test
    void aCorrectionBeforeTheArticleAndWrongShapesAreReportedAtTheirLines() {
        FrontMatter.parse("title: A\ndescription: B\ndate: 2025-05-16\ncorrections:\n  - date: 2025-05-15\n    text: Early.\n  - dat: 2025-05-20\n    text: X.\n  - just text\n",
                "content/en/a.md", 2, problems);
        assertEquals(List.of(
                "content/en/a.md:6: correction dated 2025-05-15 is before the article's date 2025-05-16; a correction comes after the article it corrects; write the day it was corrected, on or after 2025-05-16",
                "content/en/a.md:8: unknown correction key \"dat\"; did you mean \"date\"?",
                "content/en/a.md:10: each correction must be a date and a text, not text; write it as `corrections: [{date: 2025-05-26, text: \"An earlier version gave the wrong date.\"}]`"),
                reported());
        problems.sorted();
        Problems other = new Problems();
        FrontMatter.parse("title: A\ndescription: B\ncorrections: oops\n", "content/en/a.md", 2, other);
        assertEquals(List.of("content/en/a.md:4: corrections must be a list, not text; write it as `corrections: [{date: 2025-05-26, text: \"An earlier version gave the wrong date.\"}]`"),
                other.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aCorrectionInOneLanguageOnlyIsAnErrorNamingBothFiles() {
        List<String> found = TestProject.of(root, SITE + article("id", ID_CORRECTION) + article("en", "")).problems();
        assertEquals(List.of("content/en/artikel.md:1: a correction is in one language only: corrections here none, in content/id/artikel.md (its translation) 2025-05-27;"
                + " publish each correction in both languages, with the same date: add it where it is missing, or remove it"), found);
    }

    @Test
    void thePageListsItsCorrectionsAndItsDateLineSaysCorrectedAndUpdated() {
        BuildOutcome.Built built = TestProject.of(root, SITE + article("id", ID_CORRECTION) + article("en", EN_CORRECTION)).built(BuildOptions.defaults());
        Document en = TestProject.page(built, "en/artikel/index.html");
        Document id = TestProject.page(built, "id/artikel/index.html");
        assertTrue(en.selectFirst(".byline").text().contains("Updated Monday, 26 May 2025 · Corrected Tuesday, 27 May 2025"), en.selectFirst(".byline").text());
        assertTrue(id.selectFirst(".byline").text().contains("Diperbarui Senin, 26 Mei 2025 · Dikoreksi Selasa, 27 Mei 2025"), id.selectFirst(".byline").text());
        assertEquals("#page-corrections", en.selectFirst(".byline a").attr("href"));
        assertEquals("Corrections", en.selectFirst("section.corrections h2#page-corrections").text());
        assertEquals("Koreksi", id.selectFirst("section.corrections h2").text());
        assertEquals(List.of("Tuesday, 27 May 2025: An earlier version named the wrong palace."), en.select("section.corrections li").eachText());
        assertEquals("2025-05-27", en.selectFirst("section.corrections time").attr("datetime"));
    }

    @Test
    void theJsonLdCarriesEachCorrectionAsACorrectionComment() {
        BuildOutcome.Built built = TestProject.of(root, SITE + article("id", ID_CORRECTION) + article("en", EN_CORRECTION)).built(BuildOptions.defaults());
        String json = TestProject.page(built, "en/artikel/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.contains("\"correction\":[{\"@type\":\"CorrectionComment\",\"datePublished\":\"2025-05-27\",\"text\":\"An earlier version named the wrong palace.\"}]"), json);
        // The article changed last on the day of its correction, wherever a reader or a crawler looks.
        assertTrue(json.contains("\"dateModified\":\"2025-05-27\""), json);
        assertEquals("2025-05-27", TestProject.page(built, "en/artikel/index.html").selectFirst("meta[property=article:modified_time]").attr("content"));
        assertTrue(built.site().text("sitemap.xml").orElseThrow().contains("<lastmod>2025-05-27</lastmod>"), built.site().text("sitemap.xml").orElseThrow());
        BuildOutcome.Built uncorrected = TestProject.of(root.resolve("uncorrected"), SITE + article("id", "") + article("en", "")).built(BuildOptions.defaults());
        String none = TestProject.page(uncorrected, "en/artikel/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(none.contains("\"NewsArticle\"") && !none.contains("correction"), none);
    }

    @Test
    void theFeedCarriesTheCorrectionsInTheSummaryAndDatesTheEntryByTheLatest() {
        BuildOutcome.Built built = TestProject.of(root, SITE + article("id", ID_CORRECTION) + article("en", EN_CORRECTION)).built(BuildOptions.defaults());
        String feed = built.site().text("en/feed.xml").orElseThrow();
        assertTrue(feed.contains("<summary>A sentence.\n\nTuesday, 27 May 2025: An earlier version named the wrong palace.</summary>"), feed);
        assertTrue(feed.contains("<updated>2025-05-27T00:00:00Z</updated>"), feed);
        assertTrue(built.site().text("id/feed.xml").orElseThrow().contains("Selasa, 27 Mei 2025: Versi sebelumnya menyebut istana yang salah."));
    }
}
