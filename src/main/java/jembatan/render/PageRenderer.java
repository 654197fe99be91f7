package jembatan.render;

import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Alias;
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
    public static final String REDIRECT_TEMPLATE = "redirect";

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
        String template = templateOf(article);
        if (!templates.names().contains(template)) {
            problems.at(article.file(), article.front().line("template"), "template \"" + template + "\" does not exist in templates/",
                    Suggestion.didYouMean(template, templates.names(), "choose one of: " + String.join(", ", templates.names())));
            return Optional.empty();
        }
        return Optional.of(new Page(article.sitePath(), template, PageModel.of(article, body, site, dictionaries),
                new Locale(article.language().locale().toLanguageTag()), article.file()));
    }

    /** A later page of a section's list ({@code /en/page/2/}, {@code /en/learn/page/2/}), made with the section page's template. */
    public Optional<Page> planPager(Pager pager, RenderedMarkdown body, Site site, Problems problems) {
        Article section = pager.section();
        // A template that does not exist is reported once, by the section's own plan.
        if (!templates.names().contains(templateOf(section))) return Optional.empty();
        return Optional.of(new Page(pager.sitePath(), templateOf(section), PageModel.of(pager, body, site, dictionaries),
                new Locale(section.language().locale().toLanguageTag()), section.file()));
    }

    /**
     * The template of an article's page: the one its front matter names, else the one of its
     * kind; a page with a list (a folder's, a tag's) falls back on {@code section.ftlh}, then on
     * the home page's template, when the designers have not written its own, as Hugo falls back
     * from a section's or a term's layout to the list layout.
     */
    private String templateOf(Article article) {
        String template = article.template();
        boolean chosen = article.front().template().isPresent();
        if (chosen || !article.lists() || templates.names().contains(template)) return template;
        return templates.names().contains("section") ? "section" : "home";
    }

    /**
     * The page at an old address, which sends readers on to the page that has it now, in that
     * page's language; nothing when the designers' templates have no {@code redirect.ftlh}.
     */
    public Optional<Page> planRedirect(Alias alias, Site site, Problems problems) {
        Article article = alias.article();
        if (!templates.names().contains(REDIRECT_TEMPLATE)) {
            problems.at(article.file(), alias.line(), "its old addresses need the template templates/" + REDIRECT_TEMPLATE + ".ftlh, which does not exist",
                    "copy templates/" + REDIRECT_TEMPLATE + ".ftlh from a new Jembatan project, or remove the aliases");
            return Optional.empty();
        }
        return Optional.of(new Page(alias.sitePath(), REDIRECT_TEMPLATE, PageModel.redirect(alias, site, dictionaries),
                new Locale(article.language().locale().toLanguageTag()), article.file()));
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
