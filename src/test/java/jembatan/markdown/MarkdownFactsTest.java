package jembatan.markdown;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jembatan.config.BaseUrl;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.markdown.RenderedMarkdown.FactRef;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fact box directives, inline facts and the numbers the prose states, as the Markdown stage records them. */
class MarkdownFactsTest {
    private static final Language ID = Fixtures.ID;
    private static final Language EN = Fixtures.EN;
    private static final SiteConfig CONFIG = Fixtures.SITE;
    static final String FACTS = """
            sources:
              report: {outlet: Daily Report}
            facts:
              each-side: {type: number, value: 1000, label: {id: Per pihak, en: Each side}, sources: [report]}
              talks-day: {type: date, value: 2025-05-16, label: {id: Hari, en: Day}, sources: [report]}
              stages:
                type: table
                label: {id: Tahap, en: Stages}
                columns: {n: {type: number, label: {id: N, en: N}}}
                rows: [{n: 1, sources: [report]}]
            boxes:
              exchange: {title: {id: Pertukaran, en: Exchange}, facts: [each-side]}
            """;

    @TempDir
    Path root;
    final Problems problems = new Problems();

    private RenderedMarkdown render(String file, String markdown) throws IOException {
        write("content/facts/data.yaml", FACTS);
        write("content/id/index.md", "---\ntitle: Beranda\ndescription: Beranda, secara singkat.\n---\n");
        write("content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");
        write(file, markdown);
        Site site = ContentLoader.load(root, CONFIG, true, problems);
        FactSheet facts = FactSheetLoader.load(root, CONFIG, problems);
        assertEquals(List.of(), reported(), "the project loads cleanly");
        Article article = site.articles().stream().filter(a -> a.file().equals(file)).findFirst().orElseThrow();
        Dictionary words = new Dictionary(article.language(), Map.of());
        return new MarkdownRenderer().render(article, site, facts, new FactFormatter(article.language(), words), problems);
    }

    private void write(String file, String text) {
        Fixtures.write(root, file, text);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aDirectiveLineBecomesTheBoxMarkerAndIsRecordedWithItsLine() throws IOException {
        RenderedMarkdown md = render("content/en/a.md", "---\ntitle: A\ndraft: true\n---\n\nIntro.\n\n::: factbox exchange\n\nAfter.\n");
        assertEquals(List.of(), reported());
        assertEquals(List.of(new FactRef("exchange", FactRef.Kind.BOX, 8)), md.facts());
        Document html = Jsoup.parseBodyFragment(md.html());
        assertEquals("exchange", html.selectFirst(RenderedMarkdown.BOX_MARKER).attr("box"));
        assertEquals(List.of("Intro.", "After."), html.select("p").eachText());
    }

    @Test
    void aDirectiveInsideAParagraphIsReportedAtItsOwnLine() throws IOException {
        render("content/en/a.md", "---\ntitle: A\ndraft: true\n---\n\nIntro line\n::: factbox exchange\n");
        assertEquals(List.of("content/en/a.md:7: \"::: factbox exchange\" is not a fact box directive; "
                + "write `::: factbox <box-id>` on a line of its own, with an empty line before and after it"), reported());
    }

    @Test
    void anInlineFactIsTheValueInTheArticlesLanguageInsideDataOrTime() throws IOException {
        RenderedMarkdown id = render("content/id/a.md", "---\ntitle: A\ndraft: true\n---\n\nPada {{fact talks-day}}, {{fact each-side}} tahanan.\n");
        Document html = Jsoup.parseBodyFragment(id.html());
        assertEquals("Pada 16 Mei 2025, 1.000 tahanan.", html.selectFirst("p").text());
        assertEquals("1000", html.selectFirst("data[data-fact=each-side]").attr("value"));
        assertEquals("2025-05-16", html.selectFirst("time[data-fact=talks-day]").attr("datetime"));
        assertEquals(List.of(new FactRef("talks-day", FactRef.Kind.INLINE, 6), new FactRef("each-side", FactRef.Kind.INLINE, 6)), id.facts());
    }

    @Test
    void inlineFactsCountAsNumbersThePoseStatesButTheirIdsDoNot() throws IOException {
        write("content/facts/more.yaml", "facts:\n  stage-2: {type: number, value: 307, label: {id: Dua, en: Two}, sources: [report]}\n");
        RenderedMarkdown en = render("content/en/a.md", "---\ntitle: A\ndraft: true\n---\n\nIn 2025, {{fact stage-2}} and 1,000 more.\n");
        assertEquals(List.of(new NumberMention("2025", "2025", 6), new NumberMention("1000", "1,000", 6), new NumberMention("307", "307", 6)), en.numbers());
    }

    @Test
    void aTableOrQuoteCannotStandInASentence() throws IOException {
        render("content/en/a.md", "---\ntitle: A\ndraft: true\n---\n\nSee {{fact stages}}.\n");
        assertEquals(List.of("content/en/a.md:6: fact \"stages\" is a table and cannot stand in a sentence; show it in a box: ::: factbox <box-id>"), reported());
    }

    @Test
    void aMisspeltInlineDirectiveIsReported() throws IOException {
        render("content/en/a.md", "---\ntitle: A\ndraft: true\n---\n\nSee {{fakt each-side}}.\n");
        assertEquals(List.of("content/en/a.md:6: \"{{fakt each-side}}\" is not an inline fact; write {{fact <fact-id>}}"), reported());
    }

    @Test
    void codeIsLeftAsWrittenAndStatesNoNumbers() throws IOException {
        RenderedMarkdown md = render("content/en/a.md", "---\ntitle: A\ndraft: true\n---\n\nWrite `{{fact each-side}}` or `1,000`.\n\n    ::: factbox exchange\n");
        assertEquals(List.of(), reported());
        assertEquals(List.of(), md.facts());
        assertEquals(List.of(), md.numbers());
        assertEquals(List.of("{{fact each-side}}", "1,000"), Jsoup.parseBodyFragment(md.html()).select("p code").eachText());
    }
}
