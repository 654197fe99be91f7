package jembatan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.facts.FactBox;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.Source;
import jembatan.markdown.RenderedMarkdown;
import jembatan.report.Problems;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Fills the fact box markers that the Markdown stage left in an article's body with each box
 * drawn by its partial, {@code templates/partials/factbox-<kind>.ftlh}, in the article's
 * language. The box's heading takes the level after the heading it follows, so the page's outline
 * stays in order wherever an editor places a box. It draws into the page's own parse, the one that
 * finishes the page, so that a body is parsed by jsoup once: its template receives it marked
 * ({@link #placed}) and {@link #expandIn} finds it there.
 */
public final class FactBoxExpander {
    private final Templates templates;
    private final FactSheet sheet;
    private final Map<Language, FactFormatter> formatters;
    private final Map<Language, Dictionary> dictionaries;

    public FactBoxExpander(Templates templates, FactSheet sheet, Map<Language, FactFormatter> formatters, Map<Language, Dictionary> dictionaries) {
        this.templates = templates;
        this.sheet = sheet;
        this.formatters = formatters;
        this.dictionaries = dictionaries;
    }

    /** A box as drawn in a language at a heading level: the same wherever it is placed. */
    private record Drawing(String box, Language language, int level) {
    }

    /** Boxes drawn so far: an article reuses the HTML instead of running the partial again. */
    private final Map<Drawing, Optional<String>> drawings = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<String> drawn(FactBox box, Article article, int headingLevel, Problems problems) {
        Language language = article.language();
        return drawings.computeIfAbsent(new Drawing(box.id(), language, headingLevel), drawing -> {
            Map<String, Object> model = Map.of(
                    "box", FactBoxModel.of(box, sheet, formatters.get(language), dictionaries.get(language), headingLevel),
                    "t", dictionaries.get(language).strings(),
                    "lang", Map.of("code", language.code()));
            String partial = "partials/factbox-" + box.kind().yamlName();
            return templates.render(partial, model, language.locale(), article.file() + " (fact box " + box.id() + ")", problems);
        });
    }

    /**
     * The element that holds an article's body in its page while the page is being finished: the
     * template places the body wherever it likes, and {@link #expandIn} finds it there, draws into
     * it and takes it away, leaving its children in its place.
     */
    public static final String BODY = "jembatan-body";

    /**
     * The body as a page's template receives it: a body that shows facts held in a {@link #BODY}
     * element, for {@link #expandIn} to find in the finished page; any other body as it is.
     */
    public static String placed(RenderedMarkdown body) {
        return marked(body) ? "<" + BODY + ">" + body.html() + "</" + BODY + ">" : body.html();
    }

    /** Whether a body shows facts, and so reaches its template marked and is drawn into as its page is finished. */
    private static boolean marked(RenderedMarkdown body) {
        return !body.facts().isEmpty();
    }

    /**
     * Draws the boxes of {@code article}'s body where the page ({@code page}, parsed once to be
     * finished) placed it, numbers its citations for the page and puts its list of sources
     * ({@code partials/sources.ftlh}) at its end. The body is drawn into in the page's own parse,
     * so that it is never parsed on its own and written out again. A page that does not show the
     * body (a later page of a list) is left as it is.
     */
    public void expandIn(Element page, Article article, RenderedMarkdown body, Problems problems) {
        if (!marked(body)) return;
        // A template may show the body more than once; each place gets its own boxes, as the first does.
        for (Element content : page.getElementsByTag(BODY)) expandOne(content, article, body, problems);
    }

    private void expandOne(Element content, Article article, RenderedMarkdown body, Problems problems) {
        if (body.facts().stream().anyMatch(f -> f.kind() == RenderedMarkdown.FactRef.Kind.BOX)) drawBoxes(content, article, problems);
        Language language = article.language();
        List<Source> cited = Citations.number(content, sheet, dictionaries.get(language));
        if (!cited.isEmpty()) {
            List<Map<String, Object>> sources = new ArrayList<>();
            for (int i = 0; i < cited.size(); i++) {
                sources.add(FactBoxModel.source(cited.get(i), i + 1, formatters.get(language), dictionaries.get(language)));
            }
            Map<String, Object> model = Map.of("sources", sources, "t", dictionaries.get(language).strings(), "lang", Map.of("code", language.code()));
            templates.render("partials/sources", model, language.locale(), article.file() + " (its list of sources)", problems)
                    .ifPresent(list -> content.append(list));
        }
        content.unwrap();
    }

    /** A drawn box where it goes: as the child of an element of one kind (what HTML parses to may depend on its parent). */
    private record Placement(Drawing drawing, String parent) {
    }

    /** Drawn boxes parsed so far: every page that places one gets a copy of the same nodes instead of parsing its HTML again. */
    private final Map<Placement, Optional<List<Node>>> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** A fresh copy of {@code box} as drawn at {@code headingLevel} and parsed as the children of a {@code parent} element; nothing when it could not be drawn. */
    private Optional<List<Node>> nodes(FactBox box, Article article, int headingLevel, String parent, Problems problems) {
        Optional<List<Node>> original = parsed.computeIfAbsent(new Placement(new Drawing(box.id(), article.language(), headingLevel), parent),
                placement -> drawn(box, article, headingLevel, problems).map(html -> List.copyOf(Parser.parseFragment(html, new Element(parent), ""))));
        return original.map(nodes -> {
            // Pages are finished on all cores, and jsoup's nodes are not made to be read by several threads at once.
            synchronized (nodes) {
                List<Node> copy = new ArrayList<>(nodes.size());
                for (Node node : nodes) copy.add(node.clone());
                return copy;
            }
        });
    }

    /** A box's marker and the level of the heading before it. */
    private record Marker(Element element, int level) {
    }

    /**
     * Replaces each marker with its box, drawn at the level after the heading before the marker
     * (an unknown box's marker goes). The markers are found first, so a heading inside a drawn box
     * does not count; a marker is the element the Markdown stage writes, with its one attribute.
     */
    private void drawBoxes(Element content, Article article, Problems problems) {
        List<Marker> markers = new ArrayList<>();
        int level = 1;
        for (Element element : content.getAllElements()) {
            String tag = element.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                level = tag.charAt(1) - '0';
            } else if (tag.equals(RenderedMarkdown.BOX_MARKER) && element.hasAttr("box") && element.attributesSize() == 1 && element.childNodeSize() == 0) {
                markers.add(new Marker(element, level));
            }
        }
        for (Marker marker : markers) {
            String parent = marker.element().parent().normalName();
            sheet.box(marker.element().attr("box"))
                    .flatMap(box -> nodes(box, article, Math.min(6, Math.max(2, marker.level() + 1)), parent, problems))
                    .ifPresent(nodes -> nodes.forEach(marker.element()::before));
            marker.element().remove();
        }
    }
}
