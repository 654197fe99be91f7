package jembatan.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jembatan.config.BaseUrl;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Alias;
import jembatan.content.Article;
import jembatan.content.ArticleDate;
import jembatan.content.Site;
import jembatan.markdown.RenderedMarkdown;

/**
 * What a page template sees: plain maps, lists and strings, already localized (dates in the
 * page's language, labels from its dictionary), never a service to call. Being plain data, two
 * models compare equal exactly when the page would come out the same, which is what lets a
 * preview re-render only the pages an edit changed. Links are site paths
 * ({@code /en/about/}); the HTML stage adds the base path, so templates never need to know it.
 * Canonical and hreflang URLs are absolute, as search engines require.
 */
public final class PageModel {
    private PageModel() {
    }

    /** The model of an article or a section's page (which shows the first page of its list). */
    public static Map<String, Object> of(Article article, RenderedMarkdown body, Site site, Map<Language, Dictionary> dictionaries) {
        return of(article, body, site, dictionaries, article.lists() ? Optional.of(Pager.at(article, site, 1)) : Optional.empty());
    }

    /**
     * The model of a page of a section's list: the section's page itself for the first, a page of
     * its own for each later one, with its own address and title, and hreflang alternates to the
     * same page of the other languages' lists where they are as long.
     */
    public static Map<String, Object> of(Pager pager, RenderedMarkdown body, Site site, Map<Language, Dictionary> dictionaries) {
        return of(pager.section(), body, site, dictionaries, Optional.of(pager));
    }

    private static Map<String, Object> of(Article article, RenderedMarkdown body, Site site, Map<Language, Dictionary> dictionaries,
                                          Optional<Pager> pager) {
        Language language = article.language();
        Dictionary dictionary = dictionaries.get(language);
        BaseUrl base = site.config().baseUrl();
        // A later page of a section's list: at its own address, and in the other languages the same page where there is one.
        Optional<Pager> later = pager.filter(p -> p.number() > 1);
        String path = later.map(Pager::sitePath).orElse(article.sitePath());
        java.util.function.Function<Article, Optional<String>> counterpart = other -> later.isEmpty()
                ? Optional.of(other.sitePath()) : later.get().sameIn(other, site);

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", later.isEmpty() ? titleOf(article, dictionaries) : dictionary.format("pager.title",
                Map.of("title", titleOf(article, dictionaries), "number", String.valueOf(later.get().number()), "count", String.valueOf(later.get().count()))));
        page.put("description", article.front().description());
        page.put("author", article.front().author());
        page.put("home", article.home());
        page.put("section", article.section());
        page.put("path", path);
        page.put("canonical", base.absolute(path));
        putDateAndTime(page, "date", article.front().date(), language);
        putDateAndTime(page, "updated", article.front().updated(), language);
        page.put("corrections", CorrectionNotes.model(article));
        CorrectionNotes.latest(article).ifPresent(c -> {
            page.put("corrected", language.formatDate(c.date()));
            page.put("correctedIso", c.date().toString());
        });
        page.put("content", FactBoxExpander.placed(body));
        page.put("og", openGraph(article, site));
        page.put("jsonLd", article.lists() ? "" : JsonLd.newsArticle(article, site));
        page.put("banner", banner(article, site, dictionary));
        page.put("headings", body.headings().stream().filter(h -> h.level() == 2)
                .map(h -> Map.of("text", h.text(), "id", h.id())).toList());

        Map<String, Object> model = common(language, site, dictionaries);
        model.put("page", page);
        model.put("alternates", Switcher.of(article, site, dictionaries, counterpart));
        model.put("tags", site.topicsOf(article).stream().map(topic -> link(topic, topic.title())).toList());
        List<Article> versions = site.namedVersions(article).stream().filter(version -> counterpart.apply(version).isPresent()).toList();
        Article xDefault = site.translations(article).stream()
                .filter(a -> a.language().equals(site.config().defaultLanguage())).findFirst().orElse(article);
        String xDefaultUrl = later.isPresent() ? base.absolute(counterpart.apply(xDefault).orElse(path))
                : article.home() ? base.absolute("/") : base.absolute(xDefault.sitePath());
        model.put("hreflang", versions.isEmpty() ? List.of() : hreflang(versions, counterpart, xDefaultUrl, base));
        model.put("menu", menu(site.menu(language), article));
        List<Article> crumbs = site.ancestors(article);
        if (later.isPresent()) crumbs = concat(crumbs, article);
        model.put("breadcrumbs", crumbs.stream().map(crumb -> link(crumb, crumb.home() ? dictionary.format("home", Map.of()) : labelOf(crumb, dictionaries))).toList());
        List<Optional<Article>> neighbours = site.neighbours(article);
        neighbours.get(0).ifPresent(previous -> model.put("previous", link(previous, previous.title())));
        neighbours.get(1).ifPresent(next -> model.put("next", link(next, next.title())));
        pager.ifPresent(p -> model.put("pages", list(p.entries(), language, article, site, dictionaries)));
        pager.filter(p -> p.count() > 1).ifPresent(p -> model.put("pager", pagerModel(p, dictionary)));
        return model;
    }

    /**
     * A page's title as readers see it: the editor's, or for the page that lists a language's
     * tags, the designers' word for them ({@code tags.title} in the language's interface strings).
     */
    static String titleOf(Article article, Map<Language, Dictionary> dictionaries) {
        return article.kind() == Article.Kind.TOPICS ? dictionaries.get(article.language()).format("tags.title", Map.of()) : article.title();
    }

    /** The short label of a page in menus and breadcrumbs. */
    static String labelOf(Article article, Map<Language, Dictionary> dictionaries) {
        return article.kind() == Article.Kind.TOPICS ? titleOf(article, dictionaries) : article.label();
    }

    private static List<Article> concat(List<Article> list, Article last) {
        List<Article> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    /** A link to another page as a template shows it: its label and its address. */
    private static Map<String, Object> link(Article article, String label) {
        return Map.of("title", label, "path", article.sitePath());
    }

    /** Where a page of a list stands among the others, and the addresses of those before and after it. */
    private static Map<String, Object> pagerModel(Pager pager, Dictionary dictionary) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", pager.number());
        model.put("count", pager.count());
        model.put("position", dictionary.format("pager.position", Map.of("number", String.valueOf(pager.number()), "count", String.valueOf(pager.count()))));
        pager.previous().ifPresent(path -> model.put("previous", path));
        pager.next().ifPresent(path -> model.put("next", path));
        return model;
    }

    /**
     * The other articles whose listing (title, path, dates, description, weight) the page of
     * {@code article} shows: its translations (or, when it has none in a language, the page its
     * switcher leads to instead), the menu of its language, the sections above it, the pages
     * before and after it, and on a section's page the first page of its list. With its own body
     * and listing, these are all its model reads from the site, so a page whose inputs are
     * unchanged comes out the same.
     */
    public static List<Article> shown(Article article, Site site) {
        List<Article> shown = around(article, site);
        if (article.lists()) listed(Pager.at(article, site, 1).entries(), site, shown);
        return shown;
    }

    /** As {@link #shown(Article, Site)}, for a later page of a section's list: the section's, with that page's entries. */
    public static List<Article> shown(Pager pager, Site site) {
        List<Article> shown = around(pager.section(), site);
        listed(pager.entries(), site, shown);
        return shown;
    }

    /** The entries of a list, and the sections they are in, which a list from many sections names. */
    private static void listed(List<Article> entries, Site site, List<Article> shown) {
        shown.addAll(entries);
        for (Article entry : entries) site.parent(entry).ifPresent(shown::add);
    }

    private static List<Article> around(Article article, Site site) {
        List<Article> shown = new ArrayList<>(site.translations(article));
        shown.addAll(Switcher.insteadOfTranslations(article, site));
        for (Site.MenuItem item : site.menu(article.language())) shown.add(item.article());
        shown.addAll(site.ancestors(article));
        for (Optional<Article> neighbour : site.neighbours(article)) neighbour.ifPresent(shown::add);
        shown.addAll(site.topicsOf(article));
        return shown;
    }

    /**
     * The model of the page at an old address: the page it leads to (its title, site path and
     * absolute address, which is also the canonical one), in that page's language.
     */
    public static Map<String, Object> redirect(Alias alias, Site site, Map<Language, Dictionary> dictionaries) {
        Article article = alias.article();
        Map<String, Object> model = common(article.language(), site, dictionaries);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", titleOf(article, dictionaries));
        page.put("path", alias.sitePath());
        page.put("target", article.sitePath());
        page.put("canonical", site.config().baseUrl().absolute(article.sitePath()));
        model.put("page", page);
        return model;
    }

    /** The articles the language chooser (and the page for addresses not found) shows: the home pages. */
    public static List<Article> shownByChooser(Site site) {
        return site.config().languages().stream().flatMap(l -> site.home(l).stream()).toList();
    }

    /** The model of the root page, where a reader chooses a language: the x-default of the home pages. */
    public static Map<String, Object> chooser(Site site, Map<Language, Dictionary> dictionaries) {
        BaseUrl base = site.config().baseUrl();
        List<Map<String, Object>> choices = new ArrayList<>();
        List<Article> homes = new ArrayList<>();
        for (Language language : site.config().languages()) {
            Optional<Article> home = site.home(language);
            home.ifPresent(homes::add);
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("code", language.code());
            choice.put("name", language.name());
            choice.put("title", home.map(Article::title).orElse(language.title()));
            choice.put("description", home.map(a -> a.front().description()).filter(d -> !d.isEmpty()).orElse(language.description()));
            choice.put("path", language.homePath());
            choice.put("t", dictionaries.get(language).strings());
            choices.add(choice);
        }
        Language first = site.config().defaultLanguage();
        Map<String, Object> model = common(first, site, dictionaries);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", String.join(" · ", site.config().languages().stream().map(Language::title).distinct().toList()));
        page.put("description", first.description());
        page.put("path", "/");
        page.put("canonical", base.absolute("/"));
        model.put("page", page);
        model.put("choices", choices);
        model.put("hreflang", hreflang(homes, home -> Optional.of(home.sitePath()), base.absolute("/"), base));
        return model;
    }

    private static Map<String, Object> common(Language language, Site site, Map<Language, Dictionary> dictionaries) {
        Map<String, Object> lang = new LinkedHashMap<>();
        lang.put("code", language.code());
        lang.put("name", language.name());
        lang.put("locale", language.locale().toLanguageTag());
        lang.put("home", language.homePath());

        Map<String, Object> siteModel = new LinkedHashMap<>();
        siteModel.put("title", language.title());
        siteModel.put("description", language.description());
        siteModel.put("publisher", site.config().publisher());
        siteModel.put("home", language.homePath());
        siteModel.put("languages", site.config().languages().stream()
                .map(l -> Map.of("code", l.code(), "name", l.name(), "home", l.homePath())).toList());

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("site", siteModel);
        model.put("feed", Map.of("path", Feed.path(language), "title", language.title()));
        model.put("t", dictionaries.get(language).strings());
        return model;
    }

    private static List<Map<String, Object>> hreflang(List<Article> versions, java.util.function.Function<Article, Optional<String>> counterpart,
                                                      String xDefault, BaseUrl base) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (Article version : versions) {
            links.add(Map.of("hreflang", version.language().code(), "href", base.absolute(counterpart.apply(version).orElseThrow())));
        }
        links.add(Map.of("hreflang", "x-default", "href", xDefault));
        return links;
    }

    /** Open Graph and Twitter card fields: what a shared link shows. */
    private static Map<String, Object> openGraph(Article article, Site site) {
        Map<String, Object> og = new LinkedHashMap<>();
        og.put("type", article.home() ? "website" : "article");
        og.put("siteName", article.language().title());
        og.put("locale", ogLocale(article.language()));
        og.put("alternateLocales", site.alternates(article).stream().map(a -> ogLocale(a.language())).toList());
        article.front().date().ifPresent(d -> og.put("published", d.iso()));
        CorrectionNotes.modified(article).ifPresent(d -> og.put("modified", d.iso()));
        return og;
    }

    /** {@code id_ID}, {@code en_GB}: Open Graph writes locales with an underscore. */
    private static String ogLocale(Language language) {
        String country = language.locale().getCountry();
        return language.locale().getLanguage() + (country.isEmpty() ? "" : "_" + country);
    }

    /** A notice on a page that is built but not published: a draft, or dated after today. */
    private static String banner(Article article, Site site, Dictionary dictionary) {
        if (article.draft()) return dictionary.format("banner.draft", Map.of());
        if (site.publication().scheduled(article)) {
            return dictionary.format("banner.scheduled", Map.of("date", article.language().formatDate(article.front().date().orElseThrow().day())));
        }
        return "";
    }

    private static List<Map<String, Object>> list(List<Article> articles, Language language, Article current, Site site,
                                                  Map<Language, Dictionary> dictionaries) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Article article : articles) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", titleOf(article, dictionaries));
            item.put("description", article.front().description());
            item.put("path", article.sitePath());
            item.put("current", article.equals(current));
            item.put("section", article.section());
            // On a list of pages from many sections (a tag's), each says which section it is in: "Overview" is in many.
            site.parent(article).filter(parent -> !parent.equals(current) && !parent.home())
                    .ifPresent(parent -> item.put("within", labelOf(parent, dictionaries)));
            putDate(item, "date", article.front().date(), language);
            items.add(item);
        }
        return items;
    }

    private static List<Map<String, Object>> menu(List<Site.MenuItem> items, Article current) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (Site.MenuItem item : items) {
            links.add(Map.of("title", item.label(), "path", item.article().sitePath(), "current", item.article().equals(current)));
        }
        return links;
    }

    /** A list shows the day alone; the {@code datetime} attribute still carries the whole date as written. */
    private static void putDate(Map<String, Object> target, String name, Optional<ArticleDate> date, Language language) {
        date.ifPresent(d -> {
            target.put(name, language.formatDate(d.day()));
            target.put(name + "Iso", d.iso());
        });
    }

    /** The page's own byline shows the time too, where the editor wrote one, in the offset written. */
    private static void putDateAndTime(Map<String, Object> target, String name, Optional<ArticleDate> date, Language language) {
        date.ifPresent(d -> {
            target.put(name, d.shownIn(language));
            target.put(name + "Iso", d.iso());
        });
    }

    /** The model a template receives: the page's HTML body as markup, so that it is not escaped again. */
    static Map<String, Object> forTemplate(Map<String, Object> model) {
        Object page = model.get("page");
        if (!(page instanceof Map<?, ?> fields) || !(fields.get("content") instanceof String html)) return model;
        Map<String, Object> copy = new LinkedHashMap<>(model);
        Map<Object, Object> withMarkup = new LinkedHashMap<>(fields);
        try {
            withMarkup.put("content", HTMLOutputFormat.INSTANCE.fromMarkup(html));
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
        copy.put("page", withMarkup);
        return copy;
    }
}
