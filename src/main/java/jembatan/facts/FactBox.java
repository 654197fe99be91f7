package jembatan.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A box of facts that an editor places in an article with {@code ::: factbox <id>}: its kind
 * (how it is drawn), its title per language, and which facts it shows in which order. A chart
 * names the table column to draw and the total the bars add up to.
 */
public record FactBox(String id, Kind kind, LocalizedText title, List<String> facts, Optional<String> column,
                      Optional<String> labelColumn, Optional<String> total, String file, int line) {

    public FactBox {
        facts = List.copyOf(facts);
    }

    /** How a box is drawn; each kind has its partial, {@code templates/partials/factbox-<kind>.ftlh}. */
    public enum Kind {
        /** Label and value pairs; tables as tables, quotes as quotes. */
        LIST,
        /** A few key numbers, large. */
        FIGURES,
        /** A stacked bar chart of one table column, adding up to a total. */
        CHART,
        /** Events in order, with the time between them. */
        TIMELINE;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
