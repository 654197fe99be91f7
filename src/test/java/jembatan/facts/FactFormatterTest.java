package jembatan.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import org.junit.jupiter.api.Test;

class FactFormatterTest {
    private static final String PATTERN = "EEEE, d MMMM yyyy";
    private static final Language ID = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", PATTERN);
    private static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", PATTERN);
    private static final Language US = new Language("en-us", Locale.forLanguageTag("en-US"), "English (US)", "The Bridge", "", PATTERN);

    /** The duration words of templates/i18n/id.yaml and en.yaml. */
    private static final Map<String, String> INDONESIAN_WORDS = Map.of(
            "duration.year.one", "{n} tahun", "duration.year.other", "{n} tahun",
            "duration.month.one", "{n} bulan", "duration.month.other", "{n} bulan",
            "duration.day.one", "{n} hari", "duration.day.other", "{n} hari");
    private static final Map<String, String> ENGLISH_WORDS = Map.of(
            "duration.year.one", "{n} year", "duration.year.other", "{n} years",
            "duration.month.one", "{n} month", "duration.month.other", "{n} months",
            "duration.day.one", "{n} day", "duration.day.other", "{n} days");

    private final FactFormatter indonesian = new FactFormatter(ID, new Dictionary(ID, INDONESIAN_WORDS));
    private final FactFormatter english = new FactFormatter(EN, new Dictionary(EN, ENGLISH_WORDS));
    private final FactFormatter american = new FactFormatter(US, new Dictionary(US, ENGLISH_WORDS));

    private static FactValue.Amount amount(String value) {
        return new FactValue.Amount(new BigDecimal(value));
    }

    private static FactValue.Day day(int year, int month, int day) {
        return new FactValue.Day(LocalDate.of(year, month, day));
    }

    private static FactValue.Span span(LocalDate from, LocalDate to) {
        return new FactValue.Span(from, to);
    }

    private static FactValue.Elapsed elapsed(int years, int months, int days) {
        return new FactValue.Elapsed(Period.of(years, months, days));
    }

    private static Fact fact(FactValue value, Optional<LocalizedText> unit, boolean weekday) {
        return new Fact("f", FactType.NUMBER, LocalizedText.same("F"), value, unit, List.of(), Optional.empty(), weekday, "content/facts/a.yaml", 1);
    }

    @Test
    void theTestsRunUnderADefaultLocaleThatIsNotEnglish() {
        assertNotEquals("en", Locale.getDefault().getLanguage());
        assertNotEquals("id", Locale.getDefault().getLanguage());
        // and the formatter does not care
        assertEquals("1.000", indonesian.value(amount("1000"), false));
        assertEquals("1,000", english.value(amount("1000"), false));
        assertEquals("Jumat, 16 Mei 2025", indonesian.value(day(2025, 5, 16), true));
    }

    @Test
    void aThousandIsGroupedAsEachLanguageGroupsIt() {
        assertEquals("1.000", indonesian.value(amount("1000"), false));
        assertEquals("1,000", english.value(amount("1000"), false));
        assertEquals("1.000.000", indonesian.value(amount("1000000"), false));
        assertEquals("1,000,000", english.value(amount("1000000"), false));
        assertEquals("390", indonesian.value(amount("390"), false));
    }

    @Test
    void decimalsUseEachLanguagesDecimalSign() {
        assertEquals("1.234,5", indonesian.value(amount("1234.5"), false));
        assertEquals("1,234.5", english.value(amount("1234.5"), false));
        assertEquals("0,125", indonesian.value(amount("0.125"), false));
        assertEquals("0.125", english.value(amount("0.125"), false));
    }

    @Test
    void trailingZerosOfAnAmountAreNotWritten() {
        assertEquals("1.000", indonesian.value(amount("1000.00"), false));
        assertEquals("2.5", english.value(amount("2.50"), false));
        assertEquals("1,000", english.value(new FactValue.Amount(new BigDecimal("1E+3")), false));
    }

    @Test
    void aDateIsWrittenInFullWithTheMonthsName() {
        assertEquals("16 Mei 2025", indonesian.value(day(2025, 5, 16), false));
        assertEquals("16 May 2025", english.value(day(2025, 5, 16), false));
    }

    @Test
    void aDateWithItsWeekdayFollowsTheLanguagesPattern() {
        assertEquals("Jumat, 16 Mei 2025", indonesian.value(day(2025, 5, 16), true));
        assertEquals("Friday, 16 May 2025", english.value(day(2025, 5, 16), true));
        assertEquals("Jumat, 16 Mei 2025", indonesian.value(fact(day(2025, 5, 16), Optional.empty(), true)));
        assertEquals("16 Mei 2025", indonesian.value(fact(day(2025, 5, 16), Optional.empty(), false)));
    }

    @Test
    void aMonthIsWrittenWithItsNameAndYear() {
        FactValue march = new FactValue.Month(YearMonth.of(2022, 3));
        assertEquals("Maret 2022", indonesian.value(march, false));
        assertEquals("March 2022", english.value(march, false));
    }

    @Test
    void aPeriodWithinOneMonthWritesTheMonthOnce() {
        FactValue exchange = span(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 25));
        assertEquals("23–25 Mei 2025", indonesian.value(exchange, false));
        assertEquals("23–25 May 2025", english.value(exchange, false));
    }

    @Test
    void aPeriodAcrossMonthsOrYearsWritesBothDatesInFull() {
        assertEquals("30 April 2025 – 2 Mei 2025", indonesian.value(span(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 2)), false));
        assertEquals("30 April 2025 – 2 May 2025", english.value(span(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 2)), false));
        assertEquals("23 Mei 2024 – 25 Mei 2025", indonesian.value(span(LocalDate.of(2024, 5, 23), LocalDate.of(2025, 5, 25)), false));
        assertEquals("30 Desember 2024 – 2 Januari 2025", indonesian.value(span(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)), false));
    }

    @Test
    void aPeriodOfOneDayIsThatDay() {
        assertEquals("23 Mei 2025", indonesian.value(span(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 23)), false));
    }

    @Test
    void aLanguageThatWritesTheMonthFirstGetsBothDatesInFull() {
        assertEquals("May 23, 2025 – May 25, 2025", american.value(span(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 25)), false));
    }

    @Test
    void aDurationIsWrittenInYearsAndMonthsWithTheLanguagesWords() {
        assertEquals("3 tahun 2 bulan", indonesian.value(elapsed(3, 2, 15), false));
        assertEquals("3 years 2 months", english.value(elapsed(3, 2, 15), false));
    }

    @Test
    void oneYearIsSingular() {
        assertEquals("1 year", english.value(elapsed(1, 0, 20), false));
        assertEquals("1 tahun", indonesian.value(elapsed(1, 0, 20), false));
        assertEquals("2 years 1 month", english.value(elapsed(2, 1, 0), false));
    }

    @Test
    void lessThanAMonthIsWrittenInDays() {
        assertEquals("7 hari", indonesian.value(elapsed(0, 0, 7), false));
        assertEquals("7 days", english.value(elapsed(0, 0, 7), false));
        assertEquals("1 day", english.value(elapsed(0, 0, 1), false));
        assertEquals("0 days", english.value(elapsed(0, 0, 0), false));
    }

    @Test
    void aLongDurationGroupsItsNumber() {
        assertEquals("1,200 years", english.value(elapsed(1200, 0, 0), false));
        assertEquals("1.200 tahun", indonesian.value(elapsed(1200, 0, 0), false));
    }

    @Test
    void textsPeopleAndQuotesAreWrittenInTheLanguage() {
        LocalizedText words = LocalizedText.of(Map.of("id", "akhir yang baik", "en", "a good ending"));
        assertEquals("Tidak ada terobosan", indonesian.value(new FactValue.Text(LocalizedText.of(Map.of("id", "Tidak ada terobosan", "en", "No breakthrough"))), false));
        assertEquals("No breakthrough", english.value(new FactValue.Text(LocalizedText.of(Map.of("id", "Tidak ada terobosan", "en", "No breakthrough"))), false));
        assertEquals("Istanbul", english.value(new FactValue.Text(LocalizedText.same("Istanbul")), false));
        assertEquals("Hakan Fidan", english.value(new FactValue.Person("Hakan Fidan", LocalizedText.same("Minister")), false));
        assertEquals("akhir yang baik", indonesian.value(new FactValue.Quote("kyslytsya", words, false), false));
        assertEquals("a good ending", english.value(new FactValue.Quote("kyslytsya", words, false), false));
        assertEquals("", english.value(new FactValue.Table(List.of(), List.of()), false));
    }

    @Test
    void aValueWithUnitAddsTheUnitInTheLanguage() {
        Optional<LocalizedText> unit = Optional.of(LocalizedText.of(Map.of("id", "tahanan perang", "en", "prisoners of war")));
        assertEquals("1.000 tahanan perang", indonesian.valueWithUnit(fact(amount("1000"), unit, false)));
        assertEquals("1,000 prisoners of war", english.valueWithUnit(fact(amount("1000"), unit, false)));
        assertEquals("1,000", english.valueWithUnit(fact(amount("1000"), Optional.empty(), false)));
    }

    @Test
    void machinesGetOneSpellingForEveryLanguage() {
        assertEquals("1000", FactFormatter.machine(amount("1000")));
        assertEquals("1000", FactFormatter.machine(new FactValue.Amount(new BigDecimal("1E+3"))));
        assertEquals("1234.5", FactFormatter.machine(amount("1234.50")));
        assertEquals("-2.5", FactFormatter.machine(amount("-2.5")));
        assertEquals("2025-05-16", FactFormatter.machine(day(2025, 5, 16)));
        assertEquals("2022-03", FactFormatter.machine(new FactValue.Month(YearMonth.of(2022, 3))));
        assertEquals("2025-05-23/2025-05-25", FactFormatter.machine(span(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 25))));
        assertEquals("P3Y2M15D", FactFormatter.machine(elapsed(3, 2, 15)));
        assertEquals("", FactFormatter.machine(new FactValue.Text(LocalizedText.same("Istanbul"))));
    }

    @Test
    void theFormatterKnowsItsLanguage() {
        assertEquals(ID, indonesian.language());
        assertEquals("1.000", indonesian.number(new BigDecimal("1000")));
    }
}
