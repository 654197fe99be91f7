package jembatan.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every fact, source, box and check of a site, from {@code content/facts/*.yaml}, with formulas
 * computed and checks passed. Both languages read the same sheet: a number is stored once and
 * only written out differently, which is why the two languages cannot disagree on it.
 */
public record FactSheet(SortedMap<String, Fact> facts, SortedMap<String, Source> sources, SortedMap<String, FactBox> boxes, Gaps gaps) {

    public FactSheet {
        facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        sources = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        boxes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(boxes));
    }

    public static FactSheet empty() {
        return new FactSheet(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Gaps.NONE);
    }

    /**
     * What the facts files declare but the sheet lacks, because of a mistake already reported:
     * facts and boxes by the file that declares them, and the files that could not be read at
     * all. An article that names a missing fact is then not a second mistake but an echo of the
     * first, and its problem follows from these files.
     */
    public record Gaps(Map<String, String> facts, Map<String, String> boxes, Set<String> unreadFiles) {
        public static final Gaps NONE = new Gaps(new TreeMap<>(), new TreeMap<>(), new TreeSet<>());

        public Gaps {
            facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
            boxes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(boxes));
            unreadFiles = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(unreadFiles));
        }

        /** The files whose mistakes would explain that fact {@code id} is missing: the one declaring it, else every file not read. */
        public List<String> behindFact(String id) {
            return facts.containsKey(id) ? List.of(facts.get(id)) : List.copyOf(unreadFiles);
        }

        /** As {@link #behindFact}, for a box. */
        public List<String> behindBox(String id) {
            return boxes.containsKey(id) ? List.of(boxes.get(id)) : List.copyOf(unreadFiles);
        }
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public Optional<FactBox> box(String id) {
        return Optional.ofNullable(boxes.get(id));
    }
}
