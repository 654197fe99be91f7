package jembatan.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.facts.Fact;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactValue;
import jembatan.markdown.RenderedMarkdown.FactRef;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import jembatan.report.Problems;
import jembatan.report.Suggestion;
import org.jsoup.nodes.Entities;

/**
 * Turns an article's Markdown (CommonMark with GFM tables, strikethrough and task lists, and
 * footnotes) into HTML with one flexmark parser and renderer, built once and shared: both are
 * thread-safe. On the way it resolves links to other articles' Markdown files ({@code about.md})
 * into site paths, turns a {@code ::: factbox id} line into a marker for its box, writes each
 * {@code {{fact id}}} as the fact's value in the article's language, and notes every number the
 * prose states. Headings get GitHub's ids ({@link HeadingIds}). An unknown file, box or fact, and
 * another generator's shortcode ({@link ForeignSyntax}), is a problem at its line; raw HTML the
 * allow-list removes ({@link RawHtml}), a dropped address and {@code $$} math are warnings,
 * carried in the result.
 */
public final class MarkdownRenderer {
    /** A box directive, alone in its paragraph. */
    private static final Pattern BOX = Pattern.compile(":::\\s*factbox\\s+(\\S+)\\s*");
    /** Anything that looks like a directive, to catch a misspelt one. */
    private static final Pattern DIRECTIVE_LIKE = Pattern.compile("^\\s*:::.*", Pattern.MULTILINE);
    /** An inline fact; {@code {{<} and {@code {{%} open another generator's shortcodes ({@link ForeignSyntax}). */
    private static final Pattern INLINE = Pattern.compile("\\{\\{(?![<%])\\s*(\\S+)(?:\\s+(\\S+))?\\s*}}");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create(), PlainTextExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // A task's checkbox as the HTML checker accepts it (flexmark's adds readonly, which a checkbox may not have).
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" checked disabled> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" disabled> ");
        // The arrow as text, not as the emoji some phones draw instead.
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "&#8617;&#65038;");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Attributes carried by nodes are not used here; flexmark's provider of them looks through
        // all of a node's children for each tag, and for the footnotes' list that node is the whole
        // document: n footnotes cost n times the article's blocks.
        options.set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false);
        // Text passes through the writer as it is instead of being checked for whitespace to fold
        // character by character: the output is the same (the renderer does not indent), in
        // half the time.
        options.set(HtmlRenderer.FORMAT_FLAGS, HtmlRenderer.FORMAT_FLAGS.get(null) | LineAppendable.F_PASS_THROUGH);
        // Two of flexmark's steps cost the square of a paragraph's length; these stand in for them.
        HeadingLinesOnly.replaceCore(options);
        options.toImmutable();
        this.parser = LinearInlineParser.install(Parser.builder(options)).customBlockParserFactory(new HeadingLinesOnly())
                .paragraphPreProcessorFactory(new MarkdownBounds.NestedLines()).build();
        this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new HeadingIds()).build();
    }

    /** Made when first asked for, so that a cold build can make it on another core while it reads the project. */
    private static final class Shared {
        static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
    }

    /** The renderer every build shares. */
    public static MarkdownRenderer shared() {
        return Shared.INSTANCE;
    }

    /** Parses and renders a little Markdown, so that a cold JVM has loaded flexmark before the build needs it. */
    public static void warm() {
        shared().renderer.render(shared().parser.parse("# A\n\n*b* [c](d.md)\n\n| e | f |\n|---|---|\n| 1 | 2 |\n\n> g\n"));
    }

    /** Renders an article of a site without facts. */
    public RenderedMarkdown render(Article article, Site site, Problems problems) {
        return render(article, site, FactSheet.empty(), null, problems);
    }

    /**
     * Renders one article of {@code site}, writing facts with {@code formatter} (the article's
     * language). Markdown nested or repeated past {@link MarkdownBounds} is a problem at its line,
     * and the article renders empty. flexmark reads some constructs (a long HTML comment or link
     * title in a sentence, a wide table) by recursion as deep as they are long: one that overflows
     * the build thread's stack is rendered again on a thread with a far larger one, and only one
     * that overflows that too is a problem.
     */
    public RenderedMarkdown render(Article article, Site site, FactSheet facts, FactFormatter formatter, Problems problems) {
        Problems found = new Problems();
        RenderedMarkdown rendered;
        try {
            rendered = renderBounded(article, site, facts, formatter, found);
        } catch (StackOverflowError overflow) {
            found = new Problems();
            Problems retried = found;
            rendered = MarkdownBounds.onLargeStack(() -> renderBounded(article, site, facts, formatter, retried))
                    .orElseGet(() -> nothing(article, MarkdownBounds.overflowed(article.body()), retried));
        }
        problems.addAllFrom(found);
        return rendered;
    }

    private RenderedMarkdown renderBounded(Article article, Site site, FactSheet facts, FactFormatter formatter, Problems problems) {
        Optional<MarkdownBounds.Passed> passed = MarkdownBounds.beforeParsing(article.body());
        if (passed.isPresent()) return nothing(article, passed.get(), problems);
        Document document;
        try {
            document = parser.parse(article.body());
        } catch (MarkdownBounds.TooLong tooLong) {
            return nothing(article, tooLong.passed, problems);
        }
        OptionalInt deep = MarkdownBounds.tooDeepAfterParsing(document);
        if (deep.isPresent()) return nothing(article, MarkdownBounds.tooDeep(deep.getAsInt()), problems);
        return render(document, article, site, facts, formatter, problems);
    }

    /** An empty body, for an article past a bound: the problem says where. */
    private static RenderedMarkdown nothing(Article article, MarkdownBounds.Passed passed, Problems problems) {
        int line = article.bodyLine() + lineOf(lineStarts(article.body()), passed.offset());
        problems.at(article.file(), line, passed.message(), passed.hint());
        return new RenderedMarkdown("", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private RenderedMarkdown render(Document document, Article article, Site site, FactSheet facts, FactFormatter formatter, Problems problems) {
        List<RenderedMarkdown.LinkRef> links = new ArrayList<>();
        List<FactRef> factRefs = new ArrayList<>();
        List<NumberMention> numbers = new ArrayList<>();
        LinkResolution resolution = new LinkResolution(article, site.pathsByFile(), site, problems);
        NumberReader numberReader = NumberReader.of(article.language());
        int[] lineStarts = lineStarts(article.body());
        List<Problem> warnings = new ArrayList<>();
        ForeignSyntax foreign = new ForeignSyntax(article.file(), article.body(), offset -> article.bodyLine() + lineOf(lineStarts, offset));
        Set<FootnoteBlock> numbered = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean rawHtml = false;
        boolean unsafeAddress = false;
        // The walk changes the document as it goes: it goes over the nodes as they were, skipping
        // those taken out with a paragraph (a box's directive), which are looked for only once one was.
        boolean unlinked = false;
        for (Node node : iterable(document)) {
            if (unlinked && !attached(node)) continue;
            // flexmark's own getStartLineNumber() scans the text from its start: per node, that is quadratic.
            int line = article.bodyLine() + lineOf(lineStarts, node.getStartOffset());
            if (node instanceof HtmlInline inline && !(node instanceof HtmlInlineComment) && RawHtml.isText(inline)) {
                Text text = new Text(inline.getChars());
                inline.insertBefore(text);
                inline.unlink();
                continue;
            }
            if ((node instanceof HtmlBlock || node instanceof HtmlInline) && !(node instanceof HtmlCommentBlock) && !(node instanceof HtmlInlineComment)) {
                rawHtml = true;
                // The tag inside a shortcode is reported with the shortcode.
                if (!ForeignSyntax.insideShortcode(node)) RawHtml.report(node.getChars().toString(), article.file(), line, warnings);
            }
            String address = node instanceof Link link ? link.getUrl().toString() : node instanceof Image image ? image.getUrl().toString()
                    : node instanceof Reference reference ? reference.getUrl().toString() : null;
            if (address != null && !ArticleSafelist.allowedAddress(address)) {
                unsafeAddress = true;
                warnings.add(Problem.warningAt(article.file(), line, "address \"" + address + "\" is not allowed and was removed (the text is kept)",
                        "links may use http:, https:, mailto: and tel: addresses, pictures http: and https:"));
            }
            // flexmark numbers footnotes by where each is referenced last; GitHub, and readers, by where first.
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null && numbered.add(footnote.getFootnoteBlock())) {
                footnote.getFootnoteBlock().setFirstReferenceOffset(footnote.getStartOffset());
            }
            if (node instanceof Link link) {
                resolution.resolve(link.getUrl().toString(), line, links).ifPresent(url -> link.setUrl(BasedSequence.of(url)));
            } else if (node instanceof Image image) {
                String written = image.getUrl().toString();
                resolution.resolve(written, line, links).ifPresent(url -> image.setUrl(BasedSequence.of(url)));
                if (image.getText().isBlank()) {
                    problems.at(article.file(), line, "picture \"" + written + "\" has no alt text",
                            "describe it for readers who cannot see it, between the brackets: ![Delegations at the table](" + written + ")");
                }
            } else if (node instanceof Reference reference) {
                resolution.resolve(reference.getUrl().toString(), line, links).ifPresent(url -> reference.setUrl(BasedSequence.of(url)));
            } else if (node instanceof Paragraph paragraph) {
                unlinked |= box(paragraph, article, line, facts, factRefs, problems);
            } else if (node instanceof Text text && !insideCode(text)) {
                String chars = SourceString.of(text.getChars());
                if (ForeignSyntax.mayHold(chars)) foreign.look(text, problems, warnings);
                boolean directives = chars.contains("{{");
                // A link whose text is its own address names a place on the web, not a number.
                String prose = directives ? INLINE.matcher(chars).replaceAll(" ") : addressText(text) ? "" : chars;
                for (NumberReader.Found found : numberReader.read(prose)) {
                    numbers.add(new NumberMention(found.value(), found.written(), line));
                }
                if (directives) inlineFacts(text, article, line, facts, formatter, numberReader, factRefs, numbers, problems);
            }
        }
        document.set(HeadingIds.BOX_IDS, HeadingIds.boxIds(facts));
        String html = renderer.render(document);
        // Markdown's own output is safe; an editor's raw HTML or an odd address passes the allow-list.
        if (rawHtml || unsafeAddress) html = ArticleSafelist.clean(html);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        for (Node node : iterable(document)) {
            if (node instanceof Heading heading) {
                headings.add(new RenderedMarkdown.Heading(heading.getLevel(), heading.getText().toString(),
                        heading.getAnchorRefId(), article.bodyLine() + lineOf(lineStarts, heading.getStartOffset())));
            }
        }
        return new RenderedMarkdown(html, headings, links, factRefs, numbers, warnings);
    }

    /** The offset at which each line of {@code text} starts. */
    static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == starts.length) starts = java.util.Arrays.copyOf(starts, count * 2);
            starts[count++] = at + 1;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** The 0-based line of an offset, as flexmark counts it. */
    static int lineOf(int[] lineStarts, int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private static List<Node> iterable(Document document) {
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        return nodes;
    }

    /** Whether a node is still in the document: the text of a directive's paragraph is not. */
    private static boolean attached(Node node) {
        Node top = node;
        while (top.getParent() != null) top = top.getParent();
        return top instanceof Document;
    }

    private static boolean insideCode(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Code || parent instanceof FencedCodeBlock || parent instanceof IndentedCodeBlock) return true;
        }
        return false;
    }

    private static final Pattern ADDRESS_SCHEME = Pattern.compile("^(?:https?://|mailto:|tel:)");
    private static final Pattern WEB_SCHEME = Pattern.compile("^(?:https?://)");
    private static final Pattern SLASH_AT_END = Pattern.compile("/$");

    private static String withoutSlash(String address) {
        return SLASH_AT_END.matcher(address).replaceFirst("");
    }

    /** Whether a text is the whole text of a link and the link's address ({@code [example.org/2023](https://example.org/2023)}). */
    private static boolean addressText(Text text) {
        if (!(text.getParent() instanceof Link link) || text.getPrevious() != null || text.getNext() != null) return false;
        String shown = text.getChars().toString().strip();
        String url = link.getUrl().toString();
        return url.equals(shown) || withoutSlash(ADDRESS_SCHEME.matcher(url).replaceFirst("")).equals(withoutSlash(WEB_SCHEME.matcher(shown).replaceFirst("")));
    }

    /** A paragraph that is a {@code ::: factbox id} line becomes the box's marker; whether it did. */
    private static boolean box(Paragraph paragraph, Article article, int line, FactSheet facts, List<FactRef> refs, Problems problems) {
        if (paragraph.getChars().indexOf(":::") < 0) return false;
        String text = paragraph.getChars().toString().strip();
        Matcher box = BOX.matcher(text);
        if (box.matches()) {
            String id = box.group(1);
            if (facts.box(id).isEmpty()) {
                problems.add(Problem.at(article.file(), line, "unknown fact box \"" + id + "\"",
                        Suggestion.didYouMean(id, facts.boxes().keySet(), facts.boxes().isEmpty()
                                ? "declare boxes under boxes: in a file in content/facts/"
                                : "the boxes are: " + String.join(", ", facts.boxes().keySet())))
                        .followingFrom(facts.gaps().behindBox(id)));
                return false;
            }
            refs.add(new FactRef(id, FactRef.Kind.BOX, line));
            BasedSequence html = BasedSequence.of(RenderedMarkdown.boxMarker(id) + "\n");
            HtmlBlock marker = new HtmlBlock();
            // flexmark renders an HTML block from its content lines, not from its characters.
            marker.setChars(html);
            marker.setContent(html, List.of(html));
            paragraph.insertBefore(marker);
            paragraph.unlink();
            return true;
        }
        Matcher directive = DIRECTIVE_LIKE.matcher(text);
        while (directive.find()) {
            int offset = (int) text.substring(0, directive.start()).chars().filter(c -> c == '\n').count();
            String written = directive.group().strip();
            problems.at(article.file(), line + offset, "\"" + written + "\" is not a fact box directive",
                    "write `::: factbox <box-id>` on a line of its own, with an empty line before and after it");
        }
        return false;
    }

    /** Replaces each {@code {{fact id}}} in a text with the fact's value, in an element that keeps the value for machines. */
    private static void inlineFacts(Text text, Article article, int line, FactSheet facts, FactFormatter formatter,
                                    NumberReader numberReader, List<FactRef> refs, List<NumberMention> numbers, Problems problems) {
        String chars = text.getChars().toString();
        Matcher matcher = INLINE.matcher(chars);
        if (!matcher.find()) return;
        matcher.reset();
        int last = 0;
        List<Node> replacement = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.start() > last) replacement.add(new Text(BasedSequence.of(chars.substring(last, matcher.start()))));
            last = matcher.end();
            Optional<Fact> fact = inlineFact(matcher, article, line, facts, problems);
            if (fact.isEmpty() || formatter == null) {
                replacement.add(new Text(BasedSequence.of(matcher.group())));
                continue;
            }
            refs.add(new FactRef(fact.get().id(), FactRef.Kind.INLINE, line));
            String shown = formatter.value(fact.get());
            String machine = FactFormatter.machine(fact.get().value());
            // The value is read back as the prose would be, so a typed number in the other language still matches it.
            for (NumberReader.Found found : numberReader.read(shown)) numbers.add(new NumberMention(found.value(), found.written(), line));
            replacement.add(new HtmlInline(BasedSequence.of(element(fact.get(), shown, machine))));
        }
        if (last < chars.length()) replacement.add(new Text(BasedSequence.of(chars.substring(last))));
        for (Node node : replacement) text.insertBefore(node);
        text.unlink();
    }

    private static Optional<Fact> inlineFact(Matcher matcher, Article article, int line, FactSheet facts, Problems problems) {
        String verb = matcher.group(1);
        String id = matcher.group(2);
        if (!verb.equals("fact") || id == null) {
            problems.at(article.file(), line, "\"" + matcher.group() + "\" is not an inline fact", "write {{fact <fact-id>}}");
            return Optional.empty();
        }
        Optional<Fact> fact = facts.fact(id);
        if (fact.isEmpty()) {
            problems.add(Problem.at(article.file(), line, "unknown fact \"" + id + "\"", Suggestion.didYouMean(id, facts.facts().keySet(),
                    facts.facts().isEmpty() ? "declare it under facts: in a file in content/facts/" : "check the id in content/facts/"))
                    .followingFrom(facts.gaps().behindFact(id)));
            return Optional.empty();
        }
        if (fact.get().value() instanceof FactValue.Table || fact.get().value() instanceof FactValue.Quote) {
            problems.at(article.file(), line, "fact \"" + id + "\" is a " + fact.get().type().yamlName() + " and cannot stand in a sentence",
                    "show it in a box: ::: factbox <box-id>");
            return Optional.empty();
        }
        return fact;
    }

    /** {@code <data value="1000">1.000</data>}, {@code <time datetime="2025-05-16">16 Mei 2025</time>} or a plain span. */
    private static String element(Fact fact, String shown, String machine) {
        String id = Entities.escape(fact.id());
        String text = Entities.escape(shown);
        FactValue value = fact.value();
        if (value instanceof FactValue.Amount) {
            return "<data class=\"fact\" data-fact=\"" + id + "\" value=\"" + machine + "\">" + text + "</data>";
        }
        // A duration of years and months is no valid HTML datetime: it stays a plain span.
        if (value instanceof FactValue.Day || value instanceof FactValue.Month) {
            return "<time class=\"fact\" data-fact=\"" + id + "\" datetime=\"" + machine + "\">" + text + "</time>";
        }
        return "<span class=\"fact\" data-fact=\"" + id + "\">" + text + "</span>";
    }
}
