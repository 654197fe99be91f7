package jembatan.facts;

import java.util.List;
import java.util.Optional;

/**
 * A fact as its file writes it, before its formula is computed and its sources resolved: what
 * {@link FactSheetLoader} reads and {@link FactComputation} turns into a {@link Fact}. A computed
 * fact has a formula and no value; the lines and column say where to point a problem with it.
 */
record FactAsRead(String id, FactType type, LocalizedText label, Optional<FactValue> value, Optional<LocalizedText> unit,
                  List<String> sources, int sourcesLine, Optional<Formula> formula, int formulaLine, int formulaColumn,
                  boolean weekday, String file, int line) {

    FactAsRead {
        sources = List.copyOf(sources);
    }

    /** The fact with its value and the sources it is stated from. */
    Fact toFact(FactValue computed, List<String> resolvedSources) {
        return new Fact(id, type, label, computed, unit, resolvedSources, formula, weekday, file, line);
    }

    /** The facts its formula reads; none for a fact written as data. */
    List<String> inputs() {
        return formula.map(f -> List.copyOf(f.references())).orElse(List.of());
    }
}
