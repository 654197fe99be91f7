package jembatan.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of fact an editor can declare with {@code type:}, each with the keys it takes besides
 * the common ones. This list is the data format: it drives parsing, and "did you mean" for a
 * misspelt type or key.
 */
public enum FactType {
    NUMBER("value", "unit"),
    DATE("value", "weekday"),
    MONTH("value"),
    PERIOD("from", "to"),
    DURATION(),
    PLACE("value"),
    TEXT("value"),
    PERSON("name", "role"),
    QUOTE("speaker", "text", "reported"),
    TABLE("columns", "rows");

    /** Keys every fact may have. */
    public static final List<String> COMMON_KEYS = List.of("type", "label", "sources", "formula");

    private final List<String> keys;

    FactType(String... keys) {
        this.keys = List.of(keys);
    }

    /** The name editors write: {@code number}, {@code date}, ... */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> keys() {
        List<String> all = new java.util.ArrayList<>(COMMON_KEYS);
        all.addAll(keys);
        return all;
    }

    /** Whether a value of this type can be computed by a formula. */
    public boolean computable() {
        return this == NUMBER || this == DURATION || this == DATE;
    }

    public static Optional<FactType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(FactType::yamlName).toList();
    }

    /** The types a table cell can have. */
    public static final List<FactType> CELL_TYPES = List.of(NUMBER, DATE, MONTH, TEXT);
}
