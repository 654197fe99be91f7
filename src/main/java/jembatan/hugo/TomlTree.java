package jembatan.hugo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jembatan.report.Problems;
import jembatan.source.YamlValue;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * TOML (Hugo's {@code hugo.toml} and {@code +++} front matter) read with tomlj into the same
 * {@link YamlValue} tree YAML and JSON are read into, with each key's line, so that the rest of
 * the import reads one shape whatever format a site chose. Scalars become text, as YAML's do:
 * dates in ISO form, numbers and booleans as TOML writes them.
 */
final class TomlTree {
    private TomlTree() {
    }

    /** Reads {@code text}, which starts at {@code firstLine} of {@code file}; nothing, with a problem, when it is not TOML. */
    static Optional<YamlValue.Mapping> read(String text, String file, int firstLine, Problems problems) {
        TomlParseResult result = Toml.parse(text);
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            int line = error.position() == null ? firstLine : error.position().line() + firstLine - 1;
            problems.at(file, line, "TOML syntax error: " + error.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", ""),
                    "correct the TOML here; a text value needs \"double quotes\"");
            return Optional.empty();
        }
        return Optional.of(table(result, firstLine, firstLine));
    }

    private static YamlValue.Mapping table(TomlTable table, int line, int firstLine) {
        List<YamlValue.Entry> entries = new ArrayList<>();
        for (String key : table.keySet()) {
            TomlPosition position = table.inputPositionOf(List.of(key));
            int keyLine = position == null ? line : position.line() + firstLine - 1;
            int column = position == null ? 0 : position.column();
            entries.add(new YamlValue.Entry(key, keyLine, column, value(table.get(List.of(key)), keyLine, column, firstLine)));
        }
        // tomlj keeps keys in a hash map: the order written is the order of their lines.
        entries.sort(Comparator.comparingInt(YamlValue.Entry::line).thenComparingInt(YamlValue.Entry::column));
        return new YamlValue.Mapping(entries, line, 1);
    }

    private static YamlValue value(Object value, int line, int column, int firstLine) {
        if (value instanceof TomlTable table) return table(table, line, firstLine);
        if (value instanceof TomlArray array) {
            List<YamlValue> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                TomlPosition position = array.inputPositionOf(i);
                int itemLine = position == null ? line : position.line() + firstLine - 1;
                items.add(value(array.get(i), itemLine, position == null ? column : position.column(), firstLine));
            }
            return new YamlValue.Sequence(items, line, column);
        }
        return new YamlValue.Scalar(value == null ? null : value.toString(), line, column, value instanceof String);
    }
}
