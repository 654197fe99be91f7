package jembatan.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jembatan.config.Language;
import jembatan.config.Menu;
import jembatan.config.SiteConfig;

/**
 * Everything an editor wrote, as one model: the configuration and the pages to publish, each
 * language's tree of sections, translations paired by key, the menu, the pages this build holds
 * back (so that a link to one can say why it fails), the files that could not be read (their
 * problems are reported already; links to them and their translations are not reported again),
 * and what this build publishes. Later stages read it and never change it. Its indexes are made
 * once, so that every page can ask them without the site's size entering twice.
 */
public final class Site {
    private final SiteConfig config;
    private final List<Article> articles;
    private final List<Article> heldBack;
    private final List<String> unreadable;
    private final Set<String> unreadableFiles;
    private final Publication publication;
    // Filled once, then only read: an edited site (withEdited) shares those an edit cannot change.
    private final Map<String, List<Article>> byKey;
    private final Map<Language, List<Article>> pages;
    private final Sections sections;
    private final Map<String, Alias> aliases;
    private final Map<Language, List<MenuItem>> menus;
    private final Map<String, String> pathsByFile;
    private final Map<String, Article> heldBackByFile;
    private final Map<String, Integer> indexByFile;

    /** A link of the top menu: the page, and the label the menu shows. */
    public record MenuItem(Article article, String label) {
    }

    public Site(SiteConfig config, List<Article> articles, List<Article> heldBack, List<String> unreadable, Publication publication) {
        this.config = config;
        this.articles = List.copyOf(articles);
        this.heldBack = List.copyOf(heldBack);
        this.unreadable = List.copyOf(unreadable);
        this.unreadableFiles = new HashSet<>(unreadable);
        this.publication = publication;
        this.byKey = new HashMap<>();
        this.pages = new HashMap<>();
        this.menus = new HashMap<>();
        this.pathsByFile = new TreeMap<>();
        this.heldBackByFile = new HashMap<>();
        this.indexByFile = new HashMap<>();
        Map<String, Map<Language, Article>> versions = new LinkedHashMap<>();
        for (Article article : this.articles) {
            versions.computeIfAbsent(pairingKey(article), k -> new HashMap<>()).putIfAbsent(article.language(), article);
            pathsByFile.put(article.file(), article.sitePath());
        }
        versions.forEach((key, byLanguage) -> {
            List<Article> ordered = new ArrayList<>();
            for (Language language : config.languages()) {
                if (byLanguage.containsKey(language)) ordered.add(byLanguage.get(language));
            }
            byKey.put(key, List.copyOf(ordered));
        });
        // Sorted once: every list is a part of this order, so none is sorted again.
        List<Article> inListOrder = new ArrayList<>(this.articles);
        inListOrder.sort(Sections.LIST_ORDER);
        this.sections = Sections.of(inListOrder);
        this.aliases = new TreeMap<>();
        for (Article article : this.articles) {
            for (String written : article.front().aliases()) {
                Alias.pathOf(written).filter(path -> !path.equals(article.sitePath()))
                        .ifPresent(path -> aliases.putIfAbsent(path, new Alias(path, article, article.front().line("aliases"))));
            }
        }
        for (Language language : config.languages()) {
            pages.put(language, inListOrder.stream().filter(a -> a.language().equals(language) && !a.lists()).toList());
        }
        for (int i = 0; i < this.articles.size(); i++) indexByFile.putIfAbsent(this.articles.get(i).file(), i);
        for (Language language : config.languages()) menus.put(language, menuOf(language));
        for (Article article : this.heldBack) heldBackByFile.putIfAbsent(article.file(), article);
    }

    /** One-language pages pair with nothing, whatever their key. */
    private static String pairingKey(Article article) {
        return article.oneLanguage() ? article.key() + "\u0000" + article.language().code() : article.key();
    }

    private Site(Site site, List<Article> articles, Map<String, List<Article>> byKey, Map<Language, List<Article>> pages, Sections sections) {
        this.config = site.config;
        this.articles = articles;
        this.heldBack = site.heldBack;
        this.unreadable = site.unreadable;
        this.unreadableFiles = site.unreadableFiles;
        this.publication = site.publication;
        this.byKey = byKey;
        this.pages = pages;
        this.sections = sections;
        this.pathsByFile = site.pathsByFile;
        this.heldBackByFile = site.heldBackByFile;
        this.indexByFile = site.indexByFile;
        this.aliases = new TreeMap<>();
        site.aliases.forEach((path, alias) -> aliases.put(path, new Alias(path, articles.get(indexByFile.get(alias.article().file())), alias.line())));
        this.menus = new HashMap<>();
        for (Language language : config.languages()) menus.put(language, menuOf(language));
    }

    /**
     * This site with some of its articles edited in place: each replaces the published article of
     * the same file, which must keep its key, language, URL and place in the tree (a preview
     * checks that before it asks). The indexes are updated, not rebuilt, and a list is sorted
     * again only when an edit changed what it is sorted by.
     *
     * <p>This is how a preview's save reaches the model, rather than through a new {@code Site}:
     * a new one would index every article and sort every list again, which costs a large site
     * more than the save. This site stays as it was; the new one shares the indexes an edit cannot
     * change, so a build may keep both.
     */
    public Site withEdited(List<Article> edited) {
        List<Article> articles = new ArrayList<>(this.articles);
        Map<String, List<Article>> byKey = new HashMap<>(this.byKey);
        Map<Language, List<Article>> pages = new HashMap<>(this.pages);
        Map<Article, Article> edits = new LinkedHashMap<>();
        for (Article article : edited) {
            Integer index = indexByFile.get(article.file());
            if (index == null) throw new IllegalArgumentException(article.file() + " is not an article of this site");
            Article before = articles.set(index, article);
            edits.put(before, article);
            byKey.put(pairingKey(article), Sections.replaced(byKey.get(pairingKey(article)), before, article));
            if (article.lists()) continue;
            Language language = article.language();
            pages.put(language, Sections.sameSortKeys(before, article) ? Sections.replaced(pages.get(language), before, article)
                    : Sections.moved(pages.get(language), before, article));
        }
        return new Site(this, List.copyOf(articles), byKey, pages, sections.withEdited(edits));
    }

    /** The published article written in {@code file}, if there is one. */
    public Optional<Article> article(String file) {
        return Optional.ofNullable(indexByFile.get(file)).map(articles::get);
    }

    /**
     * An article read again from its file, placed where this site has its folder; nothing when
     * the folder has no section here (the file is new to the site's shape).
     */
    public Optional<Article> place(Article read) {
        if (read.home()) return Optional.of(read);
        return section(read.language(), read.parentFolder().orElseThrow()).map(parent -> SectionTree.placeUnder(read, parent));
    }

    /** The pairs of {@link #translationPairs()} that {@code article} is part of. */
    public List<Translation> translationPairsOf(Article article) {
        List<Translation> pairs = new ArrayList<>();
        for (Article version : translations(article)) {
            if (!version.language().equals(config.defaultLanguage())) continue;
            for (Article translated : alternates(version)) {
                if (version.equals(article) || translated.equals(article)) pairs.add(new Translation(version, translated));
            }
        }
        return pairs;
    }

    public SiteConfig config() {
        return config;
    }

    /** The articles this build publishes, in the order they were read, then the pages made for folders. */
    public List<Article> articles() {
        return articles;
    }

    /** The articles this build leaves out: drafts and articles dated after today, unless asked for. */
    public List<Article> heldBack() {
        return heldBack;
    }

    /** The files that could not be read; their problems are reported already. */
    public List<String> unreadable() {
        return unreadable;
    }

    public boolean isUnreadable(String file) {
        return unreadableFiles.contains(file);
    }

    public Publication publication() {
        return publication;
    }

    /** The article and its translations, in the configured language order: itself alone when it is one-language. */
    public List<Article> translations(Article article) {
        return byKey.getOrDefault(pairingKey(article), List.of(article));
    }

    /** The articles with this key in each language that has it (one-language pages aside), in the configured language order. */
    public List<Article> translations(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The files of the articles this build leaves out. */
    public List<String> leftOut() {
        return heldBack.stream().map(Article::file).toList();
    }

    /** Why the article in {@code file} is left out, if it is: "a draft", "dated 2026-01-01, after today". */
    public Optional<String> whyLeftOut(String file) {
        return Optional.ofNullable(heldBackByFile.get(file)).map(publication::reasonHeldBack);
    }

    /** An article in the default language and one of its translations. */
    public record Translation(Article original, Article translated) {
    }

    /** Every article of the default language paired with each of its translations, for checks that compare them. */
    public List<Translation> translationPairs() {
        List<Translation> pairs = new ArrayList<>();
        for (Article original : articles) {
            if (!original.language().equals(config.defaultLanguage())) continue;
            for (Article translated : alternates(original)) pairs.add(new Translation(original, translated));
        }
        return pairs;
    }

    /**
     * The versions of an article that {@code hreflang} names (in its page and in the sitemap):
     * none for a page without a translation, so that no link names a page that does not exist;
     * a home page always names itself, since the language chooser is its x-default.
     */
    public List<Article> namedVersions(Article article) {
        return !article.home() && alternates(article).isEmpty() ? List.of() : translations(article);
    }

    /** The other languages' versions of an article: none when it is one-language. */
    public List<Article> alternates(Article article) {
        return translations(article).stream().filter(a -> !a.equals(article)).toList();
    }

    /** Every page of a language but the sections' own, as lists show them: by weight, then date (newest first), then title. */
    public List<Article> pages(Language language) {
        return pages.getOrDefault(language, List.of());
    }

    /** The section of a folder of a language ({@code ""} for the home page), if it has one. */
    public Optional<Article> section(Language language, String folder) {
        return sections.section(language, folder);
    }

    /** What a list shows: a section's pages and sub-sections, a tag's pages, the tags; by weight, then date (newest first), then title. */
    public List<Article> entries(Article list) {
        return sections.entries(list);
    }

    /** The page whose list an article is on, as the breadcrumbs show it: its section, or for a tag's page the tags' page; none for a home page. */
    public Optional<Article> parent(Article article) {
        return sections.parent(article);
    }

    /** The old addresses of the site's pages, by path; each leads to its page. */
    public Collection<Alias> aliases() {
        return Collections.unmodifiableCollection(aliases.values());
    }

    /** The old address at a site path, if one of the pages has it. */
    public Optional<Alias> alias(String sitePath) {
        return Optional.ofNullable(aliases.get(sitePath));
    }

    /** The pages of the tags an article carries, in the order written. */
    public List<Article> topicsOf(Article article) {
        return sections.topicsOf(article);
    }

    /** The sections above an article, from its language's home page down to its parent: its breadcrumbs. */
    public List<Article> ancestors(Article article) {
        return sections.ancestors(article);
    }

    /**
     * The pages before and after an article among the pages of its section (not its
     * sub-sections), in the section's order; none for the sections' own pages and for the pages
     * of a home page, which lists a whole archive rather than a sequence to read in order.
     */
    public List<Optional<Article>> neighbours(Article article) {
        return sections.neighbours(article);
    }

    /**
     * The newest {@code limit} dated pages of a language, newest first (then by file), as a feed
     * lists them. Found in the list, which holds the pages with a weight first and the others
     * newest first, without sorting the whole archive.
     */
    public List<Article> newest(Language language, int limit) {
        List<Article> candidates = new ArrayList<>();
        int unweighted = 0;
        Optional<ArticleDate> last = Optional.empty();
        for (Article article : pages(language)) {
            Optional<ArticleDate> date = article.front().date();
            if (date.isEmpty()) continue;
            if (article.front().weight().isPresent()) {
                candidates.add(article);
                continue;
            }
            // Past the limit, only those of the same day as the last one taken can still be among the newest.
            if (unweighted >= limit && !date.equals(last)) break;
            candidates.add(article);
            unweighted++;
            last = date;
        }
        return candidates.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private static final Comparator<Article> NEWEST_FIRST = Comparator.comparing((Article a) -> a.front().date().orElseThrow()).reversed()
            .thenComparing(Article::file);

    /** The links of a language's top menu, as {@code content/site.yaml} lists them. A menu names a few chosen pages, however large the site. */
    public List<MenuItem> menu(Language language) {
        return menus.getOrDefault(language, List.of());
    }

    private List<MenuItem> menuOf(Language language) {
        List<MenuItem> items = new ArrayList<>();
        for (Menu.Entry entry : config.menu().of(language)) {
            menuTarget(language, entry).ifPresent(article -> items.add(new MenuItem(article, entry.label().orElse(article.label()))));
        }
        return List.copyOf(items);
    }

    /** The page a menu entry leads to in a language: a file, or a folder's page (its index.md, or the page made for it). */
    Optional<Article> menuTarget(Language language, Menu.Entry entry) {
        String file = menuFile(language, entry);
        Optional<Article> found = article(file);
        if (found.isEmpty() && file.endsWith("/" + ArticleFile.INDEX)) found = article(file.substring(0, file.length() - ArticleFile.INDEX.length()));
        return found;
    }

    /** The file a menu entry names in a language: {@code about.md} is {@code content/en/about.md}, {@code learn/} the folder's {@code index.md}. */
    static String menuFile(Language language, Menu.Entry entry) {
        String written = entry.file().startsWith("./") ? entry.file().substring(2) : entry.file();
        return "content/" + language.code() + "/" + (written.endsWith("/") ? written + ArticleFile.INDEX : written);
    }

    public Optional<Article> home(Language language) {
        return section(language, "").filter(Article::home);
    }

    /** Site path of each article's file ({@code content/en/about.md} → {@code /en/about/}), for resolving editors' links. */
    public Map<String, String> pathsByFile() {
        return Collections.unmodifiableMap(pathsByFile);
    }
}
