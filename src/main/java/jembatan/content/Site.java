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
 * their translations paired by key, the files of drafts left out of this build (so that a link
 * to one can say why it fails), and the files that could not be read (their problems are reported
 * already; links to them and their translations are not reported again). Later stages read it and never change it.
 */
public record Site(SiteConfig config, List<Article> articles, List<String> leftOut, List<String> unreadable) {

    public Site {
        articles = List.copyOf(articles);
        leftOut = List.copyOf(leftOut);
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

    /** The pages of a language that menus and lists show, by weight, then date (newest first), then title. */
    public List<Article> menu(Language language) {
        return articles.stream()
                .filter(a -> a.language().equals(language) && !a.home())
                .sorted(Comparator.comparing((Article a) -> a.front().weight().orElse(Integer.MAX_VALUE))
                        .thenComparing(a -> a.front().date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Article::title)
                        .thenComparing(Article::file))
                .toList();
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
