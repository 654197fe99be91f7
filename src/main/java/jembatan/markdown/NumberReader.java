package jembatan.markdown;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.config.Language;

/**
 * Finds the numbers and dates in a language's prose and undoes that language's conventions, so
 * that the two versions of an article can be compared: {@code 1.000} (Indonesian) and
 * {@code 1,000} (English) both read as 1000; {@code 16 Mei 2025}, {@code 16 May 2025} and
 * {@code May 16, 2025} as 2025-05-16 ({@link DateReader}); "empat" and "four" as 4, "seribu"
 * and "a thousand" as 1000 ({@link NumberWords}); {@code 1,5 juta} and {@code 1.5 million} as
 * 1500000. Times of day, versions and addresses state no number ({@link NotNumbers}). Where
 * two readings overlap, the first of these wins: what states no number, a date, digits, words.
 */
public final class NumberReader {
    private final Pattern digits;
    private final char grouping;
    private final char decimal;
    private final DateReader dates;
    private final Optional<NumberWords> words;

    private static final java.util.Map<Locale, NumberReader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The reader of a language, made once: its patterns are costly to compile. */
    public static NumberReader of(Language language) {
        return READERS.computeIfAbsent(language.locale(), locale -> new NumberReader(language));
    }

    public NumberReader(Language language) {
        Locale locale = language.locale();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        grouping = symbols.getGroupingSeparator() == '\u00a0' || symbols.getGroupingSeparator() == '\u202f' ? ' ' : symbols.getGroupingSeparator();
        decimal = symbols.getDecimalSeparator();
        dates = new DateReader(locale);
        words = NumberWords.of(locale);
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        String number = "\\d{1,3}(?:" + g + "\\d{3})+(?:" + d + "\\d+)?|\\d+(?:" + d + "\\d+)?";
        String scale = words.map(w -> "(?:\\s+(?<scale>(?iu:" + w.scalePattern() + "))(?!\\p{L}))?").orElse("");
        // Digits not inside a word ("G20"), though money may stand right before them ("Rp1.000", "US$5").
        digits = Pattern.compile("(?:(?<![\\d\\p{L}])|(?<=Rp))(?<number>" + number + ")(?![\\d])" + scale);
    }

    /** One number or date found: its comparable form ({@code 1000}, {@code 2025-05-16}) and the text as written. */
    public record Found(String value, String written) {
    }

    public List<Found> read(String text) {
        return read(text, false);
    }

    /**
     * {@link #read}, with each reader searching the whole text when {@code everywhere}, as each
     * search once was; a test compares the two. Otherwise each searches only where what it looks
     * for can be: dates and digits need a digit, and are tried only from places near one
     * ({@link DateReader}, {@link #numbers}); number words need a word that starts a number; and
     * what states no number only hides what the others found, so it is searched for only near
     * what they found (a text in which they find nothing, most of a page's prose, not at all):
     * that search, trying a dozen shapes at every character, was most of the stage.
     */
    List<Found> read(String text, boolean everywhere) {
        if (text.isEmpty()) return List.of();
        boolean digit = everywhere || hasDigit(text);
        List<Hit> dated = digit ? dates.read(text, everywhere) : List.of();
        List<Hit> numbered = digit ? numbers(text, everywhere) : List.of();
        List<Hit> worded = words.map(w -> w.read(text, everywhere)).orElse(List.of());
        if (dated.isEmpty() && numbered.isEmpty() && worded.isEmpty()) return List.of();
        TreeMap<Integer, Hit> taken = new TreeMap<>();
        List<Hit> all = new ArrayList<>(dated);
        all.addAll(numbered);
        all.addAll(worded);
        List<Hit> near = everywhere ? List.of(new Hit(0, text.length(), List.of())) : all;
        for (Hit hit : NotNumbers.find(text, grouping, near, everywhere)) taken.putIfAbsent(hit.start(), hit);
        add(dated, taken);
        add(numbered, taken);
        add(worded, taken);
        List<Found> found = new ArrayList<>();
        for (Hit hit : taken.values()) {
            for (String value : hit.values()) found.add(new Found(value, text.substring(hit.start(), hit.end())));
        }
        return found;
    }

    /** Whether {@code text} holds an ASCII digit, the only digits the patterns' {@code \d} reads. */
    private static boolean hasDigit(String text) {
        return nextDigit(text, 0) >= 0;
    }

    /** Where, from a place on, a reader's pattern can next match in a text, or -1. */
    @FunctionalInterface
    interface Starts {
        int next(String text, int from);
    }

    /**
     * The next place from {@code at} on to try a reader's pattern at: {@code at} itself when
     * {@code everywhere}, as {@link java.util.regex.Matcher#find()} tries every character, and
     * otherwise the next place {@code starts} gives; -1 past the end.
     */
    static int nextTry(String text, int at, boolean everywhere, Starts starts) {
        if (everywhere) return at < text.length() ? at : -1;
        return starts.next(text, at);
    }

    /** Where the first ASCII digit at or after {@code from} is, or -1. */
    static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) return i;
        }
        return -1;
    }

    /** Whether {@code c} is an ASCII digit, the patterns' {@code \d}. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Adds the hits that overlap none taken before: an earlier reader's reading wins. Taken hits
     * do not overlap each other, so the one starting last before a hit's end is the only one
     * that can overlap it (a paragraph's numbers cost n log n, not n²).
     */
    private static void add(List<Hit> hits, TreeMap<Integer, Hit> taken) {
        List<Hit> free = new ArrayList<>();
        for (Hit hit : hits) {
            Map.Entry<Integer, Hit> before = taken.lowerEntry(hit.end());
            if (before == null || !before.getValue().overlaps(hit)) free.add(hit);
        }
        for (Hit hit : free) taken.put(hit.start(), hit);
    }

    /**
     * The numbers written in digits. Each starts at a digit, so the pattern is tried at the digits
     * alone (at every character when {@code everywhere}, as {@link Matcher#find()} tries it).
     */
    private List<Hit> numbers(String text, boolean everywhere) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = digits.matcher(text).useTransparentBounds(true);
        for (int at = 0; (at = nextTry(text, at, everywhere, NumberReader::nextDigit)) >= 0; ) {
            if (!m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            BigDecimal value = new BigDecimal(m.group("number").replace(String.valueOf(grouping), "").replace(decimal, '.'));
            if (words.isPresent() && m.group("scale") != null) value = value.multiply(BigDecimal.valueOf(words.get().scale(m.group("scale"))));
            hits.add(new Hit(m.start(), m.end(), List.of(value.stripTrailingZeros().toPlainString())));
        }
        return hits;
    }
}
