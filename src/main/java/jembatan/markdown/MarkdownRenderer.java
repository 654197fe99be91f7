package jembatan.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Turns an article's Markdown (CommonMark with GFM tables, strikethrough and task lists, and
 * footnotes) into HTML with one flexmark parser and renderer, built once and shared: both are
 * thread-safe, with Jembatan's directives as nodes of its own extension ({@link FactDirectives}).
 * One walk over the parsed document then hands each node to the part that reads it: links and
 * pictures to {@link ArticleLinks} (links to other articles' Markdown files become site paths),
 * box directives and misspelt ones to {@link ArticleFacts}, each text with its inline facts to
 * {@link ProseNumbers} (the numbers the prose states, and the facts' values in the article's
 * language). Headings get GitHub's ids ({@link HeadingIds}). An unknown file, box or fact, and
 * another generator's shortcode ({@link ForeignSyntax}), is a problem at its line; raw HTML the
 * allow-list removes ({@link RawHtml}), a dropped address and {@code $$} math are warnings,
 * carried in the result.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                FootnoteExtension.create(), PlainTextExtension.create(), FactDirectives.create()));
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
        return render(article, site, FactSheet.empty(), Optional.empty(), problems);
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
        return render(article, site, facts, Optional.of(formatter), problems);
    }

    private RenderedMarkdown render(Article article, Site site, FactSheet facts, Optional<FactFormatter> formatter, Problems problems) {
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

    private RenderedMarkdown renderBounded(Article article, Site site, FactSheet facts, Optional<FactFormatter> formatter, Problems problems) {
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
        int line = BodyLines.of(article).at(passed.offset());
        problems.at(article.file(), line, passed.message(), passed.hint());
        return new RenderedMarkdown("", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private RenderedMarkdown render(Document document, Article article, Site site, FactSheet facts, Optional<FactFormatter> formatter, Problems problems) {
        BodyLines lines = BodyLines.of(article);
        List<Problem> warnings = new ArrayList<>();
        ArticleLinks links = new ArticleLinks(new LinkResolution(article, site.pathsByFile(), site, problems));
        ArticleFacts directives = new ArticleFacts(article, facts, formatter, problems);
        ProseNumbers numbers = new ProseNumbers(NumberReader.of(article.language()),
                new ForeignSyntax(article.file(), article.body(), lines::at), directives);
        Set<FootnoteBlock> numbered = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Heading> headingNodes = new ArrayList<>();
        boolean rawHtml = false;
        for (Node node : nodes(document)) {
            if (node instanceof Heading heading) headingNodes.add(heading);
            int line = lines.at(node.getStartOffset());
            if (node instanceof HtmlInline inline && !(node instanceof HtmlInlineComment) && RawHtml.isText(inline)) {
                inline.insertBefore(new Text(inline.getChars()));
                inline.unlink();
                continue;
            }
            if ((node instanceof HtmlBlock || node instanceof HtmlInline) && !(node instanceof HtmlCommentBlock) && !(node instanceof HtmlInlineComment)) {
                rawHtml = true;
                // The tag inside a shortcode is reported with the shortcode.
                if (!ForeignSyntax.insideShortcode(node)) RawHtml.report(node.getChars().toString(), article.file(), line, warnings);
            }
            links.visit(node, line, problems, warnings);
            // flexmark numbers footnotes by where each is referenced last; GitHub, and readers, by where first.
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null && numbered.add(footnote.getFootnoteBlock())) {
                footnote.getFootnoteBlock().setFirstReferenceOffset(footnote.getStartOffset());
            }
            if (node instanceof FactBoxBlock box) directives.box(box, line);
            else if (node instanceof Paragraph paragraph) directives.paragraph(paragraph, line);
            else if (ProseNumbers.beginsText(node)) numbers.read(node, line, problems, warnings);
        }
        document.set(HeadingIds.BOX_IDS, HeadingIds.boxIds(facts));
        String html = renderer.render(document);
        // Markdown's own output is safe; an editor's raw HTML or an odd address passes the allow-list.
        if (rawHtml || links.unsafeAddress()) html = ArticleSafelist.clean(html);
        // The headings' ids are given as the document is rendered; the walk above changed no heading.
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        for (Heading heading : headingNodes) {
            headings.add(new RenderedMarkdown.Heading(heading.getLevel(), heading.getText().toString(), heading.getAnchorRefId(), lines.at(heading.getStartOffset())));
        }

        return new RenderedMarkdown(html, headings, links.links(), directives.refs(), numbers.numbers(), warnings);
    }

    /** The document's nodes as they are before the walk changes it. */
    private static List<Node> nodes(Document document) {
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        return nodes;
    }
}
