package jembatan.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The value of a fact, by kind. Values are language-neutral (a date, an amount, a text per
 * language); {@link FactFormatter} writes them out in each language's conventions, so the two
 * languages cannot disagree on one.
 */
public sealed interface FactValue {

    /** An amount, counted or measured: {@code 1000}. */
    record Amount(BigDecimal amount) implements FactValue {
        public static Amount of(long value) {
            return new Amount(BigDecimal.valueOf(value));
        }
    }

    /** A calendar day. */
    record Day(LocalDate date) implements FactValue {
    }

    /** A month of a year: {@code 2022-03}, "Maret 2022". */
    record Month(YearMonth month) implements FactValue {
    }

    /** Consecutive days, both included: 23–25 May 2025. */
    record Span(LocalDate from, LocalDate to) implements FactValue {
        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** The time between two moments, in years, months and days: "3 tahun 2 bulan". */
    record Elapsed(Period period) implements FactValue {
    }

    /** A text per language: a place, an outcome. */
    record Text(LocalizedText text) implements FactValue {
    }

    /** A person: a name that stays the same and a role per language. */
    record Person(String name, LocalizedText role) implements FactValue {
    }

    /** What someone said: the speaker (a person fact), the words per language, and whether they are reported speech. */
    record Quote(String speaker, LocalizedText words, boolean reported) implements FactValue {
    }

    /** Rows of typed cells under labelled columns: the stages of the exchange. */
    record Table(List<Column> columns, List<Row> rows) implements FactValue {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public java.util.Optional<Column> column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst();
        }
    }

    /** A table column: its key, the kind of its cells and its heading per language. */
    record Column(String key, FactType type, LocalizedText label) {
    }

    /** A table row: a value per column key, its own sources, and its line in the data file. */
    record Row(Map<String, FactValue> cells, List<String> sources, int line) {
        public Row {
            cells = Map.copyOf(cells);
            sources = List.copyOf(sources);
        }
    }
}
