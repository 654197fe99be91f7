package jembatan.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of a timeline box: its moments (days, months, periods) in order, evenly spaced
 * (three years and one week cannot share a scale and both be read), with the time elapsed
 * between each moment and the next, so the gaps are told rather than drawn to scale.
 */
public record Timeline(List<Event> events) {

    public Timeline {
        events = List.copyOf(events);
    }

    /** A moment: its fact, its position (0 to 1), and the time from it to the next moment, if any. */
    public record Event(Fact fact, double position, java.util.Optional<Period> untilNext) {
    }

    public static Timeline of(FactBox box, FactSheet sheet) {
        List<Fact> facts = new ArrayList<>();
        for (String id : box.facts()) sheet.fact(id).filter(f -> start(f.value()).isPresent()).ifPresent(facts::add);
        facts.sort(Comparator.comparing(f -> start(f.value()).orElseThrow()));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            double position = facts.size() == 1 ? 0.5 : (double) i / (facts.size() - 1);
            java.util.Optional<Period> gap = i + 1 < facts.size()
                    ? java.util.Optional.of(Period.between(end(facts.get(i).value()), start(facts.get(i + 1).value()).orElseThrow()))
                    : java.util.Optional.empty();
            events.add(new Event(facts.get(i), position, gap));
        }
        return new Timeline(events);
    }

    /** When a moment starts; none for a value that is not a moment. */
    private static java.util.Optional<LocalDate> start(FactValue value) {
        if (value instanceof FactValue.Day day) return java.util.Optional.of(day.date());
        if (value instanceof FactValue.Month month) return java.util.Optional.of(month.month().atDay(1));
        if (value instanceof FactValue.Span span) return java.util.Optional.of(span.from());
        return java.util.Optional.empty();
    }

    /** Gaps run from the end of a moment: a period ends on its last day, a day and a month on their first. */
    private static LocalDate end(FactValue value) {
        if (value instanceof FactValue.Span span) return span.to();
        return start(value).orElseThrow();
    }
}
