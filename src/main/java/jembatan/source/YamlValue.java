package jembatan.source;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A YAML value as an editor wrote it, with the line and column it starts at. Scalars stay text:
 * YAML 1.1 would read {@code 1.000} as one and {@code no} as false, so each caller converts a
 * scalar itself, by what its key means.
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    int line();

    int column();

    /** What kind of value this is, in an editor's words, for messages such as "title must be text, not a list". */
    String kind();

    /**
     * A scalar: the text between the quotes or the plain text; absent ({@link #isNull()}) for
     * {@code ~}, {@code null} or nothing, as SnakeYAML hands them over. {@code quoted} says whether the text starts one column after
     * {@code column}, behind its opening quote.
     */
    record Scalar(@Nullable String text, int line, int column, boolean quoted) implements YamlValue {
        public Scalar(@Nullable String text, int line, int column) {
            this(text, line, column, false);
        }

        public boolean isNull() {
            return text == null;
        }

        /** The column of the text's first character. */
        public int textColumn() {
            return quoted ? column + 1 : column;
        }

        @Override
        public String kind() {
            return isNull() ? "empty" : "text";
        }
    }

    /** A list ({@code - a} items or {@code [a, b]}). */
    record Sequence(List<YamlValue> items, int line, int column) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping of keys to values, in the order written. */
    record Mapping(List<Entry> entries, int line, int column) implements YamlValue {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public Optional<YamlValue> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One {@code key: value} pair; the line is the key's. */
    record Entry(String key, int line, int column, YamlValue value) {
    }
}
