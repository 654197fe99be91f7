package jembatan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Formatting runs under a hostile default locale, so that nothing may lean on {@link Locale#getDefault()}. */
class LanguageTest {
    private static final String PATTERN = "EEEE, d MMMM yyyy";
    private static final Language INDONESIAN = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", PATTERN);
    private static final Language ENGLISH = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", PATTERN);

    private Locale before;
    private Locale beforeFormat;

    @BeforeEach
    void hostileDefaultLocale() {
        before = Locale.getDefault();
        beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
    }

    @Test
    void formatsDatesInTheLanguageNotTheDefaultLocale() {
        LocalDate talks = LocalDate.of(2025, 5, 16);

        assertEquals("Jumat, 16 Mei 2025", INDONESIAN.formatDate(talks));
        assertEquals("Friday, 16 May 2025", ENGLISH.formatDate(talks));
    }

    @Test
    void formatsDatesByTheLanguagesOwnPattern() {
        Language shortEnglish = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "d MMM yyyy");

        assertEquals("1 Jun 2025", shortEnglish.formatDate(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void formatsATimeWithTheLocalesSeparatorAndTheOffsetGiven() {
        OffsetDateTime kyiv = OffsetDateTime.of(2025, 5, 16, 13, 5, 0, 0, ZoneOffset.ofHours(3));

        assertEquals("Jumat, 16 Mei 2025, 13.05 GMT+3", INDONESIAN.formatDateTime(kyiv));
        assertEquals("Friday, 16 May 2025, 13:05 GMT+3", ENGLISH.formatDateTime(kyiv));
        assertEquals("Friday, 16 May 2025, 15:35 GMT+5:30", ENGLISH.formatDateTime(kyiv.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(5, 30))));
    }

    @Test
    void formatsATimeAsTheLocaleDoesAndByTheLanguagesOwnDatePattern() {
        Language american = new Language("en", Locale.forLanguageTag("en-US"), "English", "The Bridge", "", "MMMM d, yyyy");

        assertEquals("May 16, 2025, 1:05 PM GMT-4", american.formatDateTime(OffsetDateTime.of(2025, 5, 16, 13, 5, 0, 0, ZoneOffset.ofHours(-4))));
    }

    @Test
    void formatsNumbersWithTheLanguagesGroupingSeparator() {
        assertEquals("1.000", INDONESIAN.formatNumber(1000));
        assertEquals("1,000", ENGLISH.formatNumber(1000));
        assertEquals("1.234.567", INDONESIAN.formatNumber(1_234_567));
        assertEquals("-1,200", ENGLISH.formatNumber(-1200));
    }

    @Test
    void homePathIsTheCodeAsAFolder() {
        assertEquals("/id/", INDONESIAN.homePath());
        assertEquals("/en/", ENGLISH.homePath());
    }
}
