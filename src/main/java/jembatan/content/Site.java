package jembatan.content;

import java.util.ArrayList;
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
import jembatan.config.SiteConfig;

/**
 * Everything an editor wrote, as one model: the configuration and the articles to publish, with
 * their translations paired by key, the articles this build holds back (so that a link to one
 * can say why it fails), the files that could not be read (their problems are reported already;
 * links to them and their translations are not reported again), and what this build publishes.
 * Later stages read it and never change it. Its indexes (translations by key, pages and menu by
 * language, paths by file) are made once, so that every page can ask them without the site's
 * size entering twice.
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
    private final Map<Language, List<Article>> menus;
    private final Map<String, String> pathsByFile;
    private final Map<String, Article> heldBackByFile;
    private final Map<String, Integer> indexByFile;

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
            versions.computeIfAbsent(article.key(), k -> new HashMap<>()).putIfAbsent(article.language(), article);
            pathsByFile.put(article.file(), article.sitePath());
        }
        versions.forEach((key, byLanguage) -> {
            List<Article> ordered = new ArrayList<>();
            for (Language language : config.languages()) {
                Article article = byLanguage.get(language);
                if (article != null) ordered.add(article);
            }
            byKey.put(key, List.copyOf(ordered));
        });
        for (Language language : config.languages()) {
            List<Article> sorted = this.articles.stream().filter(a -> a.language().equals(language) && !a.home()).sorted(LIST_ORDER).toList();
            pages.put(language, sorted);
            menus.put(language, sorted.stream().filter(a -> a.front().weight().isPresent()).toList());
        }
        for (Article article : this.heldBack) heldBackByFile.putIfAbsent(article.file(), article);
        for (int i = 0; i < this.articles.size(); i++) indexByFile.putIfAbsent(this.articles.get(i).file(), i);
    }

    private static final Comparator<Article> LIST_ORDER = Comparator.comparing((Article a) -> a.front().weight().orElse(Integer.MAX_VALUE))
            .thenComparing(a -> a.front().date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::title)
            .thenComparing(Article::file);

    private Site(Site site, List<Article> articles, Map<String, List<Article>> byKey, Map<Language, List<Article>> pages, Map<Language, List<Article>> menus) {
        this.config = site.config;
        this.articles = articles;
        this.heldBack = site.heldBack;
        this.unreadable = site.unreadable;
        this.unreadableFiles = site.unreadableFiles;
        this.publication = site.publication;
        this.byKey = byKey;
        this.pages = pages;
        this.menus = menus;
        this.pathsByFile = site.pathsByFile;
        this.heldBackByFile = site.heldBackByFile;
        this.indexByFile = site.indexByFile;
    }

    /**
     * This site with some of its articles edited in place: each replaces the published article of
     * the same file, which must keep its key, language and URL (a preview checks that before it
     * asks). The indexes are updated, not rebuilt, and a language's lists are sorted again only
     * when an edit changed what they are sorted by.
     */
    public Site withEdited(List<Article> edited) {
        List<Article> articles = new ArrayList<>(this.articles);
        Map<String, List<Article>> byKey = new HashMap<>(this.byKey);
        Map<Language, List<Article>> pages = new HashMap<>(this.pages);
        Map<Language, List<Article>> menus = new HashMap<>(this.menus);
        for (Article article : edited) {
            Integer index = indexByFile.get(article.file());
            if (index == null) throw new IllegalArgumentException(article.file() + " is not an article of this site");
            Article before = articles.set(index, article);
            byKey.put(article.key(), replaced(byKey.get(article.key()), before, article));
            if (article.home()) continue;
            Language language = article.language();
            boolean sameOrder = sameSortKeys(before, article);
            List<Article> list = sameOrder ? replaced(pages.get(language), before, article) : moved(pages.get(language), before, article);
            pages.put(language, list);
            if (sameOrder && before.front().weight().isPresent() == article.front().weight().isPresent()) {
                menus.put(language, replaced(menus.get(language), before, article));
            } else {
                menus.put(language, list.stream().filter(a -> a.front().weight().isPresent()).toList());
            }
        }
        return new Site(this, List.copyOf(articles), byKey, pages, menus);
    }

    private static boolean sameSortKeys(Article a, Article b) {
        return a.front().weight().equals(b.front().weight()) && a.front().date().equals(b.front().date()) && a.title().equals(b.title());
    }

    /** The sorted list with {@code before} taken out and {@code after} put in its place in the order: no sort of the whole list. */
    private static List<Article> moved(List<Article> list, Article before, Article after) {
        List<Article> copy = new ArrayList<>(list.size());
        for (Article article : list) if (article != before) copy.add(article);
        int at = Collections.binarySearch(copy, after, LIST_ORDER);
        copy.add(at < 0 ? -at - 1 : at, after);
        return List.copyOf(copy);
    }

    private static List<Article> replaced(List<Article> list, Article before, Article after) {
        List<Article> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) if (copy.get(i) == before) copy.set(i, after);
        return List.copyOf(copy);
    }

    /** The published article written in {@code file}, if there is one. */
    public Optional<Article> article(String file) {
        Integer index = indexByFile.get(file);
        return index == null ? Optional.empty() : Optional.of(articles.get(index));
    }

    /** The pairs of {@link #translationPairs()} that {@code article} is part of. */
    public List<Translation> translationPairsOf(Article article) {
        List<Translation> pairs = new ArrayList<>();
        for (Article version : translations(article.key())) {
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

    /** The articles this build publishes, in the order they were read. */
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

    /** The article with this key in each language that has it, in the configured language order. */
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

    /** The other languages' versions of an article. */
    public List<Article> alternates(Article article) {
        return translations(article.key()).stream().filter(a -> !a.equals(article)).toList();
    }

    /** Every page of a language but its home, as lists show them: by weight, then date (newest first), then title. */
    public List<Article> pages(Language language) {
        return pages.getOrDefault(language, List.of());
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

    /**
     * The pages of a language in its menu: those given a {@code weight}, in its order. A menu
     * names a few chosen pages, so that it stays short however large the archive grows.
     */
    public List<Article> menu(Language language) {
        return menus.getOrDefault(language, List.of());
    }

    public Optional<Article> home(Language language) {
        return translations(Article.HOME_KEY).stream().filter(a -> a.language().equals(language)).findFirst();
    }

    /** Site path of each article's file ({@code content/en/about.md} → {@code /en/about/}), for resolving editors' links. */
    public Map<String, String> pathsByFile() {
        return Collections.unmodifiableMap(pathsByFile);
    }
}
