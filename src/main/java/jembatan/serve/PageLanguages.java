package jembatan.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.report.Problems;

/**
 * The interface strings of each of the site's languages, for the pages the preview writes itself
 * (the {@link ErrorPage}, a missing page): a page under {@code /id/} speaks Indonesian, one under
 * {@code /en/} English, and any other the site's {@code default_language}. They are read apart
 * from the build, because the build that failed may have failed before it read them.
 */
record PageLanguages(Map<String, Map<String, String>> strings, String defaultCode) {

    /**
     * What a page shows when the dictionaries themselves cannot be read (a project without
     * {@code site.yaml}, a key missing): English, so the page still says what went wrong.
     */
    static final Map<String, String> FALLBACK = Map.of(
            "error.title", "Jembatan: the site was not built",
            "error.heading.one", "1 problem: the site was not built",
            "error.heading.other", "{count} problems: the site was not built",
            "error.text", "Fix them and save; this page reloads by itself.",
            "error.problems", "Problems",
            "not_found.title", "Page not found",
            "not_found.text", "This address is not on this site, or it has moved.");

    static final PageLanguages NONE = new PageLanguages(Map.of(), "en");

    PageLanguages {
        strings = Map.copyOf(strings);
    }

    /**
     * Reads {@code content/site.yaml} and {@code templates/i18n/}; what cannot be read is taken
     * from {@code before} (the last that could), since the build reports the mistake itself.
     */
    static PageLanguages load(Path projectRoot, PageLanguages before) {
        Problems ignored = new Problems();
        Optional<SiteConfig> config = SiteConfigLoader.load(projectRoot, ignored);
        if (config.isEmpty()) return before;
        Map<String, Map<String, String>> strings = new LinkedHashMap<>();
        for (Map.Entry<Language, Dictionary> dictionary : Dictionary.loadAll(projectRoot, config.get().languages(), ignored).entrySet()) {
            strings.put(dictionary.getKey().code(), dictionary.getValue().strings());
        }
        return new PageLanguages(strings, config.get().defaultLanguage().code());
    }

    /** The language of the page at {@code sitePath}: its first folder when that is a language, else the default. */
    String languageOf(String sitePath) {
        int end = sitePath.indexOf('/', 1);
        String first = end < 0 ? sitePath.substring(1) : sitePath.substring(1, end);
        return strings.containsKey(first) ? first : defaultCode;
    }

    /** The string for {@code key} in {@code code}, each {@code {name}} replaced; English when the dictionary lacks it. */
    String format(String code, String key, Map<String, String> values) {
        String text = strings.getOrDefault(code, Map.of()).getOrDefault(key, FALLBACK.getOrDefault(key, key));
        for (Map.Entry<String, String> value : values.entrySet()) text = text.replace("{" + value.getKey() + "}", value.getValue());
        return text;
    }
}
