package jembatan.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import jembatan.report.Problems;
import jembatan.report.Suggestion;
import org.jsoup.nodes.Entities;

/**
 * Turns an article's Markdown (CommonMark with GFM tables and strikethrough) into HTML with one
 * flexmark parser and renderer, built once and shared: both are thread-safe. On the way it
 * resolves links to other articles' Markdown files ({@code about.md}) into site paths, turns a
 * {@code ::: factbox id} line into a marker for its box, writes each {@code {{fact id}}} as the
 * fact's value in the article's language, and notes every number the prose states. An unknown
 * file, box or fact is a problem at its line.
 */
public final class MarkdownRenderer {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** A box directive, alone in its paragraph. */
    private static final Pattern BOX = Pattern.compile(":::\\s*factbox\\s+(\\S+)\\s*");
    /** Anything that looks like a directive, to catch a misspelt one. */
    private static final Pattern DIRECTIVE_LIKE = Pattern.compile("^\\s*:::.*", Pattern.MULTILINE);
    /** Pictures and documents that articles link to, published under /media/. */
    private static final String MEDIA = "content/media/";
    private static final Pattern INLINE = Pattern.compile("\\{\\{\\s*(\\S+)(?:\\s+(\\S+))?\\s*}}");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), PlainTextExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Text passes through the writer as it is instead of being checked for whitespace to fold
        // character by character: the output is the same (the renderer does not indent), in
        // half the time.
        options.set(HtmlRenderer.FORMAT_FLAGS, HtmlRenderer.FORMAT_FLAGS.get(null) | LineAppendable.F_PASS_THROUGH);
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
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

    /** Renders one article of {@code site}, writing facts with {@code formatter} (the article's language). */
    public RenderedMarkdown render(Article article, Site site, FactSheet facts, FactFormatter formatter, Problems problems) {
        Document document = parser.parse(article.body());
        List<RenderedMarkdown.LinkRef> links = new ArrayList<>();
        List<FactRef> factRefs = new ArrayList<>();
        List<NumberMention> numbers = new ArrayList<>();
        LinkResolution resolution = new LinkResolution(article, site.pathsByFile(), site, problems);
        NumberReader numberReader = NumberReader.of(article.language());
        int[] lineStarts = lineStarts(article.body());
        boolean rawHtml = false;
        boolean unsafeAddress = false;
        for (Node node : List.copyOf(iterable(document))) {
            if (!attached(node)) continue;
            // flexmark's own getStartLineNumber() scans the text from its start: per node, that is quadratic.
            int line = article.bodyLine() + lineOf(lineStarts, node.getStartOffset());
            if ((node instanceof HtmlBlock || node instanceof HtmlInline) && !(node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock)
                    && !(node instanceof com.vladsch.flexmark.ast.HtmlInlineComment)) {
                rawHtml = true;
            }
            if (node instanceof Link link && !ArticleSafelist.allowedAddress(link.getUrl().toString())) unsafeAddress = true;
            if (node instanceof Image image && !ArticleSafelist.allowedAddress(image.getUrl().toString())) unsafeAddress = true;
            if (node instanceof Reference reference && !ArticleSafelist.allowedAddress(reference.getUrl().toString())) unsafeAddress = true;
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
                box(paragraph, article, line, facts, factRefs, problems);
            } else if (node instanceof Text text && !insideCode(text)) {
                String chars = text.getChars().toString();
                boolean directives = chars.contains("{{");
                String prose = directives ? INLINE.matcher(chars).replaceAll(" ") : chars;
                for (NumberReader.Found found : numberReader.read(prose)) {
                    numbers.add(new NumberMention(found.value(), found.written(), line));
                }
                if (directives) inlineFacts(text, article, line, facts, formatter, numberReader, factRefs, numbers, problems);
            }
        }
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
        return new RenderedMarkdown(html, headings, links, factRefs, numbers);
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

    /** A paragraph that is a {@code ::: factbox id} line becomes the box's marker. */
    private static void box(Paragraph paragraph, Article article, int line, FactSheet facts, List<FactRef> refs, Problems problems) {
        if (paragraph.getChars().indexOf(":::") < 0) return;
        String text = paragraph.getChars().toString().strip();
        Matcher box = BOX.matcher(text);
        if (box.matches()) {
            String id = box.group(1);
            if (facts.box(id).isEmpty()) {
                problems.at(article.file(), line, "unknown fact box \"" + id + "\"",
                        Suggestion.didYouMean(id, facts.boxes().keySet(), facts.boxes().isEmpty()
                                ? "declare boxes under boxes: in a file in content/facts/"
                                : "the boxes are: " + String.join(", ", facts.boxes().keySet())));
                return;
            }
            refs.add(new FactRef(id, FactRef.Kind.BOX, line));
            BasedSequence html = BasedSequence.of(RenderedMarkdown.boxMarker(id) + "\n");
            HtmlBlock marker = new HtmlBlock();
            // flexmark renders an HTML block from its content lines, not from its characters.
            marker.setChars(html);
            marker.setContent(html, List.of(html));
            paragraph.insertBefore(marker);
            paragraph.unlink();
            return;
        }
        Matcher directive = DIRECTIVE_LIKE.matcher(text);
        while (directive.find()) {
            int offset = (int) text.substring(0, directive.start()).chars().filter(c -> c == '\n').count();
            String written = directive.group().strip();
            problems.at(article.file(), line + offset, "\"" + written + "\" is not a fact box directive",
                    "write `::: factbox <box-id>` on a line of its own, with an empty line before and after it");
        }
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
            problems.at(article.file(), line, "unknown fact \"" + id + "\"", Suggestion.didYouMean(id, facts.facts().keySet(),
                    facts.facts().isEmpty() ? "declare it under facts: in a file in content/facts/" : "check the id in content/facts/"));
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

    /** How one article's links are read: where its file is, and which files are published where. */
    private record LinkResolution(Article article, Map<String, String> pathsByFile, Site site, Problems problems) {

        /** The URL to render instead of {@code url}, if it changes; records the link either way. */
        Optional<String> resolve(String url, int line, List<RenderedMarkdown.LinkRef> links) {
            if (url.isEmpty()) return Optional.empty();
            if (SCHEME.matcher(url).find() || url.startsWith("//")) {
                links.add(new RenderedMarkdown.LinkRef(url, url, RenderedMarkdown.LinkRef.Kind.EXTERNAL, line));
                return Optional.empty();
            }
            if (url.startsWith("#")) {
                links.add(new RenderedMarkdown.LinkRef(url, article.sitePath() + url, RenderedMarkdown.LinkRef.Kind.ANCHOR, line));
                return Optional.empty();
            }
            if (url.startsWith("/")) {
                links.add(new RenderedMarkdown.LinkRef(url, url, RenderedMarkdown.LinkRef.Kind.SITE, line));
                return Optional.empty();
            }
            int hash = url.indexOf('#');
            String pathPart = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : url.substring(hash);
            int query = pathPart.indexOf('?');
            if (query >= 0) pathPart = pathPart.substring(0, query);
            String file = normalize(pathPart);
            if (file.startsWith(MEDIA)) {
                String media = "/media/" + file.substring(MEDIA.length()) + fragment;
                links.add(new RenderedMarkdown.LinkRef(url, media, RenderedMarkdown.LinkRef.Kind.SITE, line));
                return Optional.of(media);
            }
            if (!pathPart.endsWith(".md")) {
                problems.at(article.file(), line, "link \"" + url + "\" is relative but names neither a Markdown file nor a file in content/media/",
                        "link to an article by its file, e.g. about.md, to a picture in content/media/, e.g. ../media/photo.jpg, or to a page by its path from the site root, e.g. "
                                + article.language().homePath());
                return Optional.empty();
            }
            String sitePath = pathsByFile.get(file);
            if (sitePath == null) {
                if (site.isUnreadable(file)) {
                    return Optional.empty();
                } else if (site.whyLeftOut(file).isPresent()) {
                    String why = site.whyLeftOut(file).get();
                    problems.at(article.file(), line, "link \"" + url + "\" leads to " + file + ", " + why + (why.equals("a draft") ? "" : ", so") + " left out of this build",
                            why.equals("a draft") ? "publish that article (remove `draft: true`), build with --drafts, or remove the link"
                                    : "publish both on the same day, build with --future, or remove the link");
                } else {
                    problems.at(article.file(), line, "link \"" + url + "\" leads to " + file + ", which does not exist",
                            suggestion(file));
                }
                return Optional.empty();
            }
            String resolved = sitePath + fragment;
            links.add(new RenderedMarkdown.LinkRef(url, resolved, RenderedMarkdown.LinkRef.Kind.SITE, line));
            return Optional.of(resolved);
        }

        /** A file beside the missing one whose name is close, as the editor would link it. */
        private String suggestion(String missing) {
            int slash = missing.lastIndexOf('/');
            String folder = missing.substring(0, slash + 1);
            List<String> names = pathsByFile.keySet().stream()
                    .filter(f -> f.startsWith(folder) && f.indexOf('/', folder.length()) < 0 && !f.equals(article.file()))
                    .map(f -> f.substring(folder.length())).toList();
            String name = missing.substring(slash + 1);
            String prefix = url(missing);
            return Suggestion.closest(name, names).map(n -> "did you mean \"" + prefix + n + "\"?")
                    .orElse("link to one of the files in " + (folder.isEmpty() ? "content/" : folder));
        }

        /** How a file in {@code missing}'s folder is written from this article: "" beside it, "../en/" across. */
        private String url(String missing) {
            String folder = missing.substring(0, missing.lastIndexOf('/') + 1);
            String own = article.file().substring(0, article.file().lastIndexOf('/') + 1);
            return folder.equals(own) ? "" : folder.startsWith("content/") ? "../" + folder.substring("content/".length()) : folder;
        }

        private String normalize(String relative) {
            String decoded;
            try {
                decoded = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = relative;
            }
            Path folder = Path.of(article.file()).getParent();
            return folder.resolve(decoded).normalize().toString().replace('\\', '/');
        }
    }
}
