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
import jembatan.markdown.RenderedMarkdown;
import jembatan.report.Problems;
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
     * at the end ({@code partials/sources.ftlh}); the same body when it shows no fact.
     */
    public RenderedMarkdown expand(Article article, RenderedMarkdown body, Problems problems) {
        if (body.facts().isEmpty()) return body;
        boolean boxes = body.facts().stream().anyMatch(f -> f.kind() == RenderedMarkdown.FactRef.Kind.BOX);
        String html = boxes ? expandHtml(article, body, problems) : body.html();
        Language language = article.language();
        Citations.Numbered numbered = Citations.number(html, sheet, dictionaries.get(language));
        if (numbered.sources().isEmpty()) return body.withHtml(numbered.html());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < numbered.sources().size(); i++) {
            sources.add(FactBoxModel.source(numbered.sources().get(i), i + 1, formatters.get(language), dictionaries.get(language)));
        }
        Map<String, Object> model = Map.of("sources", sources, "t", dictionaries.get(language).strings(), "lang", Map.of("code", language.code()));
        String list = templates.render("partials/sources", model, language.locale(), article.file() + " (its list of sources)", problems).orElse("");
        return body.withHtml(numbered.html() + list);
    }

    /**
     * Replaces each marker with its box. The body is HTML as the Markdown stage wrote it (flexmark's
     * output, or jsoup's when an editor's HTML was cleaned): tags in lower case, every {@code <} in
     * text escaped. So the headings and markers are found by scanning the text, with no parse, and
     * comments, which may hold anything, are passed over.
     */
    private String expandHtml(Article article, RenderedMarkdown body, Problems problems) {
        String html = body.html();
        StringBuilder expanded = new StringBuilder(html.length() + 4096);
        int level = 1;
        int copied = 0;
        // A hand-made scan from one '<' to the next: a regular expression over every body cost a
        // cold build of 10,000 pages two seconds of a core.
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at + 4);
                if (end >= 0) at = end + 2;
            } else if (isHeadingStart(html, at)) {
                level = html.charAt(at + 2) - '0';
            } else if (html.startsWith(RenderedMarkdown.BOX_MARKER_START, at)) {
                int quote = html.indexOf('"', at + RenderedMarkdown.BOX_MARKER_START.length());
                if (quote < 0 || !html.startsWith(RenderedMarkdown.BOX_MARKER_END, quote)) continue;
                expanded.append(html, copied, at);
                copied = quote + RenderedMarkdown.BOX_MARKER_END.length();
                String id = Parser.unescapeEntities(html.substring(at + RenderedMarkdown.BOX_MARKER_START.length(), quote), true);
                Optional<FactBox> box = sheet.box(id);
                if (box.isPresent()) drawn(box.get(), article, Math.min(6, Math.max(2, level + 1)), problems).ifPresent(expanded::append);
                at = copied - 1;
            }
        }
        return expanded.append(html, copied, html.length()).toString();
    }

    /** Whether a heading's start tag, {@code <h2>} or {@code <h2 id=...>}, begins at {@code at}. */
    private static boolean isHeadingStart(String html, int at) {
        if (at + 3 >= html.length() || html.charAt(at + 1) != 'h') return false;
        char level = html.charAt(at + 2);
        char next = html.charAt(at + 3);
        return level >= '1' && level <= '6' && (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\f' || next == '\u000B');
    }
}
