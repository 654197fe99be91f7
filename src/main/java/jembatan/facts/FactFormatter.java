package jembatan.facts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jembatan.config.Dictionary;
import jembatan.config.Language;

/**
 * Writes fact values as a reader of one language writes them, with the JDK's locale data:
 * {@code 1.000} / {@code 1,000}, {@code 16 Mei 2025} / {@code 16 May 2025}, {@code Maret 2022} /
 * {@code March 2022}, {@code 23–25 Mei 2025}. Durations use the language's words from its
 * dictionary ("3 tahun 2 bulan" / "3 years 2 months"), which the JDK does not have. Nothing is
 * formatted by hand and nothing depends on the machine's locale.
 */
public final class FactFormatter {
    private final Language language;
    private final Dictionary dictionary;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter month;

    public FactFormatter(Language language, Dictionary dictionary) {
        this.language = language;
        this.dictionary = dictionary;
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", language.locale());
    }

    public Language language() {
        return language;
    }

    /** The value of a fact as prose writes it, without its unit. */
    public String value(Fact fact) {
        return value(fact.value(), fact.weekday());
    }

    /** The value with its unit, as a box shows it: {@code 1.000 tahanan perang}. */
    public String valueWithUnit(Fact fact) {
        String value = value(fact);
        return fact.unit().map(u -> value + " " + u.in(language)).orElse(value);
    }

    public String value(FactValue value, boolean weekday) {
        if (value instanceof FactValue.Amount amount) return number(amount.amount());
        if (value instanceof FactValue.Day day) return weekday ? language.formatDate(day.date()) : longDate.format(day.date());
        if (value instanceof FactValue.Month m) return month.format(m.month());
        if (value instanceof FactValue.Span span) return span(span.from(), span.to());
        if (value instanceof FactValue.Elapsed elapsed) return duration(elapsed.period());
        if (value instanceof FactValue.Text text) return text.text().in(language);
        if (value instanceof FactValue.Person person) return person.name();
        if (value instanceof FactValue.Quote quote) return quote.words().in(language);
        return "";
    }

    /** The value for machines: {@code 1000}, {@code 2025-05-16}, {@code 2022-03}, {@code P3Y2M}; empty for texts. */
    public static String machine(FactValue value) {
        if (value instanceof FactValue.Amount amount) return amount.amount().stripTrailingZeros().toPlainString();
        if (value instanceof FactValue.Day day) return day.date().toString();
        if (value instanceof FactValue.Month m) return m.month().toString();
        if (value instanceof FactValue.Span span) return span.from() + "/" + span.to();
        if (value instanceof FactValue.Elapsed elapsed) return elapsed.period().toString();
        return "";
    }

    public String number(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(Math.max(0, amount.stripTrailingZeros().scale()));
        format.setGroupingUsed(true);
        return format.format(amount);
    }

    /** {@code 23–25 Mei 2025} within one month when the language writes the day first; otherwise both dates in full. */
    String span(LocalDate from, LocalDate to) {
        if (from.equals(to)) return longDate.format(from);
        String end = longDate.format(to);
        boolean dayFirst = end.startsWith(String.valueOf(to.getDayOfMonth()));
        if (dayFirst && from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + end;
        }
        return longDate.format(from) + " – " + end;
    }

    /** Years and months ("3 tahun 2 bulan"), or days when less than a month has passed. */
    String duration(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() > 0) parts.add(unit("year", period.getYears()));
        if (period.getMonths() > 0) parts.add(unit("month", period.getMonths()));
        if (parts.isEmpty()) parts.add(unit("day", period.getDays()));
        return String.join(" ", parts);
    }

    private String unit(String name, int count) {
        String key = "duration." + name + (count == 1 ? ".one" : ".other");
        return dictionary.format(key, Map.of("n", number(BigDecimal.valueOf(count))));
    }
}
