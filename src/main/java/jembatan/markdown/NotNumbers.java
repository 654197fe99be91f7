package jembatan.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds digits that state no number to compare across languages: times of day ({@code 14:30},
 * {@code pukul 10.30}, {@code 10 a.m.}, {@code 09.00 WIB}), versions ({@code v1.2.3},
 * {@code 1.2.3}, {@code ChatGPT 3.5} after a name, {@code GPT-4}, {@code F-16}: a capital before the hyphen, so "1,000-for-1,000" is two numbers), web and
 * e-mail addresses, file paths and file names ({@code laporan-2023.pdf}). A plain whole number
 * after a name ("Java 17") is read as a number: both versions write it the same way, and
 * "Pasal 33" or "Rp 500" are numbers. Code is not prose and never reaches the reader (the
 * renderer leaves code spans, code blocks and links whose text is their address out).
 */
final class NotNumbers {
    /** Words before a number that make it money, not a version. */
    private static final Set<String> CURRENCIES = Set.of("Rp", "IDR", "USD", "US", "EUR", "GBP", "SGD", "AUD", "JPY", "CNY", "Rs");

    private static final Pattern SKIPPED = Pattern.compile(String.join("|",
            // Addresses, e-mail, paths (a run with a slash and a letter), file names.
            "(?:https?|ftp)://\\S+", "(?<![\\p{L}\\d])www\\.\\S+",
            "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+",
            "(?<path>(?<!\\S)[\\p{L}\\d._~-]*(?:[/\\\\][\\p{L}\\d._~-]+)+[/\\\\]?)",
            "[\\p{L}\\d_-]*\\d[\\p{L}\\d_-]*\\.(?i:md|pdf|png|jpe?g|gif|svg|webp|html?|ya?ml|json|csv|txt|zip|docx?|xlsx?|pptx?)(?![\\p{L}\\d])",
            // Times: a colon between hour and minutes, a time after "pukul"/"jam", or before a zone or am/pm.
            // (A look behind of several lengths, here and in the model's version below, is tried at each
            // of them at every place the search tries; the one-character look before each, which it
            // implies, turns most places away first.)
            "(?<![\\d.,:])\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:[ap]\\.m\\.|[AaPp][Mm]|WIB|WITA|WIT|GMT|UTC)(?![\\p{L}]))?(?![\\d])",
            "(?<=[lL.]\\s)(?<=\\b(?i:pukul|pkl\\.?)\\s)\\d{1,2}(?:[.:]\\d{2})?(?![\\d])(?:\\s?(?:WIB|WITA|WIT))?",
            "(?<=[mMtT]\\s)(?<=\\b(?i:jam|at)\\s)\\d{1,2}[.:][0-5]\\d(?![\\d])",
            "(?<![\\d.,:])\\d{1,2}(?:[.:]\\d{2})?\\s?(?:[ap]\\.m\\.|[AaPp][Mm]|WIB|WITA|WIT)(?![\\p{L}])",
            // Versions: v1.2, dotted triples (not thousands groups, which the digits read), a model after a hyphen.
            "(?<![\\p{L}\\d])[vV]\\d+(?:\\.\\d+)*(?![\\d])",
            "(?<![\\d.,])\\d+(?:\\.\\d+){2,}(?![\\d])",
            "(?<=-)(?<=(?<![\\p{L}])\\p{Lu}\\p{L}{0,10}-)\\d+(?:\\.\\d+)*(?![\\d])"));

    /** A dotted number after a capitalized word that does not start a sentence: a product's version. */
    private static final Pattern NAMED_VERSION = Pattern.compile(
            "(?<![.!?]\\s{1,3})(?<!^)(?<name>\\p{Lu}[\\p{L}\\d]*)\\s(?<version>\\d+\\.\\d+(?:\\.\\d+)*)(?![\\d])");
    private static final Pattern NAMED_START = Pattern.compile("^(?<name>\\p{L}*\\p{Lu}[\\p{L}\\d]*)\\s(?<version>\\d+\\.\\d+(?:\\.\\d+)*)(?![\\d])");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");

    private NotNumbers() {
    }

    /**
     * The stretches of {@code text} whose digits state no number, wherever they can hide one of
     * {@code found} (the other readers' hits); {@code grouping} is the language's thousands sign.
     * The search is most of what reading numbers costs, and most of a text holds no number, so
     * it runs only near what was found: from the last place before each of {@code found} that
     * no stretch can cross ({@link #noneCrosses}) to its end. A search from such a place meets
     * the very stretches a search from the text's start meets after it, so a number is hidden
     * exactly when a search of the whole text would hide it. Within it, the places no stretch
     * can start are passed over ({@link #startsNone}) unless {@code everywhere}, which a test
     * compares.
     */
    static List<Hit> find(String text, char grouping, List<Hit> found, boolean everywhere) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = SKIPPED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Hit> near = new ArrayList<>(found);
        near.sort(java.util.Comparator.comparingInt(Hit::start));
        // Where the search goes on: every stretch that starts before it is found, from a place no stretch crosses.
        int at = 0;
        // Hits in order of their starts: one that overlaps the last starts before the search, which goes on from there.
        for (Hit hit : near) {
            if (hit.start() > at) {
                int from = hit.start();
                while (from > at && !noneCrosses(text, from)) from--;
                at = from;
            }
            // As Matcher.find() does, a character at a time, but only up to the hit's end.
            while (at < hit.end()) {
                if (!m.region(at, text.length()).lookingAt()) {
                    at++;
                    while (!everywhere && at < hit.end() && startsNone(text, at)) at++;
                    continue;
                }
                at = m.end();
                // 1.000.000 is a million where a dot groups thousands.
                if (grouping == '.' && THOUSANDS.matcher(m.group()).matches()) continue;
                // 14/07/2023 and 1/2 are a date and a fraction, not a path.
                if (m.group("path") != null && (m.group().contains("://") || m.group().codePoints().noneMatch(Character::isLetter))) continue;
                hits.add(new Hit(m.start(), m.end(), List.of()));
            }
        }
        // A version needs a dotted number.
        if (dotted(text)) {
            named(NAMED_VERSION.matcher(text), grouping, hits);
            named(NAMED_START.matcher(text), grouping, hits);
        }
        return hits;
    }

    /**
     * Whether no stretch {@link #SKIPPED} finds can hold both the character before {@code at} and
     * the one at it: at the text's start, and after a space, unless a time of day's zone or
     * "a.m." may follow it (the only space a stretch holds is between a time and those).
     */
    private static boolean noneCrosses(String text, int at) {
        if (at == 0) return true;
        char before = text.charAt(at - 1);
        if (before != ' ' && before != '\t' && before != '\n' && before != '\u000B' && before != '\f' && before != '\r') return false;
        return at < 2 || text.charAt(at - 2) < '0' || text.charAt(at - 2) > '9' || "apAPWGU".indexOf(text.charAt(at)) < 0;
    }

    /** Whether a dot stands between two digits somewhere in {@code text}: a loop, where a pattern searched the whole text. */
    private static boolean dotted(String text) {
        for (int dot = text.indexOf('.', 1); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            if (NumberReader.isDigit(text.charAt(dot - 1)) && NumberReader.isDigit(text.charAt(dot + 1))) return true;
        }
        return false;
    }

    /**
     * Whether no stretch starts at {@code at}, given that none starts at the place before it: a
     * digit after a digit. Every shape but two needs something else before a digit it starts at
     * (a space, a hyphen, a word before it, or no digit), and those two, an e-mail address and a
     * file name, take digits into the run they start with, so one starting at the digit would
     * have started at the digit before it. Most numbers are then tried once, not once a digit.
     */
    private static boolean startsNone(String text, int at) {
        return NumberReader.isDigit(text.charAt(at)) && NumberReader.isDigit(text.charAt(at - 1));
    }

    private static void named(Matcher m, char grouping, List<Hit> hits) {
        while (m.find()) {
            String name = m.group("name");
            // A mixed-case name ("ChatGPT", "iOS") is a product even at a sentence's start; "In 2.5" is not.
            boolean mixed = !name.substring(1).equals(name.substring(1).toLowerCase(java.util.Locale.ROOT)) || name.matches(".*\\d.*");
            if (m.pattern() == NAMED_START && !mixed) continue;
            if (CURRENCIES.contains(name) || grouping == '.' && THOUSANDS.matcher(m.group("version")).matches()) continue;
            hits.add(new Hit(m.start("version"), m.end("version"), List.of()));
        }
    }
}
