package jembatan.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.LinkedHashMap;
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

class FactSheetLoaderTest {
    private static final Language ID = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", "EEEE, d MMMM yyyy");
    private static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "EEEE, d MMMM yyyy");
    private static final SiteConfig CONFIG = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(ID, EN), ID);
    private static final String FILE = "content/facts/a.yaml";

    private final Problems problems = new Problems();

    private FactSheet load(String yaml) {
        return FactSheetLoader.parse(Map.of(FILE, yaml), CONFIG, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static FactValue valueOf(FactSheet sheet, String id) {
        return sheet.fact(id).orElseThrow(() -> new AssertionError("no fact " + id)).value();
    }

    private static LocalizedText text(String id, String en) {
        return LocalizedText.of(Map.of("id", id, "en", en));
    }

    // ---------------------------------------------------------------- types

    @Test
    void everyTypeParsesToItsValue() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    unit: {id: orang, en: people}
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                  ratio:
                    type: number
                    value: -2.5
                    label: {id: Rasio, en: Ratio}
                    sources: [wire]
                  day:
                    type: date
                    value: 2025-05-16
                    weekday: true
                    label: {id: Tanggal, en: Date}
                    sources: [wire]
                  month:
                    type: month
                    value: 2022-03
                    label: {id: Bulan, en: Month}
                    sources: [wire]
                  span:
                    type: period
                    from: 2025-05-23
                    to: 2025-05-25
                    label: {id: Masa, en: Period}
                    sources: [wire]
                  where:
                    type: place
                    value: Istanbul
                    label: {id: Tempat, en: Place}
                    sources: [wire]
                  outcome:
                    type: text
                    value: {id: Tidak ada terobosan, en: No breakthrough}
                    label: {id: Hasil, en: Outcome}
                    sources: [wire]
                  chair:
                    type: person
                    name: Hakan Fidan
                    role: {id: Menteri Luar Negeri Turki, en: Foreign Minister of Türkiye}
                    label: {id: Dipimpin oleh, en: Chaired by}
                    sources: [wire]
                  said:
                    type: quote
                    speaker: chair
                    reported: true
                    text: {id: Kami siap, en: We are ready}
                    label: {id: Kata, en: Said}
                    sources: [wire]
                  stages:
                    type: table
                    label: {id: Tahap, en: Stages}
                    sources: [wire]
                    columns:
                      stage: {type: number, label: {id: Tahap, en: Stage}}
                      date: {type: date, label: {id: Tanggal, en: Date}}
                      month: {type: month, label: {id: Bulan, en: Month}}
                      who: {type: text, label: {id: Siapa, en: Who}}
                    rows:
                      - stage: 1
                        date: 2025-05-23
                        month: 2025-05
                        who: {id: tentara, en: soldiers}
                      - stage: 2
                        date: 2025-05-24
                        month: 2025-05
                        who: Ukraina
                """);

        assertEquals(List.of(), reported());
        assertEquals(new FactValue.Amount(new BigDecimal("1000")), valueOf(sheet, "amount"));
        assertEquals(new FactValue.Amount(new BigDecimal("-2.5")), valueOf(sheet, "ratio"));
        assertEquals(new FactValue.Day(LocalDate.of(2025, 5, 16)), valueOf(sheet, "day"));
        assertEquals(new FactValue.Month(YearMonth.of(2022, 3)), valueOf(sheet, "month"));
        assertEquals(new FactValue.Span(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 25)), valueOf(sheet, "span"));
        assertEquals(new FactValue.Text(LocalizedText.same("Istanbul")), valueOf(sheet, "where"));
        assertEquals(new FactValue.Text(text("Tidak ada terobosan", "No breakthrough")), valueOf(sheet, "outcome"));
        assertEquals(new FactValue.Person("Hakan Fidan", text("Menteri Luar Negeri Turki", "Foreign Minister of Türkiye")), valueOf(sheet, "chair"));
        assertEquals(new FactValue.Quote("chair", text("Kami siap", "We are ready"), true), valueOf(sheet, "said"));
        assertEquals(new FactValue.Table(
                List.of(new FactValue.Column("stage", FactType.NUMBER, text("Tahap", "Stage")),
                        new FactValue.Column("date", FactType.DATE, text("Tanggal", "Date")),
                        new FactValue.Column("month", FactType.MONTH, text("Bulan", "Month")),
                        new FactValue.Column("who", FactType.TEXT, text("Siapa", "Who"))),
                List.of(new FactValue.Row(Map.of(
                                "stage", FactValue.Amount.of(1),
                                "date", new FactValue.Day(LocalDate.of(2025, 5, 23)),
                                "month", new FactValue.Month(YearMonth.of(2025, 5)),
                                "who", new FactValue.Text(text("tentara", "soldiers"))), List.of(), 66),
                        new FactValue.Row(Map.of(
                                "stage", FactValue.Amount.of(2),
                                "date", new FactValue.Day(LocalDate.of(2025, 5, 24)),
                                "month", new FactValue.Month(YearMonth.of(2025, 5)),
                                "who", new FactValue.Text(LocalizedText.same("Ukraina"))), List.of(), 70))),
                valueOf(sheet, "stages"));

        Fact amount = sheet.fact("amount").orElseThrow();
        assertEquals(new Fact("amount", FactType.NUMBER, text("Jumlah", "Number"), FactValue.Amount.of(1000),
                Optional.of(text("orang", "people")), List.of("wire"), Optional.empty(), false, FILE, 5), amount);
        assertEquals(FILE + ":5", amount.location());
        assertTrue(sheet.fact("day").orElseThrow().weekday());
        assertEquals(List.of("amount", "chair", "day", "month", "outcome", "ratio", "said", "span", "stages", "where"),
                List.copyOf(sheet.facts().keySet()));
        assertEquals(new Source("wire", LocalizedText.same("Wire"), Optional.empty(), Optional.empty(), Optional.empty(), FILE, 2),
                sheet.sources().get("wire"));
    }

    @Test
    void aSourceKeepsItsTitleDateAndAddress() {
        FactSheet sheet = load("""
                sources:
                  hurriyet:
                    outlet: Hürriyet Daily News
                    title: Talks start in Istanbul
                    date: 2025-05-16
                    url: https://www.hurriyetdailynews.com/talks
                """);

        assertEquals(List.of(), reported());
        assertEquals(new Source("hurriyet", LocalizedText.same("Hürriyet Daily News"), Optional.of("Talks start in Istanbul"),
                Optional.of(LocalDate.of(2025, 5, 16)), Optional.of("https://www.hurriyetdailynews.com/talks"), FILE, 2),
                sheet.sources().get("hurriyet"));
    }

    @Test
    void aSourceAddressMustBeAWebAddress() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                    url: www.wire.example/a
                """);

        assertEquals(List.of(FILE + ":4: url \"www.wire.example/a\" is not a web address; write the full address, starting with https://"), reported());
    }

    // ---------------------------------------------------------------- labels and keys

    @Test
    void aLabelWithoutOneLanguageNamesTheLanguage() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":8: label has no English (en) text; add `en: ...` to it"), reported());
        assertEquals(Optional.empty(), sheet.fact("amount"));
    }

    @Test
    void aLabelWrittenOnceForAllLanguagesIsRefused() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: Jumlah
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":8: label needs a text per language; write `label: {id: ..., en: ...}`"), reported());
    }

    @Test
    void aLabelInALanguageTheSiteDoesNotHaveIsAnUnknownKey() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah, en: Number, fr: Nombre}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":8: unknown language key \"fr\"; the keys are: id, en"), reported());
    }

    @Test
    void aMisspeltTypeGetsADidYouMean() {
        load("""
                facts:
                  amount:
                    type: nubmer
                    value: 1000
                """);

        assertEquals(List.of(FILE + ":3: unknown fact type \"nubmer\"; did you mean \"number\"?"), reported());
    }

    @Test
    void anUnknownTypeFarFromEveryTypeListsTheTypes() {
        load("""
                facts:
                  colour:
                    type: colour
                """);

        assertEquals(List.of(FILE + ":3: unknown fact type \"colour\"; the types are: number, date, month, period, duration, place, text, person, quote, table"),
                reported());
    }

    @Test
    void aFactWithoutATypeIsReported() {
        load("""
                facts:
                  amount:
                    value: 1000
                """);

        assertEquals(List.of(FILE + ":2: fact \"amount\" has no type; add `type:` with one of: number, date, month, period, duration, place, text, person, quote, table"),
                reported());
    }

    @Test
    void eachTypeAcceptsOnlyItsOwnKeys() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    weekday: true
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                  day:
                    type: date
                    value: 2025-05-16
                    weekdays: true
                    label: {id: Tanggal, en: Date}
                    sources: [wire]
                """);

        assertEquals(List.of(
                FILE + ":8: unknown number fact key \"weekday\"; the keys are: type, label, sources, formula, value, unit",
                FILE + ":14: unknown date fact key \"weekdays\"; did you mean \"weekday\"?"), reported());
    }

    @Test
    void aMisspeltValueOfANumberSaysOnlyThat() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    vaule: 1000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":7: unknown number fact key \"vaule\"; did you mean \"value\"?"), reported());
    }

    @Test
    void aMisspeltValueOfADateSaysOnlyThat() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  day:
                    type: date
                    vaule: 2025-05-16
                    label: {id: Tanggal, en: Date}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":7: unknown date fact key \"vaule\"; did you mean \"value\"?"), reported());
    }

    @Test
    void anIdThatIsNotLowercaseWordsIsRefused() {
        load("""
                facts:
                  Talks_Day:
                    type: date
                    value: 2025-05-16
                """);

        assertEquals(List.of(FILE + ":2: id \"Talks_Day\" is not lowercase words joined by hyphens; e.g. prisoners-each-side"), reported());
    }

    // ---------------------------------------------------------------- values

    @Test
    void aNumberWrittenWithACommaIsRefusedWithHowDataWritesIt() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1,000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":7: value \"1,000\" has a thousands separator; "
                + "write it without one, e.g. 1000; the site writes it in each language's way"), reported());
    }

    @Test
    void aNumberWrittenWithADotForThousandsIsRefusedWithHowDataWritesIt() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1.000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":7: value \"1.000\" has a thousands separator; "
                + "write it without one, e.g. 1000; the site writes it in each language's way"), reported());
        assertEquals(Optional.empty(), sheet.fact("amount"));
    }

    @Test
    void aMonthThatIsNotOnTheCalendarIsRefused() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  month:
                    type: month
                    value: 2022-13
                    label: {id: Bulan, en: Month}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":7: month \"2022-13\" is not a month in the form YYYY-MM; write e.g. 2022-03"), reported());
        assertEquals(Optional.empty(), sheet.fact("month"));
    }

    @Test
    void aMonthCellThatIsNotOnTheCalendarIsRefused() {
        load("""
                facts:
                  stages:
                    type: table
                    label: {id: Tahap, en: Stages}
                    sources: [wire]
                    columns:
                      when: {type: month, label: {id: Bulan, en: Month}}
                    rows:
                      - when: 2022-13
                sources:
                  wire:
                    outlet: Wire
                """);

        assertEquals(List.of(FILE + ":9: when \"2022-13\" is not a month in the form YYYY-MM; write e.g. 2022-03"), reported());
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsRefused() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  day:
                    type: date
                    value: 2025-02-30
                    label: {id: Tanggal, en: Date}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":7: value \"2025-02-30\" is not a date on the calendar; write a real date as YYYY-MM-DD, e.g. 2025-05-16"), reported());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsReportedAtItsEnd() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  span:
                    type: period
                    from: 2025-05-25
                    to: 2025-05-23
                    label: {id: Masa, en: Period}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":8: the period ends (2025-05-23) before it starts (2025-05-25); swap from and to"), reported());
        assertEquals(Optional.empty(), sheet.fact("span"));
    }

    @Test
    void aPeriodOfOneDayIsAllowed() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  span:
                    type: period
                    from: 2025-05-23
                    to: 2025-05-23
                    label: {id: Masa, en: Period}
                    sources: [wire]
                """);

        assertEquals(List.of(), reported());
        assertEquals(1, ((FactValue.Span) valueOf(sheet, "span")).days());
    }

    @Test
    void aDurationWrittenAsDataIsToldToBeComputed() {
        load("""
                facts:
                  gap:
                    type: duration
                    label: {id: Jeda, en: Gap}
                """);

        assertEquals(List.of(FILE + ":3: a duration is computed; add `formula: between(start-fact, end-fact)`"), reported());
    }

    @Test
    void aTextFactCannotBeComputed() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  outcome:
                    type: text
                    value: {id: Ya, en: Yes}
                    formula: 1 + 1
                    label: {id: Hasil, en: Outcome}
                    sources: [wire]
                """);

        assertEquals(List.of(FILE + ":8: a text fact cannot be computed; formulas give numbers, durations and dates; write its value instead"), reported());
    }

    // ---------------------------------------------------------------- formulas

    private static final String EXCHANGE = """
            sources:
              wire:
                outlet: Wire
            facts:
              prisoners:
                type: number
                value: 1000
                label: {id: Tahanan, en: Prisoners}
                sources: [wire]
              stages:
                type: table
                label: {id: Tahap, en: Stages}
                sources: [wire]
                columns:
                  each-way: {type: number, label: {id: Per pihak, en: Each way}}
                  who: {type: text, label: {id: Siapa, en: Who}}
                rows:
                  - each-way: 390
                    who: sipil
                  - each-way: 307
                    who: militer
                  - each-way: 303
                    who: militer
              exchange-period:
                type: period
                from: 2025-05-23
                to: 2025-05-25
                label: {id: Masa, en: Period}
                sources: [wire]
              last-talks:
                type: month
                value: 2022-03
                label: {id: Sebelumnya, en: Before}
                sources: [wire]
              talks-day:
                type: date
                value: 2025-05-16
                label: {id: Tanggal, en: Date}
                sources: [wire]
            """;

    /** The exchange sheet with computed facts added; they start on line 40. */
    private FactSheet exchangeWith(String computed) {
        return load(EXCHANGE + computed.indent(2));
    }

    @Test
    void formulasAreComputedFromTheFactsTheyRead() {
        FactSheet sheet = exchangeWith("""
                exchanged:
                  type: number
                  formula: prisoners * 2
                  label: {id: Ditukar, en: Exchanged}
                total:
                  type: number
                  formula: sum(stages.each-way)
                  label: {id: Total, en: Total}
                stage-count:
                  type: number
                  formula: count(stages)
                  label: {id: Tahap, en: Stages}
                exchange-days:
                  type: number
                  formula: days(exchange-period)
                  label: {id: Hari, en: Days}
                since:
                  type: duration
                  formula: between(last-talks, talks-day)
                  label: {id: Sejak, en: Since}
                half:
                  type: number
                  formula: (prisoners - 1) / 2
                  label: {id: Separuh, en: Half}
                same-day:
                  type: date
                  formula: talks-day
                  label: {id: Hari yang sama, en: Same day}
                """);

        assertEquals(List.of(), reported());
        assertEquals(FactValue.Amount.of(2000), valueOf(sheet, "exchanged"));
        assertEquals(FactValue.Amount.of(1000), valueOf(sheet, "total"));
        assertEquals(FactValue.Amount.of(3), valueOf(sheet, "stage-count"));
        assertEquals(FactValue.Amount.of(3), valueOf(sheet, "exchange-days"));
        assertEquals(new FactValue.Elapsed(Period.of(3, 2, 15)), valueOf(sheet, "since"));
        assertEquals(new FactValue.Amount(new BigDecimal("499.5")), valueOf(sheet, "half"));
        assertEquals(new FactValue.Day(LocalDate.of(2025, 5, 16)), valueOf(sheet, "same-day"));
        assertEquals("prisoners * 2", sheet.fact("exchanged").orElseThrow().formula().orElseThrow().text());
    }

    @Test
    void formulasReadFactsDeclaredLaterAndInOtherFormulas() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  c:
                    type: number
                    formula: b * 2
                    label: {id: C, en: C}
                  b:
                    type: number
                    formula: a + 1
                    label: {id: B, en: B}
                  a:
                    type: number
                    value: 1
                    label: {id: A, en: A}
                    sources: [wire]
                """);

        assertEquals(List.of(), reported());
        assertEquals(FactValue.Amount.of(4), valueOf(sheet, "c"));
        assertEquals(FactValue.Amount.of(2), valueOf(sheet, "b"));
    }

    @Test
    void aCycleIsReportedOnceWithItsChain() {
        FactSheet sheet = load("""
                facts:
                  a:
                    type: number
                    formula: b + 1
                    label: {id: A, en: A}
                  b:
                    type: number
                    formula: a + 1
                    label: {id: B, en: B}
                """);

        assertEquals(List.of(FILE + ":4: the formula of a depends on itself (a → b → a); compute one of these facts from data instead"), reported());
        assertEquals(Map.of(), sheet.facts());
    }

    @Test
    void aFactReadingItselfIsACycle() {
        load("""
                facts:
                  a:
                    type: number
                    formula: a * 2
                    label: {id: A, en: A}
                """);

        assertEquals(List.of(FILE + ":4: the formula of a depends on itself (a → a); compute one of these facts from data instead"), reported());
    }

    @Test
    void aCycleReachedFromAnotherFactNamesOnlyTheLoop() {
        load("""
                facts:
                  c:
                    type: number
                    formula: a + 1
                    label: {id: C, en: C}
                  a:
                    type: number
                    formula: b + 1
                    label: {id: A, en: A}
                  b:
                    type: number
                    formula: a + 1
                    label: {id: B, en: B}
                """);

        assertEquals(List.of(FILE + ":8: the formula of a depends on itself (a → b → a); compute one of these facts from data instead"), reported());
    }

    @Test
    void aFormulaWhoseResultDoesNotFitTheTypeIsReportedAtTheFormula() {
        FactSheet sheet = exchangeWith("""
                since:
                  type: number
                  formula: between(last-talks, talks-day)
                  label: {id: Sejak, en: Since}
                """);

        assertEquals(List.of(FILE + ":42:14: the formula of since cannot be computed: it gives a duration, but the fact's type is number; change the type, or the formula"),
                reported());
        assertEquals(Optional.empty(), sheet.fact("since"));
    }

    @Test
    void anUnknownFactInAFormulaGetsADidYouMean() {
        exchangeWith("""
                exchanged:
                  type: number
                  formula: prisoner * 2
                  label: {id: Ditukar, en: Exchanged}
                """);

        assertEquals(List.of(FILE + ":42:14: the formula of exchanged cannot be computed: unknown fact \"prisoner\"; did you mean \"prisoners\"?"), reported());
    }

    @Test
    void anUnknownFactInAFormulaIsReportedAtItsColumn() {
        exchangeWith("""
                exchanged:
                  type: number
                  formula: 2 * prisoner
                  label: {id: Ditukar, en: Exchanged}
                """);

        assertEquals(List.of(FILE + ":42:18: the formula of exchanged cannot be computed: unknown fact \"prisoner\"; did you mean \"prisoners\"?"), reported());
    }

    @Test
    void summingATextColumnIsRefusedAtTheColumn() {
        exchangeWith("""
                total:
                  type: number
                  formula: sum(stages.who)
                  label: {id: Total, en: Total}
                """);

        assertEquals(List.of(FILE + ":42:18: the formula of total cannot be computed: column who holds texts, not numbers; sum a number column"), reported());
    }

    @Test
    void summingAColumnTheTableDoesNotHaveListsItsColumns() {
        exchangeWith("""
                total:
                  type: number
                  formula: sum(stages.each-side)
                  label: {id: Total, en: Total}
                """);

        assertEquals(List.of(FILE + ":42:18: the formula of total cannot be computed: table stages has no column each-side; its columns are each-way, who"), reported());
    }

    @Test
    void arithmeticOnADateIsRefused() {
        exchangeWith("""
                later:
                  type: number
                  formula: talks-day + 1
                  label: {id: Nanti, en: Later}
                """);

        assertEquals(List.of(FILE + ":42:14: the formula of later cannot be computed: arithmetic needs numbers, but this is a date; "
                + "use between() for the time between dates, days() for the length of a period"), reported());
    }

    @Test
    void betweenRunsFromTheEarlierMoment() {
        exchangeWith("""
                since:
                  type: duration
                  formula: between(talks-day, last-talks)
                  label: {id: Sejak, en: Since}
                """);

        assertEquals(List.of(FILE + ":42:14: the formula of since cannot be computed: between() runs from the earlier to the later moment; swap its two arguments"),
                reported());
    }

    @Test
    void aFormulaThatCannotBeReadIsReportedAtTheColumnOfTheMistake() {
        exchangeWith("""
                exchanged:
                  type: number
                  formula: prisoners * 1,000
                  label: {id: Ditukar, en: Exchanged}
                """);

        assertEquals(List.of(FILE + ":42:27: formula \"prisoners * 1,000\" cannot be read: unexpected \",000\"; "
                + "put spaces around operators (a - b); ids are lowercase with hyphens"), reported());
    }

    @Test
    void aQuotedFormulaThatCannotBeReadIsReportedAtTheColumnOfTheMistake() {
        exchangeWith("""
                exchanged:
                  type: number
                  formula: "prisoners * 1,000"
                  label: {id: Ditukar, en: Exchanged}
                """);

        assertEquals(List.of(FILE + ":42:28: formula \"prisoners * 1,000\" cannot be read: unexpected \",000\"; "
                + "put spaces around operators (a - b); ids are lowercase with hyphens"), reported());
    }

    @Test
    void aFormulaReadingAFactThatIsAlreadyReportedAddsNothing() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1,000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                  double:
                    type: number
                    formula: amount * 2
                    label: {id: Dua kali, en: Double}
                """);

        assertEquals(List.of(FILE + ":7: value \"1,000\" has a thousands separator; "
                + "write it without one, e.g. 1000; the site writes it in each language's way"), reported());
    }

    // ---------------------------------------------------------------- sources

    @Test
    void anUnknownSourceGetsADidYouMean() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                  paper:
                    outlet: Paper
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah, en: Number}
                    sources: [paper, wier]
                """);

        assertEquals(List.of(FILE + ":11: unknown source \"wier\"; did you mean \"wire\"?"), reported());
    }

    @Test
    void aFactWithoutSourcesIsReported() {
        load("""
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah, en: Number}
                """);

        assertEquals(List.of(FILE + ":2: fact \"amount\" has no source; add `sources: [source-id]`: the site states no fact without its source"),
                reported());
    }

    @Test
    void tableRowsWithoutSourcesAreReportedEach() {
        FactSheet sheet = load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  stages:
                    type: table
                    label: {id: Tahap, en: Stages}
                    columns:
                      stage: {type: number, label: {id: Tahap, en: Stage}}
                    rows:
                      - stage: 1
                        sources: [wire]
                      - stage: 2
                      - stage: 3
                """);

        assertEquals(List.of(
                FILE + ":13: this row of stages has no source; add `sources: [source-id]` to the row or to the table",
                FILE + ":14: this row of stages has no source; add `sources: [source-id]` to the row or to the table"), reported());
        assertEquals(List.of("wire"), sheet.fact("stages").orElseThrow().sources());
    }

    @Test
    void aComputedFactCarriesTheSourcesOfItsInputsInOrderWithoutRepeats() {
        FactSheet sheet = load("""
                sources:
                  s1:
                    outlet: One
                  s2:
                    outlet: Two
                  s3:
                    outlet: Three
                  s4:
                    outlet: Four
                facts:
                  a:
                    type: number
                    value: 1
                    label: {id: A, en: A}
                    sources: [s2, s1]
                  b:
                    type: number
                    value: 2
                    label: {id: B, en: B}
                    sources: [s1, s3]
                  c:
                    type: number
                    formula: a + b
                    label: {id: C, en: C}
                  d:
                    type: number
                    formula: c * 2
                    label: {id: D, en: D}
                    sources: [s4]
                  rows:
                    type: table
                    label: {id: Baris, en: Rows}
                    columns:
                      n: {type: number, label: {id: N, en: N}}
                    rows:
                      - n: 1
                        sources: [s3]
                      - n: 2
                        sources: [s2]
                  total:
                    type: number
                    formula: sum(rows.n)
                    label: {id: Total, en: Total}
                """);

        assertEquals(List.of(), reported());
        assertEquals(List.of("s2", "s1", "s3"), sheet.fact("c").orElseThrow().sources());
        assertEquals(List.of("s4", "s2", "s1", "s3"), sheet.fact("d").orElseThrow().sources());
        assertEquals(List.of("s3", "s2"), sheet.fact("rows").orElseThrow().sources());
        assertEquals(List.of("s3", "s2"), sheet.fact("total").orElseThrow().sources());
    }

    @Test
    void aQuoteSpeakerMustBeAPersonFact() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  kyslytsya:
                    type: person
                    name: Serhiy Kyslytsya
                    role: {id: wakil menteri, en: deputy minister}
                    label: {id: Anggota, en: Member}
                    sources: [wire]
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                  misspelt:
                    type: quote
                    speaker: kyslytya
                    text: {id: akhir yang baik, en: a good ending}
                    label: {id: Kata, en: Said}
                    sources: [wire]
                  not-a-person:
                    type: quote
                    speaker: amount
                    text: {id: akhir yang baik, en: a good ending}
                    label: {id: Kata, en: Said}
                    sources: [wire]
                """);

        assertEquals(List.of(
                FILE + ":16: the speaker of misspelt, \"kyslytya\", is not a person fact; did you mean \"kyslytsya\"?",
                FILE + ":22: the speaker of not-a-person, \"amount\", is not a person fact; declare the speaker as a fact of type person"), reported());
    }

    // ---------------------------------------------------------------- checks

    /** The Istanbul exchange, cut down, with the third stage written as 304 instead of 303. */
    private static final String ISTANBUL_WITH_A_WRONG_STAGE = """
            sources:
              wire:
                outlet: Wire
            facts:
              prisoners-each-side:
                type: number
                value: 1000
                label: {id: Dikembalikan setiap pihak, en: Returned by each side}
                sources: [wire]
              exchange-stages:
                type: table
                label: {id: Tahap, en: Stages}
                sources: [wire]
                columns:
                  each-way: {type: number, label: {id: Per pihak, en: Each way}}
                rows:
                  - each-way: 390
                  - each-way: 307
                  - each-way: 304
              exchange-total:
                type: number
                formula: sum(exchange-stages.each-way)
                label: {id: Ketiga tahap bersama, en: The three stages together}
            checks:
              - that: exchange-total == prisoners-each-side
                because: the three stages add up to the 1,000 agreed in Istanbul
            """;

    @Test
    void aFailingCheckNamesEveryFactItInvolves() {
        load(ISTANBUL_WITH_A_WRONG_STAGE);

        assertEquals(List.of(FILE + ":25: check \"exchange-total == prisoners-each-side\" failed: the left side is 1001, the right side 1000"
                + " (the three stages add up to the 1,000 agreed in Istanbul);"
                + " correct the data of exchange-stages (" + FILE + ":10) or prisoners-each-side (" + FILE + ":5)"), reported());
    }

    @Test
    void aPassingCheckReportsNothing() {
        load(ISTANBUL_WITH_A_WRONG_STAGE.replace("each-way: 304", "each-way: 303"));

        assertEquals(List.of(), reported());
    }

    @Test
    void aFailingCheckOfDatesShowsThemAsDataWritesThem() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  last-talks:
                    type: month
                    value: 2026-03
                    label: {id: Sebelumnya, en: Before}
                    sources: [wire]
                  talks-day:
                    type: date
                    value: 2025-05-16
                    label: {id: Tanggal, en: Date}
                    sources: [wire]
                checks:
                  - that: last-talks < talks-day
                """);

        assertEquals(List.of(FILE + ":16: check \"last-talks < talks-day\" failed: the left side is 2026-03, the right side 2025-05-16;"
                + " correct the data of last-talks (" + FILE + ":5) or talks-day (" + FILE + ":10)"), reported());
    }

    @Test
    void aCheckReadingAnUnknownFactGetsADidYouMean() {
        load(ISTANBUL_WITH_A_WRONG_STAGE.replace("- that: exchange-total ==", "- that: exchange-totl =="));

        assertEquals(List.of(FILE + ":25: check \"exchange-totl == prisoners-each-side\" reads unknown fact \"exchange-totl\"; did you mean \"exchange-total\"?"),
                reported());
    }

    @Test
    void aCheckComparingANumberWithADateCannotBeComputed() {
        load("""
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                  talks-day:
                    type: date
                    value: 2025-05-16
                    label: {id: Tanggal, en: Date}
                    sources: [wire]
                checks:
                  - that: amount == talks-day
                """);

        assertEquals(List.of(FILE + ":16:11: check \"amount == talks-day\" cannot be computed: cannot compare a number with a date;"
                + " compare numbers with numbers, dates with dates"), reported());
    }

    @Test
    void aCheckWithoutAComparisonCannotBeRead() {
        load("""
                checks:
                  - that: 1 + 1
                """);

        assertEquals(List.of(FILE + ":2:16: check \"1 + 1\" cannot be read: a check compares two values, e.g. a == b;"
                + " put spaces around operators (a - b); ids are lowercase with hyphens"), reported());
    }

    // ---------------------------------------------------------------- boxes

    private static final String TALKS = """
            sources:
              wire:
                outlet: Wire
            facts:
              talks-day:
                type: date
                value: 2025-05-16
                label: {id: Tanggal, en: Date}
                sources: [wire]
              prisoners:
                type: number
                value: 1000
                label: {id: Tahanan, en: Prisoners}
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
            boxes:
            """;

    /** The talks sheet with boxes added; the first box is on line 26. */
    private FactSheet talksWith(String boxes) {
        return load(TALKS + boxes.indent(2));
    }

    @Test
    void aBoxIsReadWithItsKindTitleAndFacts() {
        FactSheet sheet = talksWith("""
                chart:
                  kind: chart
                  title: {id: Tahap, en: Stages}
                  facts: [stages]
                  column: each-way
                  label-column: date
                  total: prisoners
                glance:
                  title: {id: Sekilas, en: At a glance}
                  facts: [talks-day, prisoners]
                """);

        assertEquals(List.of(), reported());
        assertEquals(new FactBox("chart", FactBox.Kind.CHART, text("Tahap", "Stages"), List.of("stages"), Optional.of("each-way"),
                Optional.of("date"), Optional.of("prisoners"), FILE, 26), sheet.box("chart").orElseThrow());
        assertEquals(new FactBox("glance", FactBox.Kind.LIST, text("Sekilas", "At a glance"), List.of("talks-day", "prisoners"), Optional.empty(),
                Optional.empty(), Optional.empty(), FILE, 33), sheet.box("glance").orElseThrow());
    }

    @Test
    void anUnknownFactInABoxGetsADidYouMean() {
        talksWith("""
                glance:
                  title: {id: Sekilas, en: At a glance}
                  facts: [talks-dy, prisoners]
                """);

        assertEquals(List.of(FILE + ":26: box \"glance\" shows unknown fact \"talks-dy\"; did you mean \"talks-day\"?"), reported());
    }

    @Test
    void anUnknownBoxKindGetsADidYouMean() {
        talksWith("""
                glance:
                  kind: figure
                  title: {id: Sekilas, en: At a glance}
                  facts: [prisoners]
                """);

        assertEquals(List.of(FILE + ":27: unknown box kind \"figure\"; did you mean \"figures\"?"), reported());
    }

    @Test
    void aChartWithoutItsColumnsSaysWhichColumnsTheTableHas() {
        talksWith("""
                chart:
                  kind: chart
                  title: {id: Tahap, en: Stages}
                  facts: [stages]
                """);

        assertEquals(List.of(
                FILE + ":26: chart \"chart\" needs `column:` naming a number column of stages; its columns: date, each-way",
                FILE + ":26: chart \"chart\" needs `label-column:` naming the column that labels each bar; its columns: date, each-way"), reported());
    }

    @Test
    void aChartOfAColumnThatIsNotNumbersIsRefused() {
        talksWith("""
                chart:
                  kind: chart
                  title: {id: Tahap, en: Stages}
                  facts: [stages]
                  column: date
                  label-column: date
                """);

        assertEquals(List.of(FILE + ":26: chart \"chart\" needs `column:` naming a number column of stages; its columns: date, each-way"), reported());
    }

    @Test
    void aChartDrawsOneTable() {
        talksWith("""
                chart:
                  kind: chart
                  title: {id: Tahap, en: Stages}
                  facts: [prisoners]
                  column: each-way
                  label-column: date
                """);

        assertEquals(List.of(FILE + ":26: chart \"chart\" draws one table; write `facts: [table-id]`, `column: number-column` and `label-column: ...`"),
                reported());
    }

    @Test
    void aChartTotalThatIsNotAFactGetsADidYouMean() {
        talksWith("""
                chart:
                  kind: chart
                  title: {id: Tahap, en: Stages}
                  facts: [stages]
                  column: each-way
                  label-column: date
                  total: prisoner
                """);

        assertEquals(List.of(FILE + ":26: the total of chart \"chart\", \"prisoner\", is not a number fact; did you mean \"prisoners\"?"), reported());
    }

    @Test
    void aChartTotalThatIsNotANumberAsksForANumberFact() {
        talksWith("""
                chart:
                  kind: chart
                  title: {id: Tahap, en: Stages}
                  facts: [stages]
                  column: each-way
                  label-column: date
                  total: talks-day
                """);

        assertEquals(List.of(FILE + ":26: the total of chart \"chart\", \"talks-day\", is not a number fact; name a fact of type number"), reported());
    }

    @Test
    void aTimelineShowsOnlyMoments() {
        talksWith("""
                timeline:
                  kind: timeline
                  title: {id: Linimasa, en: Timeline}
                  facts: [talks-day, prisoners]
                """);

        assertEquals(List.of(FILE + ":26: timeline \"timeline\" shows prisoners, which is not a date, month or period; a timeline shows moments in time"),
                reported());
    }

    @Test
    void aBoxWithoutFactsIsReported() {
        talksWith("""
                glance:
                  title: {id: Sekilas, en: At a glance}
                """);

        assertEquals(List.of(FILE + ":27: box \"glance\" shows no facts; add `facts: [fact-id, ...]`"), reported());
    }

    // ---------------------------------------------------------------- files

    @Test
    void anIdDeclaredInTwoFilesNamesBothPlaces() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/facts/a.yaml", """
                sources:
                  wire:
                    outlet: Wire
                facts:
                  amount:
                    type: number
                    value: 1000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                """);
        files.put("content/facts/b.yaml", """
                facts:
                  other:
                    type: number
                    value: 1
                    label: {id: Lain, en: Other}
                    sources: [wire]
                  amount:
                    type: number
                    value: 2000
                    label: {id: Jumlah, en: Number}
                    sources: [wire]
                """);

        FactSheet sheet = FactSheetLoader.parse(files, CONFIG, problems);

        assertEquals(List.of("content/facts/b.yaml:7: \"amount\" is declared twice (also at content/facts/a.yaml:5); give one of them another id"),
                reported());
        assertEquals(FactValue.Amount.of(1000), valueOf(sheet, "amount"));
        assertEquals(FactValue.Amount.of(1), valueOf(sheet, "other"));
    }

    @Test
    void anUnknownSectionOfAFactsFileGetsADidYouMean() {
        load("""
                fact:
                  amount:
                    type: number
                """);

        assertEquals(List.of(FILE + ":1: unknown facts file key \"fact\"; did you mean \"facts\"?"), reported());
    }

    @Test
    void theIstanbulFactsLoadWithoutProblemsAndComputeTheirValues() throws IOException {
        String file = FactSheetLoader.FOLDER + "/istanbul.yaml";
        String text = Files.readString(Path.of("").resolve(file), StandardCharsets.UTF_8);

        FactSheet sheet = FactSheetLoader.parse(Map.of(file, text), CONFIG, problems);

        assertEquals(List.of(), reported());
        assertEquals(FactValue.Amount.of(2000), valueOf(sheet, "people-exchanged"));
        assertEquals(FactValue.Amount.of(1000), valueOf(sheet, "exchange-total"));
        assertEquals(FactValue.Amount.of(3), valueOf(sheet, "exchange-days"));
        assertEquals(new FactValue.Elapsed(Period.parse("P3Y2M15D")), valueOf(sheet, "time-since-last-talks"));
        assertEquals(List.of("source-article", "hurriyet-2025-05-16"), sheet.fact("people-exchanged").orElseThrow().sources());
        assertEquals(List.of("exchange", "exchange-chart", "key-numbers", "quotes", "talks", "timeline"), List.copyOf(sheet.boxes().keySet()));
    }

    @Test
    void loadingTheProjectFolderReadsTheSameFacts() {
        FactSheet sheet = FactSheetLoader.load(Path.of(""), CONFIG, problems);

        assertEquals(List.of(), reported());
        assertEquals(FactValue.Amount.of(2000), valueOf(sheet, "people-exchanged"));
    }
}
