package jembatan.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
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

class ChartTest {
    private static final Language ID = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", "EEEE, d MMMM yyyy");
    private static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "EEEE, d MMMM yyyy");
    private static final SiteConfig CONFIG = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(ID, EN), ID);
    private static final double EXACT = 1e-12;

    private final Problems problems = new Problems();

    /** The three stages of the exchange, and a chart of them whose total is {@code total}. */
    private FactSheet sheet(String total) {
        FactSheet sheet = FactSheetLoader.parse(Map.of("content/facts/a.yaml", """
                sources:
                  wire:
                    outlet: Wire
                facts:
                  agreed:
                    type: number
                    value: %s
                    label: {id: Disepakati, en: Agreed}
                    sources: [wire]
                  stages:
                    type: table
                    label: {id: Tahap, en: Stages}
                    sources: [wire]
                    columns:
                      date: {type: date, label: {id: Tanggal, en: Date}}
                      each-way: {type: number, label: {id: Per pihak, en: Each way}}
                    rows:
                      - date: 2025-05-23
                        each-way: 390
                      - date: 2025-05-24
                        each-way: 307
                      - date: 2025-05-25
                        each-way: 303
                boxes:
                  with-total:
                    kind: chart
                    title: {id: Tahap, en: Stages}
                    facts: [stages]
                    column: each-way
                    label-column: date
                    total: agreed
                  without-total:
                    kind: chart
                    title: {id: Tahap, en: Stages}
                    facts: [stages]
                    column: each-way
                    label-column: date
                """.formatted(total)), CONFIG, problems);
        assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
        return sheet;
    }

    private static Chart chart(FactSheet sheet, String box) {
        return Chart.of(sheet.box(box).orElseThrow(), sheet).orElseThrow();
    }

    private static List<Double> starts(Chart chart) {
        return chart.segments().stream().map(Chart.Segment::start).toList();
    }

    private static List<Double> widths(Chart chart) {
        return chart.segments().stream().map(Chart.Segment::width).toList();
    }

    private static void assertFractions(List<Double> expected, List<Double> actual) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), EXACT, "at " + i + " of " + actual);
    }

    @Test
    void barsAddingUpToTheTotalFillTheLine() {
        Chart chart = chart(sheet("1000"), "with-total");

        assertFractions(List.of(0.0, 0.39, 0.697), starts(chart));
        assertFractions(List.of(0.39, 0.307, 0.303), widths(chart));
        Chart.Segment last = chart.segments().get(2);
        assertEquals(1.0, last.start() + last.width(), EXACT);
        assertEquals(new BigDecimal("1000"), chart.sum());
        assertEquals(Optional.of("agreed"), chart.total().map(Fact::id));
    }

    @Test
    void eachBarStartsWhereThePreviousEnds() {
        Chart chart = chart(sheet("1000"), "with-total");

        for (int i = 1; i < chart.segments().size(); i++) {
            Chart.Segment previous = chart.segments().get(i - 1);
            assertEquals(previous.start() + previous.width(), chart.segments().get(i).start(), EXACT);
        }
    }

    @Test
    void eachBarKeepsItsRowAndValue() {
        Chart chart = chart(sheet("1000"), "with-total");

        assertEquals(List.of(new BigDecimal("390"), new BigDecimal("307"), new BigDecimal("303")),
                chart.segments().stream().map(Chart.Segment::value).toList());
        assertEquals(new FactValue.Day(LocalDate.of(2025, 5, 24)), chart.segments().get(1).row().cells().get("date"));
        assertEquals("each-way", chart.column());
        assertEquals("date", chart.labelColumn());
    }

    @Test
    void aTotalLargerThanTheSumLeavesPartOfTheLineEmpty() {
        Chart chart = chart(sheet("2000"), "with-total");

        assertFractions(List.of(0.0, 0.195, 0.3485), starts(chart));
        assertFractions(List.of(0.195, 0.1535, 0.1515), widths(chart));
        Chart.Segment last = chart.segments().get(2);
        assertEquals(0.5, last.start() + last.width(), EXACT);
        assertEquals(new BigDecimal("1000"), chart.sum());
    }

    @Test
    void aTotalSmallerThanTheSumDoesNotMakeBarsOverflow() {
        Chart chart = chart(sheet("500"), "with-total");

        assertFractions(List.of(0.39, 0.307, 0.303), widths(chart));
    }

    @Test
    void withoutATotalTheBarsFillTheLine() {
        Chart chart = chart(sheet("2000"), "without-total");

        assertFractions(List.of(0.0, 0.39, 0.697), starts(chart));
        assertFractions(List.of(0.39, 0.307, 0.303), widths(chart));
        assertEquals(Optional.empty(), chart.total());
    }

    @Test
    void aBoxThatNamesNoColumnHasNoChart() {
        FactSheet sheet = sheet("1000");
        FactBox box = sheet.box("with-total").orElseThrow();
        FactBox withoutColumn = new FactBox(box.id(), box.kind(), box.title(), box.facts(), Optional.empty(), box.labelColumn(),
                box.total(), box.file(), box.line());

        assertEquals(Optional.empty(), Chart.of(withoutColumn, sheet));
    }
}
