package jembatan.render;

import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.markdown.RenderedMarkdown;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * Applies the templates to the pages of the site, in two steps: {@link #planArticle} (and its
 * kin for list pages, the chooser and the page for addresses not found) decides each page, its
 * template and its model, and {@link #render} runs the template. A page is its inputs, so a
 * caller that has rendered an equal {@link Page} before can skip the second step.
 */
public final class PageRenderer {
    public static final String CHOOSER_TEMPLATE = "chooser";
    public static final String NOT_FOUND_TEMPLATE = "404";

    private final Templates templates;
    private final Map<Language, Dictionary> dictionaries;

    public PageRenderer(Templates templates, Map<Language, Dictionary> dictionaries) {
        this.templates = templates;
        this.dictionaries = dictionaries;
    }

    /** A page to render: where it goes, its template, what the template sees, and the file it comes from. */
    public record Page(String sitePath, String template, Map<String, Object> model, Locale locale, String source) {
    }

    /** A locale by tag, so that pages stay plain comparable data. */
    public record Locale(String tag) {
        private static final Map<String, java.util.Locale> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

        java.util.Locale toLocale() {
            return KNOWN.computeIfAbsent(tag, java.util.Locale::forLanguageTag);
        }
    }

    /** The page of one article or home page, or nothing when its front matter names a template that does not exist. */
    public Optional<Page> planArticle(Article article, RenderedMarkdown body, Site site, Problems problems) {
        String template = article.template();
        if (!templates.names().contains(template)) {
            problems.at(article.file(), article.front().line("template"), "template \"" + template + "\" does not exist in templates/",
                    Suggestion.didYouMean(template, templates.names(), "choose one of: " + String.join(", ", templates.names())));
            return Optional.empty();
        }
        return Optional.of(new Page(article.sitePath(), template, PageModel.of(article, body, site, dictionaries),
                new Locale(article.language().locale().toLanguageTag()), article.file()));
    }

    /** A later page of a home page's list ({@code /en/page/2/}), made with the home page's template. */
    public Optional<Page> planPager(Pager pager, RenderedMarkdown body, Site site, Problems problems) {
        Article home = pager.home();
        // A template that does not exist is reported once, by the home page's own plan.
        if (!templates.names().contains(home.template())) return Optional.empty();
        return Optional.of(new Page(pager.sitePath(), home.template(), PageModel.of(pager, body, site, dictionaries),
                new Locale(home.language().locale().toLanguageTag()), home.file()));
    }

    /** The root page, where a reader chooses a language. */
    public Page planChooser(Site site) {
        return new Page("/", CHOOSER_TEMPLATE, PageModel.chooser(site, dictionaries), defaultLocale(site), "the language chooser (/index.html)");
    }

    /** The page a host shows for an address it does not have. */
    public Page planNotFound(Site site) {
        return new Page("/404.html", NOT_FOUND_TEMPLATE, PageModel.chooser(site, dictionaries), defaultLocale(site),
                "the page for addresses not found (/404.html)");
    }

    private static Locale defaultLocale(Site site) {
        return new Locale(site.config().defaultLanguage().locale().toLanguageTag());
    }

    /** The page's HTML, or nothing when its template fails (the problem says where). */
    public Optional<String> render(Page page, Problems problems) {
        return templates.render(page.template(), PageModel.forTemplate(page.model()), page.locale().toLocale(), page.source(), problems);
    }
}
