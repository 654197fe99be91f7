package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text comes out exactly as flexmark's own renderer writes it, whether or not it takes the quick way. */
class PlainTextExtensionTest {
    private static String render(String markdown, boolean quick) {
        MutableDataSet options = new MutableDataSet();
        if (quick) options.set(Parser.EXTENSIONS, List.of(PlainTextExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain prose, with 1.000 prisoners on 16 Mei 2025.",
            "Quotes \"like this\" and <angle> brackets & ampersands.",
            "Entities: &amp; &copy; &#1000; &#x3E; &nbsp;and &unknown; and a lone & sign.",
            "Backslash escapes: \\*not emphasis\\*, \\# and \\\\ and \\a.",
            "Windows line ends\r\nin one paragraph\r\nand *emphasis* between.",
            "An old Mac line end\rin between.",
            "Links [a \"b\" & c](https://example.org/?a=1&b=2) and `code & <tags>`.",
            "# A heading with & and \"quotes\"\n\n- a list & <b>raw</b> item\n- \\- escaped",
            "| a & b | \"c\" |\n|---|---|\n| <d> | e\\|f |",
            "Unicode — em dash, “curly quotes”, ‘single’, and emoji 🙂 & more.",
            "```\nif (a < b && c > \"d\") {}\n```",
            "```java extra words\nString s = \"&amp; \\\\n\";\n\n\n```\n\nafter",
            "~~~\nCRLF\r\nlines & <b>\r\n~~~\r\n",
            "```\nan old Mac\rline end\r```",
            "```\nnever closed & <open>\n",
            "```\n```\n\n```\n\n```",
            "> ```\n> quoted & <code>\n>   indented\n> ```",
            "- item\n\n  ```\n  listed \"code\"\n  & more\n  ```\n- next",
            "    indented & <code>\n    \"block\"\n\n\n    tail\n\nafter",
            "text\n\n    an indented block at the end, without a line end",
            "text\n\n    an indented block\n    \n      \n",

            "```\nNUL\u0000here & there\n```",
            "Text with `inline & <code>` and\n\n```\n{{fact x}} ::: factbox y\n```",
    })

    void rendersTextAsFlexmarkDoes(String markdown) {
        assertEquals(render(markdown, false), render(markdown, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a & b", "<tag attr=\"v\">", "&amp;", "\"", "ends with >"})
    void escapesAsFlexmarkDoes(String text) {
        assertEquals(com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(text, false), PlainTextExtension.escape(text));
    }
}
