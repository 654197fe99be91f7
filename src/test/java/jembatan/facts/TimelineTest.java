package jembatan.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jembatan.config.BaseUrl;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final Language ID = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", "EEEE, d MMMM yyyy");
    private static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "EEEE, d MMMM yyyy");
    private static final SiteConfig CONFIG = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(ID, EN), ID);

    private final Problems problems = new Problems();

    /** Four moments of the Istanbul story, and a timeline box showing {@code facts} in that order. */
    private Timeline timeline(String facts) {
        FactSheet sheet = FactSheetLoader.parse(Map.of("content/facts/a.yaml", """
                sources:
                  wire:
                    outlet: Wire
                facts:
                  last-talks:
                    type: month
                    value: 2022-03
                    label: {id: Sebelumnya, en: Before}
                    sources: [wire]
                  talks-day:
                    type: date
                    value: 2025-05-16
                    label: {id: Perundingan, en: Talks}
                    sources: [wire]
                  exchange-period:
                    type: period
                    from: 2025-05-23
                    to: 2025-05-25
                    label: {id: Pertukaran, en: Exchange}
                    sources: [wire]
                  follow-up:
                    type: date
                    value: 2025-06-02
                    label: {id: Lanjutan, en: Follow-up}
                    sources: [wire]
                boxes:
                  timeline:
                    kind: timeline
                    title: {id: Linimasa, en: Timeline}
                    facts: [%s]
                """.formatted(facts)), CONFIG, problems);
        assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
        return Timeline.of(sheet.box("timeline").orElseThrow(), sheet);
    }

    private static List<String> ids(Timeline timeline) {
        return timeline.events().stream().map(e -> e.fact().id()).toList();
    }

    @Test
    void eventsAreInDateOrderWhateverTheOrderOfTheBox() {
        Timeline timeline = timeline("exchange-period, last-talks, talks-day");

        assertEquals(List.of("last-talks", "talks-day", "exchange-period"), ids(timeline));
    }

    @Test
    void eventsAreEvenlySpacedFromStartToEnd() {
        Timeline timeline = timeline("exchange-period, last-talks, talks-day");

        assertEquals(List.of(0.0, 0.5, 1.0), timeline.events().stream().map(Timeline.Event::position).toList());
    }

    @Test
    void theGapsAreTheTimeFromEachMomentToTheNext() {
        Timeline timeline = timeline("exchange-period, last-talks, talks-day");

        assertEquals(List.of(Optional.of(Period.of(3, 2, 15)), Optional.of(Period.ofDays(7)), Optional.empty()),
                timeline.events().stream().map(Timeline.Event::untilNext).toList());
    }

    @Test
    void theGapAfterAPeriodRunsFromItsLastDay() {
        Timeline timeline = timeline("follow-up, exchange-period");

        // 25 May to 2 June, not 23 May to 2 June
        assertEquals(List.of(Optional.of(Period.ofDays(8)), Optional.empty()),
                timeline.events().stream().map(Timeline.Event::untilNext).toList());
    }

    @Test
    void fourEventsAreSpacedInThirds() {
        Timeline timeline = timeline("follow-up, talks-day, exchange-period, last-talks");

        assertEquals(List.of("last-talks", "talks-day", "exchange-period", "follow-up"), ids(timeline));
        assertEquals(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0), timeline.events().stream().map(Timeline.Event::position).toList());
    }

    @Test
    void aSingleEventStandsInTheMiddle() {
        Timeline timeline = timeline("talks-day");

        assertEquals(List.of(new Timeline.Event(timeline.events().get(0).fact(), 0.5, Optional.empty())), timeline.events());
    }
}
