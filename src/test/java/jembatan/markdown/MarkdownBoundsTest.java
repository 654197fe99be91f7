package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown that once overflowed the stack or took the square of its length: each is a problem at
 * its line, or renders, in bounded time. The body starts at line 4 ({@link OneArticle}).
 */
class MarkdownBoundsTest {
    @TempDir
    Path root;

    private OneArticle render(String body) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> OneArticle.render(root, body));
    }

    private static String tooDeepAt(int line) {
        return "content/en/a.md:" + line + ": quotes, lists or emphasis are nested more than 100 levels deep here;"
                + " nest them less deeply; a reader cannot follow more than a few levels anyway";
    }

    @Test
    void aThousandQuoteMarksAreAProblemAtTheirLine() {
        OneArticle article = render("Text.\n\n" + ">".repeat(1_000) + " deep\n");
        assertEquals(List.of(tooDeepAt(7)), article.errors());
        assertEquals("", article.html());
    }

    @Test
    void fiveMegabytesOfQuoteMarksAreAProblemInLinearTime() {
        assertEquals(List.of(tooDeepAt(5)), render(">".repeat(5_000_000) + "\n").errors());
    }

    @Test
    void listsFiveHundredDeepAreAProblemAtTheLineThatPassesTheBound() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 500; i++) body.append("  ".repeat(i)).append("- item\n");
        // Line 101 of the body is the 101st level.
        assertEquals(List.of(tooDeepAt(105)), render(body.toString()).errors());
    }

    @Test
    void quotesAndListsAHundredDeepStillRender() {
        OneArticle article = render("> ".repeat(50) + "- ".repeat(49) + "deep\n");
        assertEquals(List.of(), article.errors());
        assertTrue(article.html().contains("deep"));
    }

    @Test
    void emphasisNestedThousandsDeepIsAProblem() {
        assertEquals(List.of(tooDeepAt(5)), render("*a ".repeat(5_000) + "x" + " a*".repeat(5_000) + "\n").errors());
    }

    @Test
    void aLongParagraphInsideAQuoteIsAProblemAtItsFirstLine() {
        String body = "Text.\n\n" + "> quoted line\n".repeat(1_001);
        assertEquals(List.of("content/en/a.md:7: this paragraph or table inside a quote, a list or a footnote has 1001 lines, more than 1000;"
                + " end the quote or the list before it, or split it with empty lines"), render(body).errors());
        assertEquals(List.of(), render("> quoted line\n".repeat(1_000)).errors());
    }

    @Test
    void aQuoteRunningOnForMoreThanTwentyThousandLinesIsAProblem() {
        String body = "- item\n\n  ```\n" + "  code\n".repeat(20_001) + "  ```\n";
        assertEquals(List.of("content/en/a.md:7: this quote, list or indented block runs on for more than 20000 lines;"
                + " end it sooner: write what follows at the left margin"), render(body).errors());
    }

    @Test
    void longRunsThatFlexmarkReadsByRecursionRenderOnALargerStack() {
        // Each overflowed a build thread's stack from about 2,000 characters.
        OneArticle comment = render("Text <!-- " + "note ".repeat(4_000) + "--> more.\n");
        assertEquals(List.of(), comment.errors());
        assertEquals("<p>Text  more.</p>\n", comment.html().replaceAll("<!--.*-->", ""));
        OneArticle title = render("[a](https://example.org/ \"" + "t".repeat(20_000) + "\")\n");
        assertTrue(title.html().contains("title=\"ttt"), title.html().substring(0, 80));
        assertEquals(List.of(), render("*".repeat(20_000) + "\n").errors());
    }

    @Test
    void referenceLinksStillResolveWithTheLinearInlineParser() {
        OneArticle article = render("See [the page][p] and [p].\n\n[p]: https://example.org/\n");
        assertEquals("<p>See <a href=\"https://example.org/\">the page</a> and <a href=\"https://example.org/\">p</a>.</p>\n", article.html());
    }

    @Test
    void aFiveMegabyteArticleBuildsInSeconds() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 5_000_000; i++) {
            body.append("## Part ").append(i).append("\n\n");
            for (int j = 0; j < 20; j++) body.append("A [link ").append(j).append("](https://example.org/").append(j).append(") and *more* text. ");
            body.append("\n\n| a | b |\n|---|---|\n| 1 | [x](about.md) |\n\n> quoted\n> lines\n\n- a\n  - b\n\n");
        }
        long start = System.nanoTime();
        assertEquals(List.of(), render(body.toString()).errors());
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertTrue(seconds < 30, "took " + seconds + " s");
    }
}
