package jembatan.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jembatan.report.Problems;
import jembatan.source.YamlValue;

/**
 * The top menu as {@code content/site.yaml} declares it under {@code menu:}: the pages it links
 * to, by file (relative to the language's folder), each with an optional short label and the
 * line it is written on. Either one list for every language (each language links to its own
 * version of the file) or a list per language code. A site whose pages all carry a weight still
 * gets the few links it lists, not a menu of every page.
 */
public record Menu(List<Entry> everyLanguage, Map<String, List<Entry>> byLanguage) {
    public static final Menu NONE = new Menu(List.of(), Map.of());

    public Menu {
        everyLanguage = List.copyOf(everyLanguage);
        byLanguage = Map.copyOf(byLanguage);
    }

    /** One link of the menu: the file it leads to ({@code about.md}, {@code learn/index.md}), its label if given, its line. */
    public record Entry(String file, Optional<String> label, int line) {
    }

    /** The entries of a language's menu, in the order written. */
    public List<Entry> of(Language language) {
        return byLanguage.getOrDefault(language.code(), everyLanguage);
    }

    /** Whether the menu of this language was listed for it alone (so that every entry must exist in it). */
    public boolean listedFor(Language language) {
        return byLanguage.containsKey(language.code());
    }

    static Menu parse(YamlValue value, List<String> codes, String file, Problems problems) {
        if (value instanceof YamlValue.Sequence sequence) return new Menu(entries(sequence, file, problems), Map.of());
        if (!(value instanceof YamlValue.Mapping mapping)) {
            problems.at(file, value.line(), "menu must be a list of files, or a list per language, not " + value.kind(),
                    "write e.g. `menu: [about.md, learn/index.md]`");
            return NONE;
        }
        Map<String, List<Entry>> byLanguage = new LinkedHashMap<>();
        for (YamlValue.Entry language : mapping.entries()) {
            if (!codes.contains(language.key())) {
                problems.at(file, language.line(), "menu names \"" + language.key() + "\", which is not one of the languages",
                        "list the menu under a language code: " + String.join(", ", codes));
            } else if (language.value() instanceof YamlValue.Sequence sequence) {
                byLanguage.put(language.key(), entries(sequence, file, problems));
            } else {
                problems.at(file, language.line(), "the menu of \"" + language.key() + "\" must be a list of files", "write e.g. `" + language.key() + ": [about.md]`");
            }
        }
        return new Menu(List.of(), byLanguage);
    }

    private static List<Entry> entries(YamlValue.Sequence sequence, String file, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (item instanceof YamlValue.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                entries.add(new Entry(scalar.text().strip(), Optional.empty(), item.line()));
            } else if (item instanceof YamlValue.Mapping mapping && mapping.get("file").orElse(null) instanceof YamlValue.Scalar link
                    && !link.isNull() && mapping.entries().stream().allMatch(e -> e.key().equals("file") || e.key().equals("title"))) {
                Optional<String> label = mapping.get("title").filter(v -> v instanceof YamlValue.Scalar s && !s.isNull())
                        .map(v -> ((YamlValue.Scalar) v).text().strip()).filter(t -> !t.isEmpty());
                entries.add(new Entry(link.text().strip(), label, item.line()));
            } else {
                problems.at(file, item.line(), "a menu entry is a file, or a file with its label",
                        "write `- about.md` or `- file: about.md` with `title: About` under it");
            }
        }
        return entries;
    }
}
