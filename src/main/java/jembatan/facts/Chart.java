package jembatan.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The geometry of a chart box, computed from the data so that both languages draw the same
 * picture: one bar per table row, stacked along a line whose length is the total, each with its
 * start and width as fractions of that total. A partial turns it into SVG with localized labels.
 */
public record Chart(FactValue.Table table, String column, String labelColumn, List<Segment> segments, BigDecimal sum,
                    Optional<Fact> total) {

    public Chart {
        segments = List.copyOf(segments);
    }

    /** One bar: the row it draws, its value, and where it starts and how wide it is (0 to 1). */
    public record Segment(FactValue.Row row, BigDecimal value, double start, double width) {
    }

    /** The chart of a box of kind chart, as loaded (the loader has checked its table and columns). */
    public static Optional<Chart> of(FactBox box, FactSheet sheet) {
        Optional<Fact> fact = box.facts().isEmpty() ? Optional.empty() : sheet.fact(box.facts().get(0));
        if (fact.isEmpty() || !(fact.get().value() instanceof FactValue.Table table) || box.column().isEmpty() || box.labelColumn().isEmpty()) {
            return Optional.empty();
        }
        String column = box.column().get();
        BigDecimal sum = BigDecimal.ZERO;
        for (FactValue.Row row : table.rows()) sum = sum.add(amount(row, column));
        Optional<Fact> total = box.total().flatMap(sheet::fact);
        BigDecimal length = total.map(t -> ((FactValue.Amount) t.value()).amount()).filter(t -> t.compareTo(BigDecimal.ZERO) > 0).orElse(sum);
        if (length.compareTo(sum) < 0) length = sum;
        List<Segment> segments = new ArrayList<>();
        BigDecimal start = BigDecimal.ZERO;
        for (FactValue.Row row : table.rows()) {
            BigDecimal value = amount(row, column);
            segments.add(new Segment(row, value, fraction(start, length), fraction(value, length)));
            start = start.add(value);
        }
        return Optional.of(new Chart(table, column, box.labelColumn().get(), segments, sum, total));
    }

    private static BigDecimal amount(FactValue.Row row, String column) {
        return row.cells().get(column) instanceof FactValue.Amount a ? a.amount() : BigDecimal.ZERO;
    }

    private static double fraction(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }
}
