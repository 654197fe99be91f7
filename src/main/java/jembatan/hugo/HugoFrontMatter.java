package jembatan.hugo;

import java.util.List;
import java.util.Optional;
import jembatan.report.Problems;
import jembatan.source.YamlReader;
import jembatan.source.YamlValue;

/**
 * A Hugo content file split into its front matter and its text. Hugo takes three formats: YAML
 * between {@code ---} lines, TOML between {@code +++} lines, and a JSON object that opens the
 * file. All three are read into one {@link YamlValue} mapping with the file's own lines: YAML by
 * Jembatan's {@link YamlReader}, TOML by {@link TomlTree}, and JSON by the YAML reader too, since
 * JSON is YAML's flow style (tabs, which JSON allows between tokens and never inside a string,
 * become spaces first).
 */
record HugoFrontMatter(YamlValue.Mapping fields, String format, String body, int bodyLine) {

    static final YamlValue.Mapping EMPTY = new YamlValue.Mapping(List.of(), 1, 1);

    /** The file's front matter and text; nothing, with a problem at its line, when the front matter cannot be read. */
    static Optional<HugoFrontMatter> split(String text, String file, Problems problems) {
        String[] lines = text.split("\n", -1);
        String first = lines[0].strip();
        if (first.equals("---") || first.equals("+++")) {
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].strip().equals(first)) continue;
                String fields = String.join("\n", List.of(lines).subList(1, i));
                String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
                Optional<YamlValue.Mapping> read = first.equals("---") ? yaml(fields, file, 2, problems) : TomlTree.read(fields, file, 2, problems);
                int bodyLine = i + 2;
                return read.map(mapping -> new HugoFrontMatter(mapping, first.equals("---") ? "YAML" : "TOML", body, bodyLine));
            }
            problems.at(file, 1, "the front matter is not closed", "add a line " + first + " after its last field");
            return Optional.empty();
        }
        if (first.startsWith("{")) {
            int end = jsonEnd(text);
            if (end < 0) {
                problems.at(file, 1, "the JSON front matter is not closed", "end the object with } on a line of its own");
                return Optional.empty();
            }
            String json = text.substring(0, end).replace('\t', ' ');
            int bodyStart = text.indexOf('\n', end);
            String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
            int bodyLine = (int) text.substring(0, Math.max(bodyStart, 0)).chars().filter(c -> c == '\n').count() + 2;
            return yaml(json, file, 1, problems).map(mapping -> new HugoFrontMatter(mapping, "JSON", body, bodyLine));
        }
        return Optional.of(new HugoFrontMatter(EMPTY, "none", text, 1));
    }

    private static Optional<YamlValue.Mapping> yaml(String text, String file, int firstLine, Problems problems) {
        if (text.isBlank()) return Optional.of(EMPTY);
        Optional<YamlValue> value = YamlReader.read(text, file, firstLine, problems);
        if (value.isPresent() && !(value.get() instanceof YamlValue.Mapping)) {
            problems.at(file, firstLine, "the front matter is " + value.get().kind() + ", not a list of fields", "write one `key: value` a line");
            return Optional.empty();
        }
        return value.map(YamlValue.Mapping.class::cast);
    }

    /**
     * Where the JSON object that opens {@code text} ends (just past its closing brace), or -1.
     * Written by hand, as Hugo finds it: counting braces outside strings is all it takes, and no
     * JSON library says where a value ends in a longer text.
     */
    private static int jsonEnd(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
