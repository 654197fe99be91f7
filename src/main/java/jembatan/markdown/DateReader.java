package jembatan.markdown;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds dates in the forms a language writes them and reads each as a date, whatever the order:
 * {@code 14 July 2023}, {@code July 14, 2023}, {@code 30th April 2023}, {@code the 1st of May},
 * {@code 14 Juli 2023}, {@code 14 Agu 2023} all read as year-month-day ({@code 2023-07-14}, or
 * {@code --05-01} without a year); {@code July 2023} as a month ({@code 2023-07}). Month names
 * come from the JDK's locale data (full names in any case, abbreviations capitalized, so that
 * "mar" or "jan" in a sentence is no month), with the abbreviations editors also write
 * ({@code Agt}, {@code Sept}). A month name with a day and no year after it ("July 14") is read
 * only where the locale writes the month first (en-US): elsewhere "in July 14 ministers met"
 * would be a date. Numeric dates ({@code 14/07/2023}) are read in the locale's order (en-US
 * month first, en-GB and Indonesian day first); {@code 2023-07-14} everywhere.
 */
final class DateReader {
    /** Abbreviations the JDK's data lacks but editors write. */
    private static final Map<String, Map<String, Integer>> MORE_ABBREVIATIONS = Map.of(
            "id", Map.of("Agt", 8, "Agus", 8, "Sept", 9, "Nop", 11),
            "en", Map.of("Sep", 9, "Sept", 9));

    private final Map<String, Integer> months = new HashMap<>();
    private final Locale locale;
    private final boolean monthFirst;
    private final Pattern pattern;
    /** The most characters a month name, its dot and a comma take before the spaces ahead of a day or year. */
    private final int longestName;

    DateReader(Locale locale) {
        this.locale = locale;
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> full = new ArrayList<>();
        List<String> capitalized = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = symbols.getMonths()[i];
            months.put(name.toLowerCase(locale), i + 1);
            full.add(name.toLowerCase(locale));
            capitalized.add(name);
            capitalized.add(name.toUpperCase(locale));
            String shortName = symbols.getShortMonths()[i].replace(".", "");
            if (!shortName.equalsIgnoreCase(name)) abbreviation(shortName, i + 1, capitalized);
        }
        MORE_ABBREVIATIONS.getOrDefault(locale.getLanguage(), Map.of()).forEach((name, month) -> {
            if (!months.containsKey(name.toLowerCase(locale))) abbreviation(name, month, capitalized);
        });
        longestName = 2 + Stream.concat(full.stream(), capitalized.stream()).mapToInt(String::length).max().orElse(0);
        full.sort((a, b) -> b.length() - a.length());
        capitalized.sort((a, b) -> b.length() - a.length());
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        monthFirst = pattern.indexOf('M') >= 0 && pattern.indexOf('M') < pattern.indexOf('d');
        // A name in any case (full names only), or as written (a capital, or all capitals); an abbreviation may end in a dot.
        String anyCase = "(?:(?iu:" + alternatives(full) + ")|" + alternatives(capitalized) + ")\\.?";
        String named = "(?:" + alternatives(capitalized) + ")\\.?";
        String ordinal = "(?:st|nd|rd|th)?";
        String day = "\\d{1,2}(?!\\d)" + ordinal;
        this.pattern = Pattern.compile(
                // 14 July 2023, 30th April, 23–25 Mei 2025, 1st of May
                "(?<![\\d\\p{L}])(?<d1>" + day + ")(?:\\s?[–-]\\s?(?<d2>" + day + "))?\\s+(?:of\\s+)?(?<m1>" + anyCase + ")(?:,?\\s+(?<y1>\\d{4}))?(?![\\p{L}\\d])"
                        // July 14, 2023, April 30th, July 14 (month-first locales)
                        + "|(?<![\\p{L}\\d])(?<m2>" + named + ")\\s+(?<d3>\\d{1,2}(?!\\d))(?<o3>st|nd|rd|th)?(?:\\s?[–-]\\s?(?<d4>" + day + "))?(?:,?\\s+(?<y2>\\d{4}))?(?![\\p{L}\\d])"
                        // July 2023, Maret 2022
                        + "|(?<![\\p{L}\\d])(?<m3>" + anyCase + "),?\\s+(?<y3>\\d{4})(?![\\d])"
                        // 14/07/2023 in the locale's order, 2023-07-14
                        + "|(?<![\\d./-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y4>\\d{4})(?![\\d]|[./-]\\d)"
                        + "|(?<![\\d./-])(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\d]|[./-]\\d)");
    }

    private void abbreviation(String name, int month, List<String> capitalized) {
        months.put(name.toLowerCase(locale), month);
        capitalized.add(name);
    }

    private static String alternatives(List<String> names) {
        return names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * The dates in {@code text}, in order, with the pattern tried at every character when
     * {@code everywhere}, as {@link Matcher#find()} tries it; a test compares the two. Otherwise
     * it is tried only where a date can start ({@link #nextStart}): {@code find()} tries five
     * shapes of date at every character of the prose, and that was a twentieth of a cold build's
     * CPU.
     */
    List<Hit> read(String text, boolean everywhere) {
        if (!everywhere && !mayHold(text)) return List.of();
        List<Hit> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        // Each start before this one has been tried, or lies in a date found.
        int at = 0;
        while ((at = NumberReader.nextTry(text, at, everywhere, this::nextStart)) >= 0) {
            if (!(everywhere || mayStartAt(text, at)) || !m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            List<Optional<String>> values = new ArrayList<>();
            if (m.group("m1") != null) {
                int month = month(m.group("m1"));
                values.add(date(m.group("y1"), month, m.group("d1")));
                if (m.group("d2") != null) values.add(date(m.group("y1"), month, m.group("d2")));
            } else if (m.group("m2") != null) {
                if (!monthFirst && m.group("o3") == null && m.group("y2") == null) {
                    // "July 14 ministers": in a day-first language, not a date; the number is read as a number.
                    at = m.start() + m.group("m2").length();
                    continue;
                }
                int month = month(m.group("m2"));
                values.add(date(m.group("y2"), month, m.group("d3")));
                if (m.group("d4") != null) values.add(date(m.group("y2"), month, m.group("d4")));
            } else if (m.group("m3") != null) {
                values.add(Optional.of(m.group("y3") + "-" + two(month(m.group("m3")))));
            } else if (m.group("a") != null) {
                String day = monthFirst ? m.group("b") : m.group("a");
                String month = monthFirst ? m.group("a") : m.group("b");
                values.add(calendar(m.group("y4"), month, day));
            } else {
                values.add(calendar(m.group("iy"), m.group("im"), m.group("id")));
            }
            if (values.stream().anyMatch(Optional::isEmpty)) continue;
            hits.add(new Hit(m.start(), m.end(), values.stream().map(Optional::orElseThrow).toList()));
        }
        return hits;
    }

    /** Whether {@code text} may hold a date: each shape has a digit, and a space, slash, dot or hyphen between its parts. */
    private static boolean mayHold(String text) {
        boolean between = false;
        for (int i = 0; i < text.length() && !between; i++) between = space(text.charAt(i)) || "/.-".indexOf(text.charAt(i)) >= 0;
        return between && NumberReader.nextDigit(text, 0) >= 0;
    }

    /**
     * The first place from {@code at} on where a date can start, or -1. A date starts at a digit,
     * or at a month name followed by at most a dot and a comma, spaces and a digit; so before the
     * next digit only the {@link #longestName} characters before the spaces that lead to it
     * can start one. The places where the next digit's can start come after the ones where an
     * earlier digit's can, so the first one from {@code at} is that of the next digit.
     */
    private int nextStart(String text, int at) {
        int digit = NumberReader.nextDigit(text, at);
        if (digit < 0) return -1;
        int spaces = digit;
        while (spaces > 0 && space(text.charAt(spaces - 1))) spaces--;
        return Math.max(at, spaces - longestName);
    }

    /**
     * Whether a date can start at {@code at}, as far as one character before it tells: one that
     * does not start at a digit starts at a month name, which no letter or digit may stand right
     * before. A letter or digit of ASCII before it, inside a word, is the common case; the others
     * are left to the pattern.
     */
    private static boolean mayStartAt(String text, int at) {
        if (at == 0 || NumberReader.isDigit(text.charAt(at))) return true;
        char before = text.charAt(at - 1);
        return !(NumberReader.isDigit(before) || before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z');
    }

    /** The pattern's {@code \s}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private int month(String written) {
        return months.get(written.replace(".", "").toLowerCase(locale));
    }

    /** The date, or none when it is none on the calendar (31/02/2023 is two numbers and a year, not a date). */
    private static Optional<String> calendar(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** A day of a month, of an unwritten year ({@code year} is the regular expression's group, null when absent) as {@code -}. */
    private static Optional<String> date(@Nullable String year, int month, String day) {
        int d = Integer.parseInt(day.replaceAll("\\D", ""));
        if (d < 1 || d > 31) return Optional.empty();
        return Optional.of((year == null ? "-" : year) + "-" + two(month) + "-" + two(d));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
