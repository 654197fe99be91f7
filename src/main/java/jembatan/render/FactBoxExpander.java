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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Fills the fact box markers that the Markdown stage left in an article's body with each box
 * drawn by its partial, {@code templates/partials/factbox-<kind>.ftlh}, in the article's
 * language. The box's heading takes the level after the heading it follows, so the page's outline
 * stays in order wherever an editor places a box.
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
     * The body with its boxes drawn, its citations numbered for the page and its list of sources
     * at the end ({@code partials/sources.ftlh}); the same body when it shows no fact. The body is
     * parsed once: the boxes go in as nodes, then {@link Citations} numbers that same document.
     */
    public RenderedMarkdown expand(Article article, RenderedMarkdown body, Problems problems) {
        if (body.facts().isEmpty()) return body;
        Document document = Jsoup.parseBodyFragment(body.html());
        document.outputSettings().prettyPrint(false);
        Element content = document.body();
        if (body.facts().stream().anyMatch(f -> f.kind() == RenderedMarkdown.FactRef.Kind.BOX)) drawBoxes(content, article, problems);
        Language language = article.language();
        List<Source> cited = Citations.number(content, sheet, dictionaries.get(language));
        if (cited.isEmpty()) return body.withHtml(content.html());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            sources.add(FactBoxModel.source(cited.get(i), i + 1, formatters.get(language), dictionaries.get(language)));
        }
        Map<String, Object> model = Map.of("sources", sources, "t", dictionaries.get(language).strings(), "lang", Map.of("code", language.code()));
        String list = templates.render("partials/sources", model, language.locale(), article.file() + " (its list of sources)", problems).orElse("");
        return body.withHtml(content.html() + list);
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
            Optional<FactBox> box = sheet.box(marker.element().attr("box"));
            Optional<String> drawn = box.flatMap(b -> drawn(b, article, Math.min(6, Math.max(2, marker.level() + 1)), problems));
            Element parent = marker.element().parent();
            if (drawn.isPresent()) {
                for (Node node : Parser.parseFragment(drawn.get(), parent, "")) marker.element().before(node);
            }
            marker.element().remove();
        }
    }
}
