package jembatan.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, so that a message can say "did you mean ...?"
 * The distance is Damerau-Levenshtein (a swap of two letters counts once), and a name is only
 * suggested when it is close enough to be the likely intent.
 */
public final class Suggestion {
    private Suggestion() {
    }

    /** The closest of {@code known} to {@code typed}, if any is plausibly what was meant. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        return closest(typed, known, 1).stream().findFirst();
    }

    /**
     * Up to {@code limit} of {@code known} that are plausibly what {@code typed} meant, the closest
     * first (names equally close in alphabetical order).
     */
    public static List<String> closest(String typed, Collection<String> known, int limit) {
        String needle = typed.toLowerCase(Locale.ROOT);
        // One edit in three: "titel" finds "title", but "fr" does not find "en".
        int allowed = Math.max(1, needle.length() / 3);
        record Scored(String name, int distance) {
        }
        return known.stream().distinct()
                .map(candidate -> new Scored(candidate, distance(needle, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** A hint such as {@code did you mean "title"?}, or the fallback when nothing is close. */
    public static String didYouMean(String typed, Collection<String> known, String fallback) {
        return closest(typed, known).map(name -> "did you mean \"" + name + "\"?").orElse(fallback);
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
