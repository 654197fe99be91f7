package jembatan.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;

/**
 * Places each language's pages in its tree of folders, as Hugo and Zola do: every folder that
 * holds a published page is a section, whose page is its {@code index.md} or, without one, a
 * page made with the folder's name as its title. A page's address is its section's address and
 * its own slug, so a folder's {@code index.md} localizes the folder's segment ({@code slug:
 * belajar}) for everything under it. {@code translation: none} in a folder's {@code index.md}
 * makes everything under it one-language.
 */
final class SectionTree {
    private final Language language;
    private final Map<String, Article> indexes = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, Boolean> oneLanguage = new HashMap<>();

    private SectionTree(Language language) {
        this.language = language;
    }

    /**
     * Every article of {@code all} at its place, followed by the pages made for folders without
     * an {@code index.md} that hold a page this build publishes. The slug of an {@code index.md}
     * held back (a draft) still names its folder, so that no address depends on a draft.
     */
    static List<Article> place(List<Article> all, SiteConfig config, Publication publication, Problems problems) {
        List<Article> placed = new ArrayList<>(all.size());
        Map<Language, SectionTree> trees = new HashMap<>();
        for (Language language : config.languages()) trees.put(language, new SectionTree(language));
        for (Article article : all) {
            if (article.kind() == Article.Kind.SECTION) trees.get(article.language()).indexes.putIfAbsent(article.folder(), article);
        }
        List<Article> generated = new ArrayList<>();
        for (Language language : config.languages()) {
            SectionTree tree = trees.get(language);
            TreeSet<String> folders = new TreeSet<>();
            for (Article article : all) {
                if (!article.language().equals(language) || !publication.publishes(article)) continue;
                for (String folder = article.folder(); !folder.isEmpty(); folder = parentOf(folder)) folders.add(folder);
            }
            for (String folder : folders) {
                Optional<Article> index = tree.index(folder);
                if (index.filter(publication::publishes).isPresent()) continue;
                tree.generated(folder, index, problems).ifPresent(generated::add);
            }
        }
        for (Article article : all) placed.add(trees.get(article.language()).place(article));
        for (Article article : generated) placed.add(trees.get(article.language()).place(article));
        return placed;
    }

    /** The page made for a folder that has no published {@code index.md}: titled after the folder, at the slug its index gives, if any. */
    private Optional<Article> generated(String folder, Optional<Article> heldBackIndex, Problems problems) {
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        String file = "content/" + language.code() + "/" + folder + "/";
        String slug = heldBackIndex.map(Article::slug).orElse(name);
        if (!Slug.isValid(slug)) {
            String suggestion = Slug.of(name);
            problems.at(file, 0, "the folder's name \"" + name + "\" is not a single URL segment",
                    "rename the folder" + (suggestion.isEmpty() ? "" : " to \"" + suggestion + "\"") + ", or give it an index.md with `slug: "
                            + (suggestion.isEmpty() ? "..." : suggestion) + "`");
            return Optional.empty();
        }
        java.util.Optional<String> unfit = Slug.unfit(slug);
        if (unfit.isPresent()) {
            problems.at(file, 0, "the folder's name \"" + Slug.shown(slug) + "\" " + unfit.get(), "rename the folder, or give it an index.md with `slug:`");
            return java.util.Optional.empty();
        }
        FrontMatter front = FrontMatter.ofTitle(titleOf(name));
        return Optional.of(new Article(file, language, folder + "/", slug, front, "", 1, Article.Kind.SECTION, folder, false,
                language.homePath() + folder + "/"));
    }

    /** {@code getting-started} as a title: {@code Getting started}. */
    private String titleOf(String name) {
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) return name;
        Locale locale = language.locale();
        return words.substring(0, words.offsetByCodePoints(0, 1)).toUpperCase(locale) + words.substring(words.offsetByCodePoints(0, 1));
    }

    private Article place(Article article) {
        return switch (article.kind()) {
            case HOME -> article;
            case SECTION -> article.placed(path(article.folder()), oneLanguage(article.folder()));
            default -> article.placed(path(article.folder()) + article.slug() + "/", article.front().oneLanguage() || oneLanguage(article.folder()));
        };
    }

    /** The folder's {@code index.md}, if it has one. */
    private Optional<Article> index(String folder) {
        return Optional.ofNullable(indexes.get(folder));
    }

    /** The address of a folder's section: its parent's and the segment its index gives it. */
    private String path(String folder) {
        if (folder.isEmpty()) return language.homePath();
        String known = paths.get(folder);
        if (known != null) return known;
        String path = path(parentOf(folder)) + index(folder).map(Article::slug).orElse(folder.substring(folder.lastIndexOf('/') + 1)) + "/";
        paths.put(folder, path);
        return path;
    }

    /** Whether a folder is published in its language only: its index says so, or a folder above it does. */
    private boolean oneLanguage(String folder) {
        if (folder.isEmpty()) return false;
        Boolean known = oneLanguage.get(folder);
        if (known != null) return known;
        boolean one = index(folder).filter(index -> index.front().oneLanguage()).isPresent() || oneLanguage(parentOf(folder));
        oneLanguage.put(folder, one);
        return one;
    }

    static String parentOf(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /**
     * {@code article}, as read again from its file, placed under {@code parent}: the section
     * that lists it in the site as last built (for a folder's page, the folder above).
     */
    static Article placeUnder(Article article, Article parent) {
        if (article.home()) return article;
        boolean one = article.front().oneLanguage() || parent.oneLanguage();
        return article.placed(parent.sitePath() + article.slug() + "/", one);
    }
}
