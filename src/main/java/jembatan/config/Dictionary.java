package jembatan.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import jembatan.source.SourceText;
import jembatan.report.Problem;
import jembatan.report.Problems;
import jembatan.source.YamlReader;
import jembatan.source.YamlValue;

/**
 * The interface strings of one language ("Baca dalam bahasa Inggris", "Sumber", ...), from
 * {@code templates/i18n/<code>.yaml}, so that no template hard-codes a language. Every language
 * must have every key: {@link #loadAll} reports a key that one dictionary lacks, naming the file
 * that has it.
 */
public record Dictionary(Language language, Map<String, String> strings) {

    public Dictionary {
        strings = Map.copyOf(strings);
    }

    public static String file(Language language) {
        return "templates/i18n/" + language.code() + ".yaml";
    }

    /** The string for {@code key}, with each {@code {name}} replaced by its value. */
    public String format(String key, Map<String, String> values) {
        String text = strings.getOrDefault(key, key);
        for (Map.Entry<String, String> value : values.entrySet()) text = text.replace("{" + value.getKey() + "}", value.getValue());
        return text;
    }

    public static Map<Language, Dictionary> loadAll(Path projectRoot, List<Language> languages, Problems problems) {
        Map<Language, Dictionary> dictionaries = new LinkedHashMap<>();
        Map<Language, Map<String, Integer>> lines = new LinkedHashMap<>();
        for (Language language : languages) {
            String file = file(language);
            Path path = projectRoot.resolve(file);
            if (!Files.isRegularFile(path)) {
                // Without templates/ at all, that is the one mistake to report.
                problems.add(Problem.at(file, 0, "the interface strings for " + language.name() + " are missing",
                        "copy another language's file under templates/i18n/ to " + file + " and translate it").followingFrom(List.of("templates")));
                continue;
            }
            Map<String, String> strings = new TreeMap<>();
            Map<String, Integer> keyLines = new TreeMap<>();
            SourceText.read(path, file, problems)
                    .flatMap(text -> YamlReader.read(text, file, 1, problems))
                    .ifPresent(value -> {
                        if (!(value instanceof YamlValue.Mapping mapping)) {
                            problems.at(file, value.line(), "must be a list of `key: text` lines", "e.g. `sources: Sumber`");
                            return;
                        }
                        for (YamlValue.Entry entry : mapping.entries()) {
                            if (entry.value() instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
                                strings.put(entry.key(), scalar.text());
                                keyLines.put(entry.key(), entry.line());
                            } else {
                                problems.at(file, entry.line(), "\"" + entry.key() + "\" must be text, not " + entry.value().kind(),
                                        "write it as `" + entry.key() + ": \"...\"`");
                            }
                        }
                    });
            dictionaries.put(language, new Dictionary(language, strings));
            lines.put(language, keyLines);
        }
        reportMissingKeys(lines, problems);
        return dictionaries;
    }

    private static void reportMissingKeys(Map<Language, Map<String, Integer>> lines, Problems problems) {
        TreeSet<String> allKeys = new TreeSet<>();
        lines.values().forEach(m -> allKeys.addAll(m.keySet()));
        for (Map.Entry<Language, Map<String, Integer>> dictionary : lines.entrySet()) {
            for (String key : allKeys) {
                if (dictionary.getValue().containsKey(key)) continue;
                Optional<Map.Entry<Language, Map<String, Integer>>> holder = lines.entrySet().stream()
                        .filter(e -> e.getValue().containsKey(key)).findFirst();
                String where = holder.map(h -> file(h.getKey()) + ":" + h.getValue().get(key)).orElse("another dictionary");
                problems.at(file(dictionary.getKey()), 0, "interface string \"" + key + "\" is missing (" + where + " has it)",
                        "add `" + key + ": ...` in " + dictionary.getKey().name());
            }
        }
    }
}
