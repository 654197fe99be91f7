package jembatan.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.Site;

/**
 * The language switcher of a page: for each other language, its version of the page, or, where
 * it has none (a page published in one language by choice, a folder only one language has), a
 * note in the page's language that it is not available, leading to the nearest page above it
 * that is: its section, or a section above, or the home page. So a reader is never sent to an
 * address that does not exist, and never left without a way into the other language.
 */
final class Switcher {
    private Switcher() {
    }

    /**
     * What the template shows per other language: {@code code}, {@code name}, {@code title} and
     * {@code path} of the page it leads to, its {@code label}, and {@code available}: whether it
     * is this page's translation or the nearest page instead.
     */
    static List<Map<String, Object>> of(Article article, Site site, Map<Language, Dictionary> dictionaries,
                                        Function<Article, Optional<String>> counterpart) {
        Dictionary dictionary = dictionaries.get(article.language());
        List<Map<String, Object>> entries = new ArrayList<>();
        List<Article> versions = site.alternates(article);
        for (Language other : site.config().languages()) {
            if (other.equals(article.language())) continue;
            Optional<Article> version = versions.stream().filter(v -> v.language().equals(other)).findFirst();
            String languageName = dictionary.format("language." + other.code(), Map.of());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", other.code());
            entry.put("name", other.name());
            if (version.isPresent()) {
                entry.put("title", PageModel.titleOf(version.get(), dictionaries));
                entry.put("path", counterpart.apply(version.get()).orElse(version.get().sitePath()));
                entry.put("label", dictionary.format("read_in", Map.of("language", languageName)));
                entry.put("available", true);
            } else {
                Optional<Article> instead = nearestIn(article, other, site);
                if (instead.isEmpty()) continue;
                entry.put("title", PageModel.titleOf(instead.get(), dictionaries));
                entry.put("path", instead.get().sitePath());
                entry.put("label", dictionary.format("unavailable", Map.of("language", languageName)));
                entry.put("available", false);
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The pages a switcher leads to instead of translations the page lacks, for the model's inputs. */
    static List<Article> insteadOfTranslations(Article article, Site site) {
        List<Article> instead = new ArrayList<>();
        List<Article> versions = site.translations(article);
        for (Language other : site.config().languages()) {
            if (versions.stream().noneMatch(v -> v.language().equals(other))) nearestIn(article, other, site).ifPresent(instead::add);
        }
        return instead;
    }

    /** The version in {@code language} of the nearest section above {@code article} that has one. */
    private static Optional<Article> nearestIn(Article article, Language language, Site site) {
        List<Article> above = site.ancestors(article);
        for (int i = above.size() - 1; i >= 0; i--) {
            Optional<Article> version = site.translations(above.get(i)).stream().filter(v -> v.language().equals(language)).findFirst();
            if (version.isPresent()) return version;
        }
        return site.home(language);
    }
}
