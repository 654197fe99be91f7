package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jembatan.Fixtures;
import jembatan.config.Dictionary;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the directives {@code ::: factbox id} and {@code {{fact id}}} accept and refuse, pinned case by
 * case: the problems an editor reads, the facts and numbers recorded, and the HTML, for the edge cases
 * (spacing, a directive over two lines or inside a sentence, misspellings, braces, code, escapes,
 * headings, links, tables) in {@code src/test/resources/markdown/directives.txt}
 * ({@code -Djembatan.directives.update=true} writes it again).
 */
class FactDirectivesTest {
    private static final Path PINNED = Path.of("src/test/resources/markdown/directives.txt");
    private static final String[] CASES = {
        ":::factbox exchange", "::: factbox exchange   ", "::: factbox\nexchange", "::: factbox", "::: factbox exchange extra",
        "::: factbox exchange\nmore text", "> ::: factbox exchange", "- ::: factbox exchange", "  ::: factbox exchange",
        "[r]: https://example.org\n::: factbox exchange", ":::  factbox  exchange", "::: Factbox exchange", "::: factbox exchang 2025",
        "Intro ::: factbox exchange",
        "A {{fact each-side}} b", "A {{ fact each-side }} b", "A {{fact}} b", "A {{fact each-side extra}} b", "A {{fact *each-side*}} b",
        "A {{fact each-side}}} b", "A {{{fact each-side}} b", "A `{{fact each-side}}` b", "A \\{{fact each-side}} b",
        "A {{fact each-side}}{{fact talks-day}} b", "## {{fact each-side}} prisoners\n\n## 1,000 prisoners", "[{{fact each-side}}](https://x.org) 2025",
        "| h |\n|---|\n| {{fact each-side}} |", "A {{fact\neach-side}} b", "A {{fact each-side}}, 2025 and {{fact talks-day}} 3 <b>x</b>",
        "A {{fact a&amp;b}} b", "A {{fact each-side}} {{< ref x >}} b", "{{fact each-side}}\n::: factbox exchange",
    };

    @TempDir
    Path dir;

    @Test
    void eachEdgeCaseRendersAndReportsAsPinned() throws IOException {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < CASES.length; n++) {
            Problems problems = new Problems();
            RenderedMarkdown md = render(dir.resolve("p" + n), "---\ntitle: A\ndraft: true\n---\n\n" + CASES[n] + "\n", problems);
            out.append("=== ").append(CASES[n].replace("\n", "\\n")).append('\n')
                    .append("problems ").append(problems.sorted()).append('\n')
                    .append("facts ").append(md.facts()).append(" numbers ").append(md.numbers()).append(" headings ").append(md.headings()).append('\n')
                    .append("html ").append(md.html().replace("\n", "\\n")).append('\n');
        }
        if (Boolean.getBoolean("jembatan.directives.update")) Files.writeString(PINNED, out);
        assertEquals(Files.readString(PINNED), out.toString());
    }

    private static RenderedMarkdown render(Path root, String markdown, Problems problems) {
        String file = "content/en/a.md";
        Fixtures.write(root, "content/facts/data.yaml", MarkdownFactsTest.FACTS);
        Fixtures.write(root, "content/id/index.md", "---\ntitle: Beranda\ndescription: Beranda, secara singkat.\n---\n");
        Fixtures.write(root, "content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n");
        Fixtures.write(root, file, markdown);
        Site site = ContentLoader.load(root, Fixtures.SITE, true, problems);
        FactSheet facts = FactSheetLoader.load(root, Fixtures.SITE, problems);
        Article article = site.article(file).orElseThrow();
        FactFormatter formatter = new FactFormatter(article.language(), new Dictionary(article.language(), Map.of()));
        return new MarkdownRenderer().render(article, site, facts, formatter, problems);
    }
}
