package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another generator's shortcodes are errors with what to write instead; {@code $$} math is a warning. */
class ForeignSyntaxTest {
    @TempDir
    Path root;

    @Test
    void eachShortcodeIsAnErrorAtItsLineSayingWhatToWriteInstead() {
        OneArticle article = OneArticle.render(root, """
                {{< tab "Go" >}}
                See {{< ref "about.md" >}} and {{% notice info %}}.

                {{< figure src="../media/photo.jpg" alt="x" >}}

                {{< highlight go >}}

                {{< details title="More" >}}
                {{< /tab >}}
                """);
        assertEquals(List.of(
                "content/en/a.md:5: \"{{< tab \"Go\" >}}\" is another generator's shortcode; remove it; Jembatan has no shortcodes, write the content as Markdown",
                "content/en/a.md:6: \"{{% notice info %}}\" is another generator's shortcode; remove it; Jembatan has no shortcodes, write the content as Markdown",
                "content/en/a.md:6: \"{{< ref \"about.md\" >}}\" is another generator's shortcode; Jembatan has no shortcodes; link to the Markdown file instead: [the text](about.md)",
                "content/en/a.md:8: \"{{< figure src=\"../media/photo.jpg\" alt=\"x\" >}}\" is another generator's shortcode; "
                        + "Jembatan has no shortcodes; show the picture with Markdown instead: ![describe what it shows](../media/photo.jpg)",
                "content/en/a.md:10: \"{{< highlight go >}}\" is another generator's shortcode; "
                        + "Jembatan has no shortcodes; write a fenced code block instead: ```go on the line before the code and ``` on the line after it",
                "content/en/a.md:12: \"{{< details title=\"More\" >}}\" is another generator's shortcode; "
                        + "Jembatan has no shortcodes; write <details><summary>The title</summary> ... </details> instead",
                "content/en/a.md:13: \"{{< /tab >}}\" is another generator's shortcode; remove it; Jembatan has no shortcodes, write the content as Markdown"),
                article.errors());
    }

    @Test
    void aShortcodeWhoseTagLooksLikeHtmlIsReportedAsAShortcodeOnly() {
        OneArticle article = OneArticle.render(root, "{{<figure src=\"../media/p.jpg\">}}\n");
        assertEquals(List.of("content/en/a.md:5: \"{{<figure src=\"../media/p.jpg\">}}\" is another generator's shortcode; "
                + "Jembatan has no shortcodes; show the picture with Markdown instead: ![describe what it shows](../media/p.jpg)"), article.errors());
        assertEquals(List.of(), article.warnings());
    }

    @Test
    void inCodeAShortcodeIsText() {
        OneArticle article = OneArticle.render(root, """
                Write `{{< tab >}}` in Hugo.

                ```
                {{< highlight go >}}
                ```

                    {{% notice %}}
                """);
        assertEquals(List.of(), article.errors());
        assertTrue(article.html().contains("<code>{{&lt; tab &gt;}}</code>"), article.html());
    }

    @Test
    void inlineFactsStillWork() {
        OneArticle article = OneArticle.render(root, "{{fact x}} and {{ nope }}\n");
        assertEquals(List.of("content/en/a.md:5: \"{{ nope }}\" is not an inline fact; write {{fact <fact-id>}}",
                "content/en/a.md:5: unknown fact \"x\"; declare it under facts: in a file in content/facts/"), article.errors());
    }

    @Test
    void mathIsAWarningOncePerParagraphAndStaysAsTyped() {
        OneArticle article = OneArticle.render(root, """
                The energy:

                $$
                E = mc^2
                $$

                Inline $$x^2$$ too. Two dollars: \\$\\$, and `$$` in code.
                """);
        assertEquals(List.of(), article.errors());
        assertEquals(List.of(
                "content/en/a.md:7: warning: \"$$\" math is not supported: the formula is shown as typed; "
                        + "write it in words, or show it as a picture with alt text; to show two dollar signs, write \\$\\$",
                "content/en/a.md:11: warning: \"$$\" math is not supported: the formula is shown as typed; "
                        + "write it in words, or show it as a picture with alt text; to show two dollar signs, write \\$\\$"),
                article.warnings());
        assertTrue(article.html().contains("<p>$$\nE = mc^2\n$$</p>"), article.html());
    }
}
