package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import jembatan.config.Language;
import jembatan.markdown.NumberReader.Found;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private static final Language ID = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", "EEEE, d MMMM yyyy");
    private static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "EEEE, d MMMM yyyy");

    private final NumberReader indonesian = new NumberReader(ID);
    private final NumberReader english = new NumberReader(EN);

    private static Found found(String value, String written) {
        return new Found(value, written);
    }

    @Test
    void aThousandIsReadAsEachLanguageGroupsIt() {
        assertEquals(List.of(found("1000", "1.000")), indonesian.read("1.000"));
        assertEquals(List.of(found("1000", "1,000")), english.read("1,000"));
        assertEquals(List.of(found("1000000", "1.000.000")), indonesian.read("1.000.000"));
        assertEquals(List.of(found("1000000", "1,000,000")), english.read("1,000,000"));
    }

    @Test
    void theOtherLanguagesGroupingIsReadAsADecimalSign() {
        // 1,000 in Indonesian and 1.000 in English are the number one, written with three decimals
        assertEquals(List.of(found("1", "1,000")), indonesian.read("1,000"));
        assertEquals(List.of(found("1", "1.000")), english.read("1.000"));
    }

    @Test
    void aNumberBeforeAWordIsReadWithoutTheWord() {
        assertEquals(List.of(found("2000", "2.000")), indonesian.read("2.000 orang"));
        assertEquals(List.of(found("2000", "2,000")), english.read("2,000 people"));
    }

    @Test
    void decimalsUseEachLanguagesDecimalSign() {
        assertEquals(List.of(found("1234.5", "1.234,5")), indonesian.read("1.234,5"));
        assertEquals(List.of(found("1234.5", "1,234.5")), english.read("1,234.5"));
        assertEquals(List.of(found("2.5", "2,5")), indonesian.read("2,5 kali"));
        assertEquals(List.of(found("2.5", "2.5")), english.read("2.5 times"));
        assertEquals(List.of(found("0.5", "0,50")), indonesian.read("0,50"));
    }

    @Test
    void aPeriodEndingASentenceIsNotADecimalSign() {
        assertEquals(List.of(found("1000", "1,000")), english.read("They exchanged 1,000."));
        assertEquals(List.of(found("390", "390")), english.read("The first stage freed 390."));
        assertEquals(List.of(found("1000", "1.000")), indonesian.read("Mereka menukar 1.000."));
    }

    @Test
    void aDateIsReadWithItsMonthsName() {
        assertEquals(List.of(found("2025-05-16", "16 Mei 2025")), indonesian.read("Perundingan pada 16 Mei 2025 di Istanbul"));
        assertEquals(List.of(found("2025-05-16", "16 May 2025")), english.read("The talks on 16 May 2025 in Istanbul"));
    }

    @Test
    void aMonthNameIsReadWhateverItsCase() {
        assertEquals(List.of(found("2025-04-01", "1 APRIL 2025")), english.read("1 APRIL 2025"));
        assertEquals(List.of(found("2025-05-16", "16 mei 2025")), indonesian.read("16 mei 2025"));
    }

    @Test
    void aRangeOfDaysIsReadAsTwoDates() {
        assertEquals(List.of(found("2025-05-23", "23–25 Mei 2025"), found("2025-05-25", "23–25 Mei 2025")),
                indonesian.read("23–25 Mei 2025"));
        assertEquals(List.of(found("2025-05-23", "23–25 May 2025"), found("2025-05-25", "23–25 May 2025")),
                english.read("23–25 May 2025"));
    }

    @Test
    void aMonthAndYearIsReadAsAMonth() {
        assertEquals(List.of(found("2022-03", "Maret 2022")), indonesian.read("sejak Maret 2022"));
        assertEquals(List.of(found("2022-03", "March 2022")), english.read("since March 2022"));
    }

    @Test
    void aDayAndMonthWithoutAYearIsReadWithoutAYear() {
        assertEquals(List.of(found("--05-16", "16 Mei")), indonesian.read("pada 16 Mei, di Istanbul"));
    }

    @Test
    void everyNumberInASentenceIsRead() {
        assertEquals(List.of(found("390", "390"), found("390", "390")), indonesian.read("390 dengan 390"));
        assertEquals(List.of(found("390", "390"), found("307", "307"), found("303", "303")), english.read("390, 307 and 303"));
    }

    @Test
    void aYearIsReadAsANumber() {
        assertEquals(List.of(found("2022", "2022")), indonesian.read("pada tahun 2022"));
        assertEquals(List.of(found("2022", "2022")), english.read("in 2022"));
    }

    @Test
    void numbersWrittenInWordsAreRead() {
        assertEquals(List.of(found("1000", "seribu")), indonesian.read("seribu tahanan"));
        assertEquals(List.of(found("1000", "one thousand")), english.read("one thousand prisoners"));
    }

    @Test
    void digitsInsideAWordAreNotANumber() {
        assertEquals(List.of(), english.read("the G20 summit"));
    }

    @Test
    void theReadingsHoldUnderATurkishDefaultLocale() {
        assertNotEquals("en", Locale.getDefault().getLanguage());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            NumberReader id = new NumberReader(ID);
            NumberReader en = new NumberReader(EN);

            assertEquals(List.of(found("1000", "1.000")), id.read("1.000"));
            assertEquals(List.of(found("1000", "1,000")), en.read("1,000."));
            assertEquals(List.of(found("1234.5", "1.234,5")), id.read("1.234,5"));
            assertEquals(List.of(found("2025-05-16", "16 Mei 2025")), id.read("16 Mei 2025"));
            assertEquals(List.of(found("2025-04-01", "1 APRIL 2025")), en.read("1 APRIL 2025"));
            assertEquals(List.of(found("2025-05-23", "23–25 Mei 2025"), found("2025-05-25", "23–25 Mei 2025")), id.read("23–25 Mei 2025"));
            assertEquals(List.of(found("2022-03", "Maret 2022")), id.read("Maret 2022"));
            assertEquals(List.of(found("2022-03", "March 2022")), en.read("March 2022"));
            assertEquals(List.of(found("1000", "seribu")), id.read("seribu"));
            assertEquals(List.of(found("4", "EMPAT")), id.read("EMPAT hari"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMonthAndYearFarAfterTheLastNumberAreFound() {
        // The search jumps from one digit to the next; a month name before a year must still be seen.
        assertEquals(List.of(found("3", "3"), found("2025-09", "September   \n 2025")),
                english.read("3 long sentences of prose go here, and then in September   \n 2025 it ended"));
        assertEquals(List.of(found("2022-11", "November 2022"), found("2025-12-01", "1 Desember 2025")),
                indonesian.read("Sejak November 2022 hingga 1 Desember 2025"));
        assertEquals(List.of(found("2024", "2024")), english.read("xSeptember 2024"));
        assertEquals(List.of(), english.read("September2024x"));
        assertEquals(List.of(found("12", "12"), found("2024-05", "May 2024")), english.read("12 days in, and a word then May 2024."));
    }

    /** Pieces of prose where what states no number, dates, digits and words meet, next to each other and apart. */
    private static final List<String> PIECES = List.of("14:30", "10 a.m.", "10 am", "09.00 WIB", "9:00 WIB", "pukul 10.30", "jam 7.15", "at 7.15",
            "v1.2.3", "1.2.3", "ChatGPT 3.5", "Java 17", "GPT-4", "F-16", "https://example.org/2023/05", "www.example.com/1", "tim@example.org",
            "laporan-2023.pdf", "data/2024/file", "14/07/2023", "1/2", "1.000", "1,000", "1.000.000", "2,5", "2.5", "1,5 juta", "2 million",
            "three", "twenty-one", "a thousand", "tiga", "dua puluh", "seribu", "kedua", "the two", "two-thirds", "dua kali", "16 Mei 2025",
            "16 May 2025", "May 16, 2025", "July 2023", "2023-07-14", "23–25 Mei", "Rp1.000", "US$5", "and/or", "four/five", "Maret", "In",
            "sides", "orang", "hari", "(", ")", ",", ".", ":", "-", "/", " ", "  ", "\n", "\t", " WIB", " pm", " 4", "7",
            "EMPAT", "Twenty-One", "Seribu", "café", "naïve", "dua\u00a0puluh", "tiga—empat", "2023.pdf", "1234@example.org", "x99.md", "12:30");

    @Test
    void searchingForWhatStatesNoNumberNearTheNumbersHidesWhatSearchingTheWholeTextHides() {
        readingWhereEachReaderLooksFindsWhatReadingEverywhereFinds(14, PIECES, List.of(indonesian, english), 20_000);
    }

    /** Month names of every length and case, days, years and the spaces, dots, commas and dashes between them. */
    private static final List<String> DATE_PIECES = List.of("September", "SEPTEMBER", "september", "Sept", "Sept.", "Sep", "May", "MEI", "mei",
            "Desember", "Agt", "Agu.", "Mar", "July", "Juli", "juli", "of", "the", "1st", "30th", "2nd", "14", "7", "31", "2023", "2025", "12345",
            "14/07/2023", "07/14/2023", "31/02/2023", "2023-07-14", "14.07.2023", "1/2", "tháng", "tháng 7", "7月", "июля", "x", "In",
            ",", ".", "-", "–", "/", " ", "   ", "\n", "\t", "\u000B", "\f", "\r", " \n ");

    @Test
    void datesFoundFromTheirDigitsAreTheDatesFoundAtEveryCharacter() {
        List<NumberReader> readers = new java.util.ArrayList<>(List.of(indonesian, english));
        for (String tag : List.of("en-US", "vi-VN", "ja-JP", "ru-RU")) {
            readers.add(new NumberReader(new Language("x", Locale.forLanguageTag(tag), "x", "x", "", "d MMMM yyyy")));
        }
        readingWhereEachReaderLooksFindsWhatReadingEverywhereFinds(16, DATE_PIECES, readers, 5_000);
    }

    /** Random texts of {@code pieces}, each read by each reader as it reads prose and, to compare, everywhere. */
    private static void readingWhereEachReaderLooksFindsWhatReadingEverywhereFinds(long seed, List<String> pieces, List<NumberReader> readers, int texts) {
        java.util.Random random = new java.util.Random(seed);
        for (NumberReader reader : readers) {
            for (int i = 0; i < texts; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = 1 + random.nextInt(12); n > 0; n--) {
                    text.append(pieces.get(random.nextInt(pieces.size())));
                    if (random.nextInt(3) > 0) text.append(' ');
                }
                String written = text.toString();
                assertEquals(reader.read(written, true), reader.read(written), written);
            }
        }
    }
}
