package jembatan.facts;

import java.util.List;
import java.util.Optional;

/**
 * One fact the site may state: its id, kind, label per language, value, unit (for numbers),
 * the sources it comes from, and where it is written ({@code file}, {@code line}), so that a
 * problem with it, or a failed check that involves it, can point there. A computed fact keeps
 * its formula; its value is the formula's result.
 */
public record Fact(String id, FactType type, LocalizedText label, FactValue value, Optional<LocalizedText> unit,
                   List<String> sources, Optional<Formula> formula, boolean weekday, String file, int line) {

    public Fact {
        sources = List.copyOf(sources);
    }

    public String location() {
        return file + ":" + line;
    }
}
