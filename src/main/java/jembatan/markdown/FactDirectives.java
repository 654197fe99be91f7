package jembatan.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The flexmark extension that reads Jembatan's two directives as Markdown: a paragraph that is
 * only {@code ::: factbox <id>} becomes a {@link FactBoxBlock}, and each {@code {{fact <id>}}} in a
 * text an {@link InlineFact}; both render through flexmark's {@link HtmlWriter}. They are found
 * where paragraphs and texts are final, after flexmark parsed the blocks and inlines as it
 * always does, rather than by a block parser of their own: a box is a paragraph, so what
 * counts as one (a line that cannot interrupt the paragraph before it, a directive continued on
 * the next line, one inside a quote or a list) stays exactly what an editor met before, and an
 * inline fact is a stretch of one text, so one split by emphasis or a line break is text, as
 * it was.
 */
final class FactDirectives implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** A box directive, alone in its paragraph. */
    private static final Pattern BOX = Pattern.compile(":::\\s*factbox\\s+(\\S+)\\s*");
    /** An inline fact; {@code {{<} and {@code {{%} open another generator's shortcodes ({@link ForeignSyntax}). */
    private static final Pattern INLINE = Pattern.compile("\\{\\{(?![<%])\\s*(\\S+)(?:\\s+(\\S+))?\\s*}}");

    private FactDirectives() {
    }

    static FactDirectives create() {
        return new FactDirectives();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.blockPreProcessorFactory(new Boxes());
        parser.postProcessorFactory(new InlineFacts());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.nodeRendererFactory(options -> new Rendering());
    }

    /** A paragraph that is a box directive, once its link definitions are taken out, becomes the box. */
    private static final class Boxes implements BlockPreProcessorFactory {
        @Override
        public Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(Paragraph.class);
        }

        @Override
        public BlockPreProcessor apply(ParserState state) {
            return (parserState, block) -> {
                if (!SourceString.contains(block.getChars(), ":::")) return;
                Matcher box = BOX.matcher(block.getChars().toString().strip());
                if (!box.matches()) return;
                FactBoxBlock directive = new FactBoxBlock(block.getChars(), box.group(1));
                block.insertBefore(directive);
                block.unlink();
                parserState.blockAdded(directive);
                parserState.blockRemoved(block);
            };
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    /** Each directive in a text outside code becomes a node between what stands before and after it. */
    private static final class InlineFacts extends NodePostProcessorFactory {
        InlineFacts() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (!SourceString.contains(node.getChars(), "{{") || insideCode(node)) return;
                    BasedSequence chars = node.getChars();
                    Matcher matcher = INLINE.matcher(SourceString.of(chars));
                    if (!matcher.find()) return;
                    // The text keeps what stands before the first directive; each directive holds the text after it.
                    int first = matcher.start();
                    int last = first;
                    Node previous = node;
                    InlineFact fact = null;
                    do {
                        if (matcher.start() > last) previous = after(state, previous, fact.rest(new Text(chars.subSequence(last, matcher.start()))));
                        fact = new InlineFact(chars.subSequence(matcher.start(), matcher.end()), matcher.group(1), Optional.ofNullable(matcher.group(2)));
                        previous = after(state, previous, fact);
                        last = matcher.end();
                    } while (matcher.find());
                    if (last < chars.length()) after(state, previous, fact.rest(new Text(chars.subSequence(last))));
                    node.setChars(chars.subSequence(0, first));
                }
            };
        }

        private static Node after(NodeTracker state, Node previous, Node node) {
            previous.insertAfter(node);
            state.nodeAdded(node);
            return node;
        }
    }

    static boolean insideCode(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof FencedCodeBlock || parent instanceof IndentedCodeBlock) return true;
        }
        return false;
    }

    /** The marker of a box, and an inline fact's value in its element (or the directive as written, when it has none). */
    private static final class Rendering implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(FactBoxBlock.class, (box, context, html) -> {
                        html.line();
                        html.attr("box", box.id()).withAttr().tag(RenderedMarkdown.BOX_MARKER).tag("/" + RenderedMarkdown.BOX_MARKER);
                        html.line();
                    }),
                    new NodeRenderingHandler<>(InlineFact.class, (fact, context, html) -> {
                        if (fact.shown().isEmpty()) {
                            html.text(Escaping.normalizeEOL(fact.getChars().unescape()));
                            return;
                        }
                        element(fact.shown().get(), html);
                    }));
        }

        /** {@code <data value="1000">1.000</data>}, {@code <time datetime="2025-05-16">16 Mei 2025</time>} or a plain span. */
        private static void element(InlineFact.Shown shown, HtmlWriter html) {
            html.attr("class", "fact").attr("data-fact", shown.factId());
            String tag = switch (shown.element()) {
                case DATA -> "data";
                case TIME -> "time";
                case SPAN -> "span";
            };
            if (shown.element() == InlineFact.Element.DATA) html.attr("value", shown.machine());
            if (shown.element() == InlineFact.Element.TIME) html.attr("datetime", shown.machine());
            html.withAttr().tag(tag).text(shown.text()).tag("/" + tag);
        }
    }
}
