package jembatan.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jembatan.config.Language;
import jembatan.config.SiteConfig;

/**
 * Everything an editor wrote, as one model: the configuration and the articles to publish, with
 * their translations paired by key, the articles this build holds back (so that a link to one
 * can say why it fails), and the files that could not be read (their problems are reported
 * already; links to them and their translations are not reported again), and what this build
 * publishes. Later stages read it and never change it.
 */
public record Site(SiteConfig config, List<Article> articles, List<Article> heldBack, List<String> unreadable, Publication publication) {

    public Site {
        articles = List.copyOf(articles);
        heldBack = List.copyOf(heldBack);
        unreadable = List.copyOf(unreadable);
    }

    /** The article with this key in each language that has it, in the configured language order. */
    public List<Article> translations(String key) {
        List<Article> found = new ArrayList<>();
        for (Language language : config.languages()) {
            articles.stream().filter(a -> a.key().equals(key) && a.language().equals(language)).findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The files of the articles this build leaves out. */
    public List<String> leftOut() {
        return heldBack.stream().map(Article::file).toList();
    }

    /** Why the article in {@code file} is left out, if it is: "a draft", "dated 2026-01-01, after today". */
    public Optional<String> whyLeftOut(String file) {
        return heldBack.stream().filter(a -> a.file().equals(file)).findFirst().map(publication::reasonHeldBack);
    }

    /** Whether an article is in this build although it is not ready: a draft or dated after today. */
    public boolean unpublished(Article article) {
        return article.draft() || publication.scheduled(article);
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
        return articles.stream()
                .filter(a -> a.language().equals(language) && !a.home())
                .sorted(Comparator.comparing((Article a) -> a.front().weight().orElse(Integer.MAX_VALUE))
                        .thenComparing(a -> a.front().date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Article::title)
                        .thenComparing(Article::file))
                .toList();
    }

    /**
     * The pages of a language in its menu: those given a {@code weight}, in its order. A menu
     * names a few chosen pages, so that it stays short however large the archive grows.
     */
    public List<Article> menu(Language language) {
        return pages(language).stream().filter(a -> a.front().weight().isPresent()).toList();
    }

    public Optional<Article> home(Language language) {
        return articles.stream().filter(a -> a.home() && a.language().equals(language)).findFirst();
    }

    /** Site path of each article's file ({@code content/en/about.md} → {@code /en/about/}), for resolving editors' links. */
    public Map<String, String> pathsByFile() {
        Map<String, String> paths = new TreeMap<>();
        for (Article article : articles) paths.put(article.file(), article.sitePath());
        return paths;
    }
}
