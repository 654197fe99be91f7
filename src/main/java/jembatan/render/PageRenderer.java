package jembatan.render;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.markdown.RenderedMarkdown;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * Applies the templates to every page of the site: each article and home page, its fact boxes
 * drawn, with the template its front matter names (or {@code article}/{@code home}), and the root
 * language chooser with
 * {@code chooser}. Returns the HTML of each page by site path, sorted, so that output never
 * depends on the order of work.
 */
public final class PageRenderer {
    public static final String CHOOSER_TEMPLATE = "chooser";

    private final Templates templates;
    private final Map<Language, Dictionary> dictionaries;
    private final FactBoxExpander boxes;

    public PageRenderer(Templates templates, Map<Language, Dictionary> dictionaries, FactBoxExpander boxes) {
        this.templates = templates;
        this.dictionaries = dictionaries;
        this.boxes = boxes;
    }

    public SortedMap<String, String> render(Site site, Map<Article, RenderedMarkdown> bodies, Problems problems) {
        SortedMap<String, String> pages = new TreeMap<>();
        for (Article article : site.articles()) {
            String template = article.template();
            if (!templates.names().contains(template)) {
                problems.at(article.file(), article.front().line("template"), "template \"" + template + "\" does not exist in templates/",
                        Suggestion.didYouMean(template, templates.names(), "choose one of: " + String.join(", ", templates.names())));
                continue;
            }
            RenderedMarkdown rendered = bodies.get(article);
            if (rendered == null) continue;
            RenderedMarkdown body = new RenderedMarkdown(boxes.expand(article, rendered, problems), rendered.headings(),
                    rendered.links(), rendered.facts(), rendered.numbers());
            Map<String, Object> model = PageModel.of(article, body, site, dictionaries);
            templates.render(template, model, article.language().locale(), article.file(), problems)
                    .ifPresent(html -> pages.put(article.sitePath(), html));
        }
        Optional<String> chooser = templates.render(CHOOSER_TEMPLATE, PageModel.chooser(site, dictionaries),
                site.config().defaultLanguage().locale(), "the language chooser (/index.html)", problems);
        chooser.ifPresent(html -> pages.put("/", html));
        return pages;
    }
}
