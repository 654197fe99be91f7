package jembatan.markdown;

import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders flexmark's text nodes as flexmark does (backslash escapes and entities undone, line
 * ends made {@code \n}, then {@code & < > "} escaped), but looks first: most text in an article
 * has no backslash, ampersand or carriage return, and then it only needs escaping. flexmark runs
 * a regular expression over every text node for the first step and another for the last; on a
 * cold build of 10,000 pages that was a sixth of the Markdown stage. A fenced code block's
 * content likewise: flexmark escapes it with a regular expression, which on the documentation
 * corpus was 7 % of a cold build's CPU. For that, code blocks keep their content as a
 * {@link CodeBlock} node (flexmark's {@code FENCED_CODE_CONTENT_BLOCK}), whose rendering is the
 * only part of a block's flexmark lets an extension take.
 */
final class PlainTextExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static PlainTextExtension create() {
        return new PlainTextExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.FENCED_CODE_CONTENT_BLOCK, true);
    }

    @Override
    public void extend(Parser.Builder builder) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // The renderer holds its own copy of the options: without it, flexmark's fenced-block renderer
        // escapes the content itself and never hands the content node to this one (same bytes, its speed).
        options.set(Parser.FENCED_CODE_CONTENT_BLOCK, true);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        // An extension's renderer comes before the core one, which renders only what none took.
        builder.nodeRendererFactory(options -> new TextRenderer());
    }

    private static final class TextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render), new NodeRenderingHandler<>(CodeBlock.class, TextRenderer::render));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String chars = SourceString.of(node.getChars());
            boolean plain = chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && chars.indexOf('\r') < 0;
            html.raw(escape(plain ? chars : Escaping.normalizeEOL(node.getChars().unescape())));
        }

        /** As flexmark's {@code html.text(content.normalizeEOL())}; an indented block's content, trimmed first, is left to flexmark. */
        private static void render(CodeBlock node, NodeRendererContext context, HtmlWriter html) {
            if (node.getParent() instanceof IndentedCodeBlock) {
                context.delegateRender();
                return;
            }
            String chars = SourceString.of(node.getContentChars());
            html.raw(escape(chars.indexOf('\r') < 0 ? chars : node.getContentChars().normalizeEOL()));
        }
    }

    /** {@code & < > "} as entities, as flexmark's {@code Escaping.escapeHtml(text, false)} writes them. */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && !special(text.charAt(first))) first++;
        if (first == text.length()) return text;
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"';
    }
}
