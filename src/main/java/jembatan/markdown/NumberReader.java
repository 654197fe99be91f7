package jembatan.markdown;

import java.math.BigDecimal;
import java.text.DateFormatSymbols;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.config.Language;

/**
 * Finds the numbers and dates in a language's prose and undoes that language's conventions, so
 * that the two versions of an article can be compared: {@code 1.000} (Indonesian) and
 * {@code 1,000} (English) both read as 1000; {@code 16 Mei 2025} and {@code 16 May 2025} both
 * as 2025-05-16; {@code Maret 2022} and {@code March 2022} as 2022-03; {@code 23–25 Mei 2025} as
 * two dates. Numbers written in words ("seribu", "one thousand") are out of its scope.
 */
public final class NumberReader {
    private final Locale locale;
    private final Pattern pattern;
    private final Map<String, Integer> months = new HashMap<>();
    private final char grouping;
    private final char decimal;
    private final int longestMonth;

    private static final java.util.Map<java.util.Locale, NumberReader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The reader of a language, made once: its pattern is costly to compile. */
    public static NumberReader of(Language language) {
        return READERS.computeIfAbsent(language.locale(), locale -> new NumberReader(language));
    }

    public NumberReader(Language language) {
        locale = language.locale();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        grouping = symbols.getGroupingSeparator() == '\u00a0' || symbols.getGroupingSeparator() == '\u202f' ? ' ' : symbols.getGroupingSeparator();
        decimal = symbols.getDecimalSeparator();
        List<String> names = new ArrayList<>();
        String[] full = DateFormatSymbols.getInstance(locale).getMonths();
        for (int i = 0; i < 12; i++) {
            String name = full[i].toLowerCase(locale);
            months.put(name, i + 1);
            names.add(Pattern.quote(name));
        }
        names.sort((a, b) -> b.length() - a.length());
        longestMonth = months.keySet().stream().mapToInt(String::length).max().orElse(0);
        String month = "(?<month>" + String.join("|", names) + ")";
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        String number = "\\d{1,3}(?:" + g + "\\d{3})+(?:" + d + "\\d+)?|\\d+(?:" + d + "\\d+)?";
        // A day (or a range of days) before a month name, then an optional year; a month name and a year; a number.
        pattern = Pattern.compile(
                "(?<!\\d)(?<day>\\d{1,2})(?:\\s?[–-]\\s?(?<day2>\\d{1,2}))?\\s+" + month + "(?:\\s+(?<year>\\d{4}))?(?!\\p{L})"
                        + "|(?<!\\p{L})(?<month2>" + String.join("|", names) + ")\\s+(?<year2>\\d{4})(?!\\d)"
                        + "|(?<![\\d\\p{L}])(?<number>" + number + ")(?![\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** One number or date found: its comparable form ({@code 1000}, {@code 2025-05-16}) and the text as written. */
    public record Found(String value, String written) {
    }

    public List<Found> read(String text) {
        int digit = nextDigit(text, 0);
        if (digit < 0) return List.of();
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        // Every match holds a digit, and none starts further before its first digit than a month
        // name and the spaces after it: the search starts there instead of trying the pattern at
        // every character of the prose. (find(int) still lets the look-behinds see the text before.)
        for (int from = 0; digit >= 0 && matcher.find(Math.max(from, earliestStart(text, digit))); digit = nextDigit(text, from)) {
            from = matcher.end();
            String written = matcher.group();
            if (matcher.group("month") != null) {
                int month = months.get(matcher.group("month").toLowerCase(locale));
                String year = matcher.group("year");
                found.add(new Found(date(year, month, matcher.group("day")), written));
                if (matcher.group("day2") != null) found.add(new Found(date(year, month, matcher.group("day2")), written));
            } else if (matcher.group("month2") != null) {
                int month = months.get(matcher.group("month2").toLowerCase(locale));
                found.add(new Found(matcher.group("year2") + "-" + two(month), written));
            } else {
                found.add(new Found(number(matcher.group("number")), written));
            }
        }
        return found;
    }

    /** The first ASCII digit (what the pattern calls a digit) at or after {@code from}; -1 when there is none. */
    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return i;
        return -1;
    }

    /** Where a match whose first digit is at {@code digit} can start at the earliest: before a month name and spaces. */
    private int earliestStart(String text, int digit) {
        int start = digit;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) start--;
        return Math.max(0, start - longestMonth);
    }

    private static String date(String year, int month, String day) {
        return (year == null ? "-" : year) + "-" + two(month) + "-" + two(Integer.parseInt(day));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private String number(String written) {
        String plain = written.replace(String.valueOf(grouping), "").replace(decimal, '.');
        return new BigDecimal(plain).stripTrailingZeros().toPlainString();
    }
}
