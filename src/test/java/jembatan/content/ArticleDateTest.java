package jembatan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jembatan.config.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Under a hostile default locale, as every test runs, so that showing a date leans on the language alone. */
class ArticleDateTest {
    private static final String PATTERN = "EEEE, d MMMM yyyy";
    private static final Language INDONESIAN = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", PATTERN);
    private static final Language ENGLISH = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", PATTERN);
    private static final ArticleDate PLAIN = ArticleDate.of(LocalDate.of(2025, 3, 16));
    private static final ArticleDate JAKARTA = ArticleDate.of(OffsetDateTime.of(2025, 3, 16, 7, 20, 0, 0, ZoneOffset.ofHours(7)));
    private static final ArticleDate UTC = ArticleDate.of(OffsetDateTime.of(2025, 3, 16, 0, 20, 0, 0, ZoneOffset.UTC));

    private Locale before;

    @BeforeEach
    void hostileDefaultLocale() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(before);
    }

    @Test
    void keepsTheDayAndTheOffsetAsWritten() {
        assertEquals(LocalDate.of(2025, 3, 16), JAKARTA.day());
        assertEquals("2025-03-16T07:20:00+07:00", JAKARTA.iso());
        assertEquals("2025-03-16T00:20:00Z", UTC.iso());
        assertEquals("2025-03-16", PLAIN.iso());
    }

    @Test
    void aPlainDateNamesTheStartOfItsDayInUtc() {
        assertEquals(Instant.parse("2025-03-16T00:00:00Z"), PLAIN.instant());
        assertEquals("2025-03-16T00:00:00Z", PLAIN.isoDateTime());
        assertEquals("2025-03-16T07:20:00+07:00", JAKARTA.isoDateTime());
    }

    @Test
    void datesAreOrderedByInstantNotByTheirClocks() {
        // 05:00 in Jakarta is 22:00 UTC the day before: earlier than the plain date, though its day is the same;
        // 20:00 in New York on the 15th is 01:00 UTC on the 16th: later than 00:20 UTC, though its day is earlier.
        ArticleDate dawnInJakarta = ArticleDate.of(OffsetDateTime.of(2025, 3, 16, 5, 0, 0, 0, ZoneOffset.ofHours(7)));
        ArticleDate eveningInNewYork = ArticleDate.of(OffsetDateTime.of(2025, 3, 15, 20, 0, 0, 0, ZoneOffset.ofHours(-5)));
        List<ArticleDate> dates = new ArrayList<>(List.of(UTC, PLAIN, dawnInJakarta, eveningInNewYork));
        Collections.shuffle(dates, new java.util.Random(1));
        Collections.sort(dates);
        assertEquals(List.of(dawnInJakarta, PLAIN, UTC, eveningInNewYork), dates);
    }

    @Test
    void theSameInstantInTwoOffsetsIsOrderedButNotEqual() {
        assertEquals(JAKARTA.instant(), UTC.instant());
        assertFalse(JAKARTA.equals(UTC));
        assertTrue(JAKARTA.compareTo(UTC) != 0, "the order agrees with equals");
        assertFalse(JAKARTA.isBefore(UTC));
        assertFalse(UTC.isBefore(JAKARTA));
    }

    @Test
    void isBeforeComparesDaysWhenEitherIsAPlainDate() {
        ArticleDate dayBefore = ArticleDate.of(LocalDate.of(2025, 3, 15));
        assertFalse(PLAIN.isBefore(JAKARTA));
        assertFalse(JAKARTA.isBefore(PLAIN));
        assertTrue(dayBefore.isBefore(JAKARTA));
        assertTrue(dayBefore.isBefore(PLAIN));
    }

    @Test
    void showsThePlainDateAsTheLanguageWritesIt() {
        assertEquals("Minggu, 16 Maret 2025", PLAIN.shownIn(INDONESIAN));
        assertEquals("Sunday, 16 March 2025", PLAIN.shownIn(ENGLISH));
    }

    @Test
    void showsTheTimeInTheOffsetWrittenEachLanguagesWay() {
        assertEquals("Minggu, 16 Maret 2025, 07.20 GMT+7", JAKARTA.shownIn(INDONESIAN));
        assertEquals("Sunday, 16 March 2025, 07:20 GMT+7", JAKARTA.shownIn(ENGLISH));
        assertEquals("Minggu, 16 Maret 2025, 00.20 GMT", UTC.shownIn(INDONESIAN));
        assertEquals("Sunday, 16 March 2025, 00:20 GMT", UTC.shownIn(ENGLISH));
    }

    @Test
    void theQuickComparisonOrdersAsTheInstantsThenTheirTexts() {
        List<ArticleDate> dates = new ArrayList<>();
        for (String day : List.of("2025-05-15", "2025-05-16", "2025-05-17")) dates.add(ArticleDate.of(LocalDate.parse(day)));
        for (String time : List.of("2025-05-16T00:00:00Z", "2025-05-16T07:00:00+07:00", "2025-05-15T17:00:00-07:00", "2025-05-16T07:00:00.5+07:00",
                "2025-05-16T00:00:00.5Z", "2025-05-16T23:59:59+00:00", "2025-05-17T06:59:59+07:00", "2025-05-16T12:00:00+05:30")) {
            dates.add(ArticleDate.of(OffsetDateTime.parse(time)));
        }
        // The order as first written: by instant, equal instants by their text.
        java.util.Comparator<ArticleDate> byInstantThenText = java.util.Comparator.comparing(ArticleDate::instant).thenComparing(ArticleDate::iso);
        for (ArticleDate a : dates) {
            for (ArticleDate b : dates) {
                assertEquals(Integer.signum(byInstantThenText.compare(a, b)), Integer.signum(a.compareTo(b)), a + " against " + b);
            }
        }
    }
}
