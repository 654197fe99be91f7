package jembatan.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jembatan.config.Language;

/**
 * The lists of a site and where each page stands in them: each language's sections by folder,
 * what each section, tag's page and tags' page lists (in {@link #LIST_ORDER}), each page's place
 * above (its parent, its breadcrumbs) and beside (the pages before and after it in its section).
 * Made once from the pages of a {@link Site}; an edit that keeps every page in its lists makes
 * a new one that shares what the edit cannot change.
 */
final class Sections {
    /**
     * How every list orders its entries: by weight (none last), then date (newest first, none
     * last), then title, then file. Written out rather than chained from key extractors: a site's
     * lists are sorted whenever it is loaded, and the chain unwraps and boxes every key at every
     * comparison.
     */
    static final Comparator<Article> LIST_ORDER = (a, b) -> {
        int byWeight = Integer.compare(a.front().weight().orElse(Integer.MAX_VALUE), b.front().weight().orElse(Integer.MAX_VALUE));
        if (byWeight != 0) return byWeight;
        Optional<ArticleDate> first = a.front().date();
        Optional<ArticleDate> second = b.front().date();
        if (first.isPresent() != second.isPresent()) return first.isPresent() ? -1 : 1;
        int byDate = first.isPresent() ? second.get().compareTo(first.get()) : 0;
        if (byDate != 0) return byDate;
        int byTitle = a.title().compareTo(b.title());
        return byTitle != 0 ? byTitle : a.file().compareTo(b.file());
    };

    private final Map<String, Article> byFolder;
    private final Map<String, List<Article>> entries;
    private final Map<String, Article> topics;
    private final Map<Language, Article> topicIndexes;
    // Made when first asked for, by section: every page of a section asks for its neighbours, which a scan of the section would make quadratic.
    private final Map<String, List<Article>> sequences = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> positions = new ConcurrentHashMap<>();

    private Sections(Map<String, Article> byFolder, Map<String, List<Article>> entries, Map<String, Article> topics, Map<Language, Article> topicIndexes) {
        this.byFolder = byFolder;
        this.entries = entries;
        this.topics = topics;
        this.topicIndexes = topicIndexes;
    }

    /** The sections of {@code articles}, given in {@link #LIST_ORDER}: each list keeps that order, so none is sorted. */
    static Sections of(List<Article> articles) {
        Map<String, Article> byFolder = new HashMap<>();
        Map<String, Article> topics = new HashMap<>();
        Map<Language, Article> topicIndexes = new HashMap<>();
        for (Article article : articles) {
            if (article.section()) byFolder.putIfAbsent(folderKey(article.language(), article.folder()), article);
            if (article.kind() == Article.Kind.TOPIC) topics.put(Topics.lookup(article.language(), article.title()), article);
            if (article.kind() == Article.Kind.TOPICS) topicIndexes.put(article.language(), article);
        }
        Sections sections = new Sections(byFolder, new HashMap<>(), topics, topicIndexes);
        Map<String, List<Article>> children = new HashMap<>();
        for (Article article : articles) {
            for (Article list : sections.listsOf(article)) children.computeIfAbsent(list.file(), f -> new ArrayList<>()).add(article);
        }
        children.forEach((file, list) -> sections.entries.put(file, List.copyOf(list)));
        return sections;
    }

    /**
     * These lists with each edit's article in place of its earlier version ({@code edits}: as it
     * was, and as it is, in the same lists); a list is sorted again only where the edit changed
     * what it is sorted by, and then by moving the one entry.
     */
    Sections withEdited(Map<Article, Article> edits) {
        Map<String, Article> byFolder = new HashMap<>(this.byFolder);
        Map<String, List<Article>> entries = new HashMap<>(this.entries);
        for (Map.Entry<Article, Article> edit : edits.entrySet()) {
            Article before = edit.getKey();
            Article article = edit.getValue();
            if (article.section()) byFolder.put(folderKey(article.language(), article.folder()), article);
            boolean sameOrder = sameSortKeys(before, article);
            for (Article list : listsOf(article)) {
                List<Article> listed = entries.get(list.file());
                entries.put(list.file(), sameOrder ? replaced(listed, before, article) : moved(listed, before, article));
            }
        }
        return new Sections(byFolder, entries, topics, topicIndexes);
    }

    /** The lists an article is an entry of: its parent's, and its tags' pages'. */
    private List<Article> listsOf(Article article) {
        List<Article> lists = new ArrayList<>();
        parent(article).ifPresent(lists::add);
        for (Article topic : topicsOf(article)) lists.add(topic);
        return lists;
    }

    static boolean sameSortKeys(Article a, Article b) {
        return a.front().weight().equals(b.front().weight()) && a.front().date().equals(b.front().date()) && a.title().equals(b.title());
    }

    /** The sorted list with {@code before} taken out and {@code after} put in its place in the order: no sort of the whole list. */
    static List<Article> moved(List<Article> list, Article before, Article after) {
        List<Article> copy = new ArrayList<>(list.size());
        for (Article article : list) if (article != before) copy.add(article);
        int at = Collections.binarySearch(copy, after, LIST_ORDER);
        copy.add(at < 0 ? -at - 1 : at, after);
        return List.copyOf(copy);
    }

    static List<Article> replaced(List<Article> list, Article before, Article after) {
        List<Article> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) if (copy.get(i) == before) copy.set(i, after);
        return List.copyOf(copy);
    }

    private static String folderKey(Language language, String folder) {
        return language.code() + "\n" + folder;
    }

    Optional<Article> section(Language language, String folder) {
        return Optional.ofNullable(byFolder.get(folderKey(language, folder)));
    }

    List<Article> entries(Article list) {
        return entries.getOrDefault(list.file(), List.of());
    }

    Optional<Article> parent(Article article) {
        return switch (article.kind()) {
            case TOPIC -> Optional.ofNullable(topicIndexes.get(article.language()));
            case TOPICS -> section(article.language(), "").filter(Article::home);
            default -> article.parentFolder().flatMap(folder -> section(article.language(), folder));
        };
    }

    List<Article> topicsOf(Article article) {
        List<Article> pages = new ArrayList<>();
        for (String tag : article.front().tags()) {
            Article topic = topics.get(Topics.lookup(article.language(), tag));
            if (topic != null && !pages.contains(topic)) pages.add(topic);
        }
        return pages;
    }

    List<Article> ancestors(Article article) {
        List<Article> chain = new ArrayList<>();
        for (Optional<Article> at = parent(article); at.isPresent(); at = parent(at.get())) chain.add(0, at.get());
        return chain;
    }

    List<Optional<Article>> neighbours(Article article) {
        Optional<Article> parent = parent(article);
        if (article.lists() || parent.isEmpty() || parent.get().home()) return List.of(Optional.empty(), Optional.empty());
        List<Article> pagesOnly = sequences.computeIfAbsent(parent.get().file(), file -> entries(parent.get()).stream().filter(a -> !a.lists()).toList());
        Map<String, Integer> places = positions.computeIfAbsent(parent.get().file(), file -> {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < pagesOnly.size(); i++) at.put(pagesOnly.get(i).file(), i);
            return at;
        });
        int at = places.getOrDefault(article.file(), -1);
        return List.of(at > 0 ? Optional.of(pagesOnly.get(at - 1)) : Optional.empty(),
                at >= 0 && at + 1 < pagesOnly.size() ? Optional.of(pagesOnly.get(at + 1)) : Optional.empty());
    }
}
