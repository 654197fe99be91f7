package jembatan.render;

import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.facts.FactBox;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.markdown.RenderedMarkdown;
import jembatan.report.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

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

    /** Boxes drawn so far, parsed: an article reuses a copy instead of running the partial again. */
    private final Map<Drawing, Optional<Element>> drawings = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Element> drawn(FactBox box, Article article, int headingLevel, Problems problems) {
        Language language = article.language();
        return drawings.computeIfAbsent(new Drawing(box.id(), language, headingLevel), drawing -> {
            Map<String, Object> model = Map.of(
                    "box", FactBoxModel.of(box, sheet, formatters.get(language), dictionaries.get(language), headingLevel),
                    "t", dictionaries.get(language).strings(),
                    "lang", Map.of("code", language.code()));
            String partial = "partials/factbox-" + box.kind().yamlName();
            return templates.render(partial, model, language.locale(), article.file() + " (fact box " + box.id() + ")", problems)
                    .map(html -> {
                        Element holder = new Element("div");
                        holder.html(html);
                        return holder;
                    });
        });
    }

    /** The body with its boxes drawn; the same body when it has none. */
    public RenderedMarkdown expand(Article article, RenderedMarkdown body, Problems problems) {
        if (body.facts().stream().noneMatch(f -> f.kind() == RenderedMarkdown.FactRef.Kind.BOX)) return body;
        return new RenderedMarkdown(expandHtml(article, body, problems), body.headings(), body.links(), body.facts(), body.numbers());
    }

    private String expandHtml(Article article, RenderedMarkdown body, Problems problems) {
        Document fragment = Jsoup.parseBodyFragment(body.html());
        int level = 1;
        for (Element element : fragment.body().select("h1, h2, h3, h4, h5, h6, " + RenderedMarkdown.BOX_MARKER)) {
            if (!element.tagName().equals(RenderedMarkdown.BOX_MARKER)) {
                level = Integer.parseInt(element.tagName().substring(1));
                continue;
            }
            Optional<FactBox> box = sheet.box(element.attr("box"));
            if (box.isEmpty()) {
                element.remove();
                continue;
            }
            int headingLevel = Math.min(6, Math.max(2, level + 1));
            Optional<Element> drawn = drawn(box.get(), article, headingLevel, problems);
            if (drawn.isPresent()) {
                for (Node node : drawn.get().childNodes()) element.before(node.clone());
            }
            element.remove();
        }
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }
}
