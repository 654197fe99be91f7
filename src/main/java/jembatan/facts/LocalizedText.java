package jembatan.facts;

import java.util.Map;
import java.util.TreeMap;
import jembatan.config.Language;

/**
 * A text written once per language ({@code {id: Tanggal, en: Date}}), or once for all when it
 * does not change (a person's name, an outlet's name); {@code shared} is empty when each language
 * has its own. The loader makes sure every language of
 * the site has its text, so {@link #in} never comes back empty.
 */
public record LocalizedText(Map<String, String> byLanguage, String shared) {

    public LocalizedText {
        byLanguage = Map.copyOf(new TreeMap<>(byLanguage));
    }

    public static LocalizedText same(String text) {
        return new LocalizedText(Map.of(), text);
    }

    public static LocalizedText of(Map<String, String> byLanguage) {
        return new LocalizedText(byLanguage, "");
    }

    public String in(Language language) {
        return byLanguage.getOrDefault(language.code(), shared);
    }
}
