package jembatan.config;

import java.util.List;
import java.util.Optional;

/**
 * The site as {@code content/site.yaml} describes it: where it is published, its languages in
 * the order the language switcher and the language chooser show them (the default one first),
 * who publishes it (for search engines' structured data), and the custom domain GitHub Pages
 * should answer to, if any.
 */
public record SiteConfig(BaseUrl baseUrl, List<Language> languages, Language defaultLanguage, String publisher, Optional<String> cname) {

    public static final String FILE = "content/site.yaml";

    public SiteConfig {
        languages = List.copyOf(languages);
    }

    /** A site published by whoever its default language's title names, on GitHub's own domain. */
    public SiteConfig(BaseUrl baseUrl, List<Language> languages, Language defaultLanguage) {
        this(baseUrl, languages, defaultLanguage, defaultLanguage.title(), Optional.empty());
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public SiteConfig withBaseUrl(BaseUrl other) {
        return new SiteConfig(other, languages, defaultLanguage, publisher, cname);
    }
}
