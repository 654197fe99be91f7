package jembatan.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in words, in English ("three", "twenty-one", "a thousand", "one million",
 * "two hundred and five") and Indonesian ("tiga", "dua belas", "dua puluh satu", "seratus",
 * "seribu", "dua ribu", "satu juta"), so that "three days" against "empat hari" is seen as 3
 * against 4. Conservative where a number word is often no number:
 * <ul>
 * <li>"one" and "satu" count only as part of a larger number ("one hundred", "twenty-one",
 * "satu juta"): alone they are as often a pronoun or an article ("no one", "one of them",
 * "salah satu", "one day");</li>
 * <li>a number after "the" ("the two sides") and an Indonesian "kedua", "ketiga" ("kedua belah
 * pihak", "tahap kedua") are weak: each is read as {@code ~2}, which the parity check takes for
 * 2 only where the other version states a 2 the first would lack ("the two later stages" and
 * "dua tahap berikutnya" agree), and never reports on its own;</li>
 * <li>a number before "times" or "kali" does not count: "twice" and "dua kali" say the same;</li>
 * <li>fractions ("two-thirds", "dua pertiga") and Indonesian words joined by a hyphen
 * ("dua-duanya", "satu-satunya") do not count;</li>
 * <li>plurals ("hundreds of", "ribuan") are not numbers.</li>
 * </ul>
 * Other languages have no number words here.
 */
final class NumberWords {
    /** How a word takes part in a number. */
    private enum Kind { ZERO, UNIT, TEEN, TEN, HUNDRED, BELAS, PULUH, ONE_HUNDRED, SCALE, ONE_SCALE, AND, A }

    private record Word(Kind kind, long value) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern FRACTION = Pattern.compile("(?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halfs?|halves)");
    /** The mark of a weak reading: a number that may be meant, never reported alone. */
    static final String WEAK = "~";
    /** Indonesian "kedua" (both, the two, the second) to "kesepuluh". */
    private static final Map<String, Long> COLLECTIVE = Map.of("kedua", 2L, "ketiga", 3L, "keempat", 4L, "kelima", 5L, "keenam", 6L,
            "ketujuh", 7L, "kedelapan", 8L, "kesembilan", 9L, "kesepuluh", 10L);
    private static final Set<String> TIMES = Set.of("times", "kali", "kalinya");

    private final Locale locale;
    private final Map<String, Word> words;
    private final boolean english;

    /**
     * The words a number can start with: all but "and" and "a", which start one only before
     * another number word. A text with none of them has no number in words.
     */
    private final Set<String> starts;

    /**
     * The hash codes of {@link #starts}, each as the bit of its last {@value #HASH_BITS} bits, so
     * that a word of ASCII letters is looked up without being copied; one bit in a hundred is
     * set, and a word whose bit is set is looked up in {@link #starts}.
     */
    private final BitSet startHashes = new BitSet(1 << HASH_BITS);
    private static final int HASH_BITS = 12;

    private NumberWords(Locale locale, Map<String, Word> words) {
        this.locale = locale;
        this.words = words;
        this.english = locale.getLanguage().equals("en");
        Set<String> starts = new java.util.HashSet<>(COLLECTIVE.keySet());
        words.forEach((word, kind) -> {
            if (kind.kind() != Kind.AND && kind.kind() != Kind.A) starts.add(word);
        });
        this.starts = Set.copyOf(starts);
        starts.forEach(word -> startHashes.set(hashBit(word.hashCode())));
    }

    /** The number words of a locale's language; none for a language it does not know. */
    static Optional<NumberWords> of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(new NumberWords(locale, english()));
            case "id", "in" -> Optional.of(new NumberWords(locale, indonesian()));
            default -> Optional.empty();
        };
    }

    private static Map<String, Word> english() {
        Map<String, Word> w = new HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int i = 0; i < units.length; i++) w.put(units[i], new Word(i == 0 ? Kind.ZERO : Kind.UNIT, i));
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < teens.length; i++) w.put(teens[i], new Word(Kind.TEEN, 10 + i));
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) w.put(tens[i], new Word(Kind.TEN, 20 + 10L * i));
        w.put("hundred", new Word(Kind.HUNDRED, 100));
        scales(w, "thousand", "million", "billion", "trillion");
        w.put("and", new Word(Kind.AND, 0));
        w.put("a", new Word(Kind.A, 1));
        return Map.copyOf(w);
    }

    private static Map<String, Word> indonesian() {
        Map<String, Word> w = new HashMap<>();
        String[] units = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
        for (int i = 0; i < units.length; i++) w.put(units[i], new Word(i == 0 ? Kind.ZERO : Kind.UNIT, i));
        w.put("sepuluh", new Word(Kind.TEEN, 10));
        w.put("sebelas", new Word(Kind.TEEN, 11));
        w.put("belas", new Word(Kind.BELAS, 10));
        w.put("puluh", new Word(Kind.PULUH, 10));
        w.put("ratus", new Word(Kind.HUNDRED, 100));
        w.put("seratus", new Word(Kind.ONE_HUNDRED, 100));
        w.put("seribu", new Word(Kind.ONE_SCALE, 1_000));
        w.put("sejuta", new Word(Kind.ONE_SCALE, 1_000_000));
        scales(w, "ribu", "juta", "miliar", "triliun");
        return Map.copyOf(w);
    }

    private static void scales(Map<String, Word> w, String... names) {
        long value = 1_000;
        for (String name : names) {
            w.put(name, new Word(Kind.SCALE, value));
            value *= 1_000;
        }
    }

    /** The scale a word after digits stands for ("1,5 juta", "2 million"), or 0 when it is none. */
    long scale(String word) {
        Word w = words.get(word.toLowerCase(locale));
        return w != null && w.kind() == Kind.SCALE ? w.value() : 0;
    }

    /** The alternation of the scale words, for the digits' pattern. */
    String scalePattern() {
        return String.join("|", words.entrySet().stream().filter(e -> e.getValue().kind() == Kind.SCALE).map(Map.Entry::getKey).sorted().toList());
    }

    /**
     * The numbers written in words in {@code text}, in order; every text is read word by word
     * when {@code everywhere}, not only one {@link #mayHold} lets through, and a test compares the two.
     */
    List<Hit> read(String text, boolean everywhere) {
        if (!everywhere && !mayHold(text)) return List.of();
        List<Hit> hits = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        // Each word, or each part of an English compound ("twenty-one", "three-day"), with where it is.
        while (m.find()) {
            String word = m.group().toLowerCase(locale);
            if (!word.contains("-")) {
                parts.add(new int[] {m.start(), m.end(), 0});
                texts.add(word);
                continue;
            }
            String[] pieces = word.split("-");
            boolean numeric = words.containsKey(pieces[0]);
            if (!numeric) {
                parts.add(new int[] {m.start(), m.end(), 0});
                texts.add(word);
                continue;
            }
            // Indonesian joins words by a hyphen to repeat them ("dua-duanya"): no number.
            // An English fraction ("two-thirds") is none either.
            if (!english || FRACTION.matcher(pieces[pieces.length - 1]).matches()) {
                parts.add(new int[] {m.start(), m.end(), 0});
                texts.add("-");
                continue;
            }
            int at = m.start();
            for (int i = 0; i < pieces.length; i++) {
                // A piece after a hyphen that is no number word ends the number: "three-day" reads as three.
                parts.add(new int[] {at, at + pieces[i].length(), i > 0 ? 1 : 0});
                texts.add(words.containsKey(pieces[i]) ? pieces[i] : "-");
                at += pieces[i].length() + 1;
            }
        }
        for (int i = 0; i < texts.size(); ) {
            Long collective = COLLECTIVE.get(texts.get(i));
            if (!english && collective != null) hits.add(new Hit(parts.get(i)[0], parts.get(i)[1], List.of(WEAK + collective)));
            Word first = words.get(texts.get(i));
            if (first == null || first.kind() == Kind.AND || (first.kind() == Kind.A && !follows(Kind.A, i + 1, texts))) {
                i++;
                continue;
            }
            int end = i + 1;
            Kind last = first.kind();
            while (end < texts.size() && words.containsKey(texts.get(end)) && joins(last, words.get(texts.get(end)).kind())
                    && (words.get(texts.get(end)).kind() != Kind.AND || follows(Kind.AND, end + 1, texts))) {
                last = words.get(texts.get(end)).kind();
                end++;
            }
            if (counts(i, end, texts)) {
                boolean weak = english && i > 0 && texts.get(i - 1).equals("the");
                String value = BigDecimal.valueOf(value(texts.subList(i, end))).toPlainString();
                hits.add(new Hit(parts.get(i)[0], parts.get(end - 1)[1], List.of(weak ? WEAK + value : value)));
            }
            i = end;
        }
        return hits;
    }

    /**
     * Whether a run of letters in {@code text} is a word a number starts with: every word and
     * every piece of a compound {@link #read} looks at is such a run. Most prose has none, and
     * this look, without a pattern, costs a fraction of reading it word by word.
     */
    private boolean mayHold(String text) {
        int start = -1;
        boolean ascii = true;
        int hash = 0;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.charAt(i) : ' ';
            // Most prose is ASCII, whose letters are A-Z and a-z; anything else is asked of Character.
            if (c >= 128) c = text.codePointAt(i);
            if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                    hash = 0;
                }
                // String.hashCode of the word in small letters, while it is ASCII (A-Z, a-z).
                if (c < 128) hash = 31 * hash + (c | 0x20);
                else ascii = false;
            } else if (start >= 0) {
                boolean maybe = !ascii || startHashes.get(hashBit(hash));
                if (maybe && starts.contains(text.substring(start, i).toLowerCase(locale))) return true;
                start = -1;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static int hashBit(int hash) {
        return hash & ((1 << HASH_BITS) - 1);
    }

    /** Whether the word at {@code next} can follow
 an "a" ("a thousand") or an "and" ("a hundred and five"). */
    private boolean follows(Kind kind, int next, List<String> texts) {
        if (next >= texts.size() || !words.containsKey(texts.get(next))) return false;
        Kind then = words.get(texts.get(next)).kind();
        return kind == Kind.A ? then == Kind.HUNDRED || then == Kind.SCALE : then == Kind.UNIT || then == Kind.TEEN || then == Kind.TEN;
    }

    /** Whether a word of kind {@code next} continues a number whose last word is of kind {@code last}. */
    private static boolean joins(Kind last, Kind next) {
        return switch (next) {
            case UNIT -> last == Kind.TEN || last == Kind.PULUH || last == Kind.HUNDRED || last == Kind.ONE_HUNDRED
                    || last == Kind.SCALE || last == Kind.ONE_SCALE || last == Kind.AND;
            case TEEN, TEN -> last == Kind.HUNDRED || last == Kind.ONE_HUNDRED || last == Kind.SCALE || last == Kind.ONE_SCALE || last == Kind.AND;
            case HUNDRED -> last == Kind.UNIT || last == Kind.A;
            case BELAS, PULUH -> last == Kind.UNIT;
            case ONE_HUNDRED -> last == Kind.SCALE || last == Kind.ONE_SCALE;
            case SCALE -> last != Kind.AND && last != Kind.ZERO && last != Kind.ONE_SCALE;
            case AND -> last == Kind.HUNDRED || last == Kind.SCALE || last == Kind.ONE_SCALE;
            case ZERO, ONE_SCALE, A -> false;
        };
    }

    /** The rules of the class comment: a lone "one", "the two", "two times", "dua pertiga". */
    private boolean counts(int start, int end, List<String> texts) {
        if (end - start == 1 && words.get(texts.get(start)).value() == 1 && words.get(texts.get(start)).kind() == Kind.UNIT) return false;
        if (end < texts.size()) {
            String next = texts.get(end);
            if (TIMES.contains(next)) return false;
            if (!english && next.startsWith("per") && words.containsKey(next.substring(3))) return false;
        }
        return true;
    }

    private long value(List<String> run) {
        long total = 0;
        long group = 0;
        long last = 0;
        for (String text : run) {
            Word w = words.get(text);
            switch (w.kind()) {
                case ZERO, UNIT, TEEN, TEN, ONE_HUNDRED -> {
                    group += w.value();
                    last = w.kind() == Kind.UNIT ? w.value() : 0;
                }
                case A -> group = 1;
                case BELAS -> group += 10;
                case PULUH -> group += last * 9;
                case HUNDRED -> group = english ? Math.max(group, 1) * 100 : group - last + last * 100;
                case SCALE -> {
                    total += Math.max(group, 1) * w.value();
                    group = 0;
                }
                case ONE_SCALE -> total += w.value();
                case AND -> { }
            }
        }
        return total + group;
    }
}
