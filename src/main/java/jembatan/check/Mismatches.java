package jembatan.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What two versions of an article state a different number of times, as one discrepancy each:
 * a value stated in the translation where the original states another of the same kind in its
 * place is one swap (a digit changed, a name put in place of another), not two values missing
 * on either side. The rest are values one version states more often than the other.
 */
final class Mismatches {
    /** A value stated once: its comparable form, its kind (only values of one kind are swapped), as written, and its line. */
    record Mention(String value, String kind, String written, int line) {
    }

    /** A value of the translation ({@code here}) and of the original ({@code there}); either may be absent, not both. */
    record Mismatch(Optional<Mention> here, Optional<Mention> there, List<Mention> allHere, List<Mention> allThere) {
        Mismatch {
            allHere = List.copyOf(allHere);
            allThere = List.copyOf(allThere);
        }
    }

    private Mismatches() {
    }

    /**
     * The discrepancies between {@code here} and {@code there}, in the order of the lines of
     * {@code here}; a mention {@code excused} (marked as deliberately different) is left out, with
     * whatever it was paired with.
     */
    static List<Mismatch> of(List<Mention> here, List<Mention> there, Predicate<Mention> excusedHere, Predicate<Mention> excusedThere) {
        Map<String, List<Mention>> mine = byValue(here);
        Map<String, List<Mention>> theirs = byValue(there);
        List<Mention> extraHere = extra(mine, theirs);
        List<Mention> extraThere = extra(theirs, mine);
        List<Mismatch> found = new ArrayList<>();
        List<Mention> unpaired = new ArrayList<>(extraThere);
        for (Mention mention : extraHere) {
            Optional<Mention> partner = unpaired.stream().filter(m -> m.kind().equals(mention.kind())).findFirst();
            partner.ifPresent(unpaired::remove);
            found.add(mismatch(Optional.of(mention), partner, mine, theirs));
        }
        for (Mention mention : unpaired) found.add(mismatch(Optional.empty(), Optional.of(mention), mine, theirs));
        return found.stream()
                .filter(m -> m.here().filter(excusedHere).isEmpty() && m.there().filter(excusedThere).isEmpty())
                .sorted(Comparator.comparingInt(m -> m.here().or(m::there).orElseThrow().line())).toList();
    }

    private static Mismatch mismatch(Optional<Mention> here, Optional<Mention> there, Map<String, List<Mention>> mine, Map<String, List<Mention>> theirs) {
        String value = here.or(() -> there).orElseThrow().value();
        return new Mismatch(here, there, mine.getOrDefault(value, List.of()), theirs.getOrDefault(value, List.of()));
    }

    /** The mentions of each value past the number of times the other version states it: the last ones. */
    private static List<Mention> extra(Map<String, List<Mention>> mine, Map<String, List<Mention>> theirs) {
        List<Mention> extra = new ArrayList<>();
        mine.forEach((value, mentions) -> {
            int there = theirs.getOrDefault(value, List.of()).size();
            if (mentions.size() > there) extra.addAll(mentions.subList(there, mentions.size()));
        });
        extra.sort(Comparator.comparingInt(Mention::line));
        return extra;
    }

    private static Map<String, List<Mention>> byValue(List<Mention> mentions) {
        Map<String, List<Mention>> byValue = new LinkedHashMap<>();
        for (Mention mention : mentions) byValue.computeIfAbsent(mention.value(), k -> new ArrayList<>()).add(mention);
        return byValue;
    }

    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    static String lines(List<Mention> mentions) {
        return String.join(", ", mentions.stream().map(m -> String.valueOf(m.line())).distinct().toList());
    }
}
