package jembatan.config;

import java.util.List;
import java.util.Optional;

/**
 * The site as {@code content/site.yaml} describes it: where it is published and its languages, in
 * the order the language switcher and the language chooser show them, the default one first.
 */
public record SiteConfig(BaseUrl baseUrl, List<Language> languages, Language defaultLanguage) {

    public static final String FILE = "content/site.yaml";

    public SiteConfig {
        languages = List.copyOf(languages);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public SiteConfig withBaseUrl(BaseUrl other) {
        return new SiteConfig(other, languages, defaultLanguage);
    }
}
