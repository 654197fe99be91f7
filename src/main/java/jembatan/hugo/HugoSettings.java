package jembatan.hugo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import jembatan.report.Problems;
import jembatan.source.SourceText;
import jembatan.source.YamlReader;
import jembatan.source.YamlValue;
import org.jspecify.annotations.Nullable;

/**
 * Hugo's configuration as written, before it means anything: the top-level keys of
 * {@code hugo.toml|yaml|json} or {@code config.toml|yaml|json}, and of the files in
 * {@code config/_default/} (where {@code languages.toml} holds the key {@code languages} and
 * {@code menus.en.toml} the English menus), each with the file it came from. Hugo's keys are not
 * case-sensitive ({@code baseURL}, {@code baseurl}), so they are looked up in lower case.
 */
record HugoSettings(List<Setting> settings) {
    static final List<String> ROOT_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    /** One top-level key, its value and the source-relative file that set it. */
    record Setting(String key, YamlValue value, String file) {
    }

    /** A value with the file it was written in, for messages at its line. */
    record Found(YamlValue value, String file) {
        Optional<String> text() {
            return HugoSettings.text(value);
        }
    }

    /** Reads the configuration of the Hugo project at {@code source}; nothing, with a problem, when there is none or it cannot be read. */
    static Optional<HugoSettings> read(Path source, Problems problems) {
        List<Setting> settings = new ArrayList<>();
        int before = problems.size();
        boolean found = false;
        for (String name : ROOT_FILES) {
            if (!Files.isRegularFile(source.resolve(name))) continue;
            found = true;
            readFile(source, name, null, settings, problems);
            break;
        }
        Path folder = source.resolve("config/_default");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.matches("[^.]+(\\.[a-z]{2,3}(-[a-zA-Z]+)?)?\\.(toml|ya?ml|json)")) continue;
                    found = true;
                    String[] parts = name.split("\\.");
                    String key = parts[0].toLowerCase(Locale.ROOT);
                    String language = parts.length == 3 ? parts[1] : null;
                    readFile(source, "config/_default/" + name, key.equals("hugo") || key.equals("config") ? null
                            : language == null ? key : "languages." + language + "." + key, settings, problems);
                }
            } catch (IOException e) {
                problems.at("config/_default", 0, "cannot be read: " + e.getMessage(), "check the folder's permissions");
            }
        }
        if (!found) {
            problems.at(".", 0, "no Hugo configuration was found", "give the folder that holds hugo.toml (or config.toml, hugo.yaml, config/_default/)");
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new HugoSettings(settings));
    }

    /** Reads one file; {@code under} is the key its whole content stands for ({@code languages}, {@code languages.en.menus}), or null at the top. */
    private static void readFile(Path source, String name, @Nullable String under, List<Setting> settings, Problems problems) {
        Optional<YamlValue.Mapping> mapping = SourceText.read(source.resolve(name), name, problems).flatMap(text -> parse(text, name, problems));
        if (mapping.isEmpty()) return;
        if (under == null) {
            mapping.get().entries().forEach(e -> settings.add(new Setting(e.key().toLowerCase(Locale.ROOT), e.value(), name)));
            return;
        }
        String[] path = under.split("\\.");
        YamlValue value = mapping.get();
        for (int i = path.length - 1; i > 0; i--) {
            value = new YamlValue.Mapping(List.of(new YamlValue.Entry(path[i], 1, 1, value)), 1, 1);
        }
        settings.add(new Setting(path[0], value, name));
    }

    static Optional<YamlValue.Mapping> parse(String text, String file, Problems problems) {
        if (file.endsWith(".toml")) return TomlTree.read(text, file, 1, problems);
        if (text.isBlank()) return Optional.of(HugoFrontMatter.EMPTY);
        Optional<YamlValue> value = YamlReader.read(file.endsWith(".json") ? text.replace('\t', ' ') : text, file, 1, problems);
        if (value.isPresent() && !(value.get() instanceof YamlValue.Mapping)) {
            problems.at(file, 1, "the configuration is " + value.get().kind(), "write it as keys and values");
            return Optional.empty();
        }
        return value.map(YamlValue.Mapping.class::cast);
    }

    /** Every value set for a top-level key, in the order read (the root file, then config/_default/). */
    List<Found> all(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).map(s -> new Found(s.value(), s.file())).toList();
    }

    Optional<Found> get(String key) {
        return all(key).stream().findFirst();
    }

    Optional<String> text(String key) {
        return get(key).flatMap(Found::text);
    }

    /** The value of {@code key} in a mapping, whatever its case. */
    static Optional<YamlValue> in(YamlValue mapping, String key) {
        if (!(mapping instanceof YamlValue.Mapping m)) return Optional.empty();
        return m.entries().stream().filter(e -> e.key().equalsIgnoreCase(key)).map(YamlValue.Entry::value).findFirst();
    }

    static Optional<String> text(YamlValue value) {
        return value instanceof YamlValue.Scalar scalar && !scalar.isNull() ? Optional.of(scalar.text()) : Optional.empty();
    }

    static Optional<String> textIn(YamlValue mapping, String key) {
        return in(mapping, key).flatMap(HugoSettings::text);
    }
}
