package jembatan.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every fact, source, box and check of a site, from {@code content/facts/*.yaml}, with formulas
 * computed and checks passed. Both languages read the same sheet: a number is stored once and
 * only written out differently, which is why the two languages cannot disagree on it.
 */
public record FactSheet(SortedMap<String, Fact> facts, SortedMap<String, Source> sources, SortedMap<String, FactBox> boxes) {

    public FactSheet {
        facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        sources = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        boxes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(boxes));
    }

    public static FactSheet empty() {
        return new FactSheet(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public Optional<FactBox> box(String id) {
        return Optional.ofNullable(boxes.get(id));
    }

    /** The sources of the facts of a box, in the order they first appear, without repeats. */
    public List<Source> sourcesOf(FactBox box) {
        Map<String, Source> ordered = new java.util.LinkedHashMap<>();
        for (String id : box.facts()) {
            Fact fact = facts.get(id);
            if (fact == null) continue;
            for (String source : fact.sources()) ordered.putIfAbsent(source, sources.get(source));
            if (fact.value() instanceof FactValue.Quote quote) {
                fact(quote.speaker()).ifPresent(s -> s.sources().forEach(src -> ordered.putIfAbsent(src, sources.get(src))));
            }
        }
        return List.copyOf(ordered.values());
    }
}
