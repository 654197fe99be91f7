package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jembatan.report.Problem;
import org.junit.jupiter.api.Test;

/** Hugo's shortcodes in a page's text: converted, or left out and reported at their SOURCE line; code left as typed. */
class ShortcodesTest {
    private final ImportReport report = new ImportReport();

    private String convert(String body) {
        HugoPage page = new HugoPage("content/en/a.md", "en", "", "a", HugoPage.Kind.PAGE,
                new HugoFrontMatter(HugoFrontMatter.EMPTY, "YAML", body, 5));
        Placement placement = new Placement(page, "content/en/a.md", "/en/a/", "/en/a/");
        return new Shortcodes(new PageText(placement, new LinkTargets("https://example.org/"), report, 5)).convert(body);
    }

    private List<String> notes() {
        return report.notes().stream().map(Problem::toString).toList();
    }

    @Test
    void aShortcodeInCodeIsTextAndStaysAsTyped() {
        String body = "```\n{{< tab \"Go\" >}}\n```\n\nWrite `{{< figure src=\"a.png\" >}}` for a picture.\n\n    {{< youtube abc >}}\n";
        assertEquals(body, convert(body));
        assertEquals(List.of(), notes());
    }

    @Test
    void anUnknownShortcodeIsLeftOutAndReportedAtItsLineAndAPairKeepsItsText() {
        String body = "First.\n\n{{< tab \"Go\" >}}\n\n{{% notice info %}}\nMind the **gap**.\n{{% /notice %}}\n";
        assertEquals("First.\n\n\n\n\nMind the **gap**.\n\n", convert(body));
        assertEquals(List.of(
                "content/en/a.md:7: the shortcode {{< tab >}} was left out; Jembatan has no shortcodes; write what it showed as Markdown (a link, a picture), if readers need it",
                "content/en/a.md:9: the shortcode {{% notice %}} was left out, its text kept; Jembatan has no shortcodes; write what it added as Markdown, if readers need it"),
                notes());
        assertEquals(java.util.Map.of("shortcodes", 2), report.droppedCounts());
    }

    @Test
    void highlightBecomesAFenceLongerThanTheCodesOwnBackticks() {
        String body = "Run:\n{{< highlight md \"linenos=table\" >}}\n```go\nx := 1\n```\n{{< /highlight >}}\nDone.\n";
        assertEquals("Run:\n````md\n```go\nx := 1\n```\n````\nDone.\n", convert(body));
        assertEquals(java.util.Map.of("highlight → fenced code", 1), report.convertedCounts());
    }

    @Test
    void detailsNestAroundOtherPairs() {
        String body = "{{< details summary=\"Linux\" open=\"true\" >}}\n{{< notice >}}\nUse apt.\n{{< /notice >}}\n{{< /details >}}\n";
        assertEquals("<details open>\n<summary>Linux</summary>\n\n\nUse apt.\n\n</details>\n", convert(body));
    }

    @Test
    void figureYoutubeAndVimeoBecomeMarkdown() {
        assertEquals("![Ships](harbour.png \"Port\")\n\n*Ships at dawn*",
                convert("{{< figure src=\"harbour.png\" alt=\"Ships\" title=\"Port\" caption=\"Ships at dawn\" >}}"));
        assertEquals("[![Video on YouTube](https://i.ytimg.com/vi/abc/hqdefault.jpg)](https://www.youtube.com/watch?v=abc)", convert("{{< youtube abc >}}"));
        assertEquals("[Video on Vimeo](https://vimeo.com/123)", convert("{{< vimeo id=\"123\" >}}"));
    }

    @Test
    void anEscapedShortcodeIsShownAsHugoShowsIt() {
        assertEquals("Write `{{< figure >}}`.\n\n```\n{{< ref \"a.md\" >}}\n```\n",
                convert("Write {{</* figure */>}}.\n\n```\n{{</* ref \"a.md\" */>}}\n```\n"));
    }

    @Test
    void aRefToNoPageIsReportedAndKeptForTheCheckToFind() {
        assertEquals("[see](missing.md)", convert("[see]({{< ref \"missing.md\" >}})"));
        assertEquals(List.of("content/en/a.md:5: ref \"missing.md\" names no page of the site; it was written as the link \"missing.md\"; "
                + "link to the Markdown file of the page you meant"), notes());
    }
}
