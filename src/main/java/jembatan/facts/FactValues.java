package jembatan.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;
import jembatan.report.Suggestion;
import jembatan.source.YamlFields;
import jembatan.source.YamlValue;

/**
 * The values a facts file writes, read for {@link FactSheetLoader}: a fact's value by its type
 * (numbers as data writes them, days, months, periods, texts, people, quotes, tables), texts per
 * language, and lists of ids. Each mistake is a problem at its line, and the value is then absent.
 */
final class FactValues {
    static final List<String> COLUMN_KEYS = List.of("type", "label");

    private final SiteConfig config;
    private final Problems problems;

    FactValues(SiteConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    Optional<FactValue> value(FactType type, YamlFields fields, String id, String file) {
        return switch (type) {
            case NUMBER -> fields.requiredText("value", "1000").flatMap(text -> amount(text, "value", fields.line("value"), file));
            case DATE -> fields.require("value", "2025-05-16") ? fields.date("value").map(FactValue.Day::new) : Optional.empty();
            case MONTH -> fields.requiredText("value", "2022-03").flatMap(text -> {
                try {
                    if (text.matches("\\d{4}-\\d{2}")) return Optional.of(new FactValue.Month(YearMonth.parse(text)));
                } catch (DateTimeParseException e) {
                    // reported below
                }
                problems.at(file, fields.line("value"), "month \"" + text + "\" is not a month in the form YYYY-MM", "write e.g. 2022-03");
                return Optional.empty();
            });
            case PERIOD -> {
                boolean both = fields.require("from", "2025-05-23") & fields.require("to", "2025-05-25");
                Optional<LocalDate> from = both ? fields.date("from") : Optional.empty();
                Optional<LocalDate> to = both ? fields.date("to") : Optional.empty();
                if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                    problems.at(file, fields.line("to"), "the period ends (" + to.get() + ") before it starts (" + from.get() + ")", "swap from and to");
                    yield Optional.empty();
                }
                yield from.isPresent() && to.isPresent() ? Optional.of(new FactValue.Span(from.get(), to.get())) : Optional.empty();
            }
            case DURATION -> {
                problems.at(file, fields.line("type"), "a duration is computed", "add `formula: between(start-fact, end-fact)`");
                yield Optional.empty();
            }
            case PLACE, TEXT -> localized(fields, "value", true, true, file).map(FactValue.Text::new);
            case PERSON -> {
                Optional<String> name = fields.requiredText("name", "Rustem Umerov");
                Optional<LocalizedText> role = localized(fields, "role", true, false, file);
                yield name.isPresent() && role.isPresent() ? Optional.of(new FactValue.Person(name.get(), role.get())) : Optional.empty();
            }
            case QUOTE -> {
                Optional<String> speaker = fields.requiredText("speaker", "a-person-fact-id");
                Optional<LocalizedText> words = localized(fields, "text", true, false, file);
                yield speaker.isPresent() && words.isPresent()
                        ? Optional.of(new FactValue.Quote(speaker.get(), words.get(), fields.bool("reported").orElse(false))) : Optional.empty();
            }
            case TABLE -> table(fields, id, file);
        };
    }

    /**
     * A number as data writes it: digits, a dot for decimals. {@code 1.000} is refused although it
     * parses: in Indonesian it is a thousand, and YAML would read one.
     */
    private Optional<FactValue> amount(String text, String key, int line, String file) {
        if (text.matches("-?\\d{1,3}([.,]\\d{3})+")) {
            problems.at(file, line, key + " \"" + text + "\" has a thousands separator", "write it without one, e.g. " + text.replaceAll("[.,]", "") + "; the site writes it in each language's way");
            return Optional.empty();
        }
        if (text.matches("-?\\d+(\\.\\d+)?")) return Optional.of(new FactValue.Amount(new BigDecimal(text)));
        problems.at(file, line, key + " \"" + text + "\" is not a number as data writes it", "write digits only, with a dot for decimals: 1000 or 2.5");
        return Optional.empty();
    }

    private Optional<FactValue> table(YamlFields fields, String id, String file) {
        Optional<YamlValue> columnsValue = fields.value("columns");
        Optional<YamlValue> rowsValue = fields.value("rows");
        if (columnsValue.isEmpty() || !(columnsValue.get() instanceof YamlValue.Mapping columnsMap)) {
            problems.at(file, fields.line("columns"), "table \"" + id + "\" needs columns", "add `columns:` with one `key: {type: number, label: {...}}` per column");
            return Optional.empty();
        }
        List<FactValue.Column> columns = new ArrayList<>();
        for (YamlValue.Entry entry : columnsMap.entries()) {
            YamlFields.requireMapping(entry.value(), "a column", "`{type: number, label: {id: Jumlah, en: Number}}`", file, problems).ifPresent(cm -> {
                YamlFields column = YamlFields.of(cm, COLUMN_KEYS, "column", file, problems);
                Optional<FactType> type = column.requiredText("type", "number").flatMap(name -> {
                    Optional<FactType> found = FactType.named(name).filter(FactType.CELL_TYPES::contains);
                    if (found.isEmpty()) {
                        List<String> names = FactType.CELL_TYPES.stream().map(FactType::yamlName).toList();
                        problems.at(file, column.line("type"), "a column cannot hold \"" + name + "\"", Suggestion.didYouMean(name, names, "columns hold: " + String.join(", ", names)));
                    }
                    return found;
                });
                Optional<LocalizedText> label = localized(column, "label", true, false, file);
                if (type.isPresent() && label.isPresent()) columns.add(new FactValue.Column(entry.key(), type.get(), label.get()));
            });
        }
        if (rowsValue.isEmpty() || !(rowsValue.get() instanceof YamlValue.Sequence rowsList)) {
            problems.at(file, fields.line("rows"), "table \"" + id + "\" needs rows", "add `rows:` with one `- column: value` item per row");
            return Optional.empty();
        }
        List<String> rowKeys = new ArrayList<>(columns.stream().map(FactValue.Column::key).toList());
        rowKeys.add("sources");
        List<FactValue.Row> rows = new ArrayList<>();
        for (YamlValue item : rowsList.items()) {
            Optional<YamlValue.Mapping> rm = YamlFields.requireMapping(item, "a row", "`- date: 2025-05-23`", file, problems);
            if (rm.isEmpty()) continue;
            YamlFields row = YamlFields.of(rm.get(), rowKeys, "column", file, problems);
            Map<String, FactValue> cells = new TreeMap<>();
            for (FactValue.Column column : columns) {
                cell(column, row, file).ifPresent(v -> cells.put(column.key(), v));
            }
            rows.add(new FactValue.Row(cells, idList(row, "sources", file), item.line()));
        }
        return Optional.of(new FactValue.Table(columns, rows));
    }

    private Optional<FactValue> cell(FactValue.Column column, YamlFields row, String file) {
        if (!row.has(column.key())) {
            problems.at(file, row.line(column.key()), "this row has no " + column.key(), "add `" + column.key() + ": ...` to the row");
            return Optional.empty();
        }
        return switch (column.type()) {
            case NUMBER -> row.text(column.key()).flatMap(text -> amount(text, column.key(), row.line(column.key()), file));
            case DATE -> row.date(column.key()).map(FactValue.Day::new);
            case MONTH -> row.text(column.key()).flatMap(t -> {
                if (t.matches("\\d{4}-(0[1-9]|1[0-2])")) return Optional.of(new FactValue.Month(YearMonth.parse(t)));
                problems.at(file, row.line(column.key()), column.key() + " \"" + t + "\" is not a month in the form YYYY-MM", "write e.g. 2022-03");
                return Optional.empty();
            });
            default -> localized(row, column.key(), true, true, file).map(FactValue.Text::new);
        };
    }

    /** A list of ids written as {@code [a, b]}, as {@code - a} lines, or as one id. */
    List<String> idList(YamlFields fields, String key, String file) {
        Optional<YamlValue> value = fields.value(key);
        if (value.isEmpty()) return List.of();
        List<String> ids = new ArrayList<>();
        if (value.get() instanceof YamlValue.Scalar scalar) {
            ids.add(scalar.text().strip());
        } else if (value.get() instanceof YamlValue.Sequence list) {
            for (YamlValue item : list.items()) {
                if (item instanceof YamlValue.Scalar scalar && !scalar.isNull()) ids.add(scalar.text().strip());
                else problems.at(file, item.line(), key + " lists ids, not " + item.kind(), "write `" + key + ": [id-one, id-two]`");
            }
        } else {
            problems.at(file, value.get().line(), key + " must be a list of ids", "write `" + key + ": [id-one, id-two]`");
        }
        return ids;
    }

    /**
     * A text per language. {@code shared} allows one text for all languages (a name that does not
     * change); otherwise each language of the site needs its own.
     */
    Optional<LocalizedText> localized(YamlFields fields, String key, boolean required, boolean shared, String file) {
        Optional<YamlValue> value = fields.value(key);
        String example = "{" + String.join(", ", config.languages().stream().map(l -> l.code() + ": ...").toList()) + "}";
        if (value.isEmpty()) {
            if (required) problems.at(file, fields.line(key), key + " is missing", "add `" + key + ": " + example + "`");
            return Optional.empty();
        }
        if (value.get() instanceof YamlValue.Scalar scalar) {
            if (shared) return Optional.of(LocalizedText.same(scalar.text().strip()));
            problems.at(file, fields.line(key), key + " needs a text per language", "write `" + key + ": " + example + "`");
            return Optional.empty();
        }
        if (!(value.get() instanceof YamlValue.Mapping mapping)) {
            problems.at(file, fields.line(key), key + " must be text, not " + value.get().kind(), "write `" + key + ": " + example + "`");
            return Optional.empty();
        }
        List<String> codes = config.languages().stream().map(Language::code).toList();
        YamlFields texts = YamlFields.of(mapping, codes, "language", file, problems);
        Map<String, String> byLanguage = new TreeMap<>();
        boolean complete = true;
        for (Language language : config.languages()) {
            Optional<String> text = texts.text(language.code());
            if (text.isEmpty()) {
                problems.at(file, fields.line(key), key + " has no " + language.name() + " (" + language.code() + ") text", "add `" + language.code() + ": ...` to it");
                complete = false;
            } else {
                byLanguage.put(language.code(), text.get());
            }
        }
        return complete && mapping.entries().size() == codes.size() ? Optional.of(LocalizedText.of(byLanguage)) : Optional.empty();
    }
}
