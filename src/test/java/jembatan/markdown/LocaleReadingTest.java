package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import jembatan.config.Language;
import org.junit.jupiter.api.Test;

/** What each language's reader takes for a number or a date, and what it leaves: one rule a test. */
class LocaleReadingTest {
    private static final NumberReader ID = reader("id", "id-ID");
    private static final NumberReader GB = reader("en", "en-GB");
    private static final NumberReader US = reader("en", "en-US");

    private static NumberReader reader(String code, String tag) {
        return new NumberReader(new Language(code, Locale.forLanguageTag(tag), code, "Site", "", "d MMMM yyyy"));
    }

    private static List<String> values(NumberReader reader, String text) {
        return reader.read(text).stream().map(NumberReader.Found::value).toList();
    }

    @Test
    void aDateIsADateInEitherOrder() {
        assertEquals(List.of("2023-07-14"), values(US, "The deal was signed on July 14, 2023, in Geneva."));
        assertEquals(List.of("2023-07-14"), values(GB, "The deal was signed on 14 July 2023 in Geneva."));
        assertEquals(List.of("2023-07-14"), values(ID, "Kesepakatan ditandatangani pada 14 Juli 2023 di Jenewa."));
        assertEquals(List.of("2023-07"), values(US, "since July 2023"));
        assertEquals(List.of("2023-07-14"), values(GB, "on July 14, 2023"));
    }

    @Test
    void aMonthAndADayWithoutAYearAreADateWhereTheLocaleWritesTheMonthFirst() {
        assertEquals(List.of("--07-14"), values(US, "On July 14 ministers met."));
        assertEquals(List.of("14"), values(GB, "In July 14 ministers met."));
    }

    @Test
    void ordinalsAreDays() {
        assertEquals(List.of("2023-04-30"), values(GB, "on 30th April 2023"));
        assertEquals(List.of("2023-04-30"), values(GB, "on April 30th, 2023"));
        assertEquals(List.of("--05-01"), values(GB, "on the 1st of May"));
        assertEquals(List.of("--04-30"), values(GB, "by April 30th the talks"));
    }

    @Test
    void monthsAreReadByTheirAbbreviations() {
        assertEquals(List.of("2023-08-14", "2023-08-15", "2023-10-02", "2023-12-24"),
                values(ID, "14 Agu 2023, 15 Agt 2023, 2 Okt 2023, 24 Des 2023"));
        assertEquals(List.of("2023-09-14", "2023-09-15"), values(GB, "14 Sept 2023 and Sep. 15, 2023"));
        assertEquals(List.of("2023-07-14", "2023-07-14"), values(US, "7/14/2023 or 2023-07-14"));
        assertEquals(List.of("2023-07-14"), values(ID, "14/07/2023"));
        // A lowercase abbreviation is a word: "jan" or "mar" in a sentence is no month.
        assertEquals(List.of("5"), values(GB, "they mar 5 hopes"));
    }

    @Test
    void numberWordsAreNumbers() {
        assertEquals(List.of("3"), values(GB, "The talks lasted three days."));
        assertEquals(List.of("4"), values(ID, "Perundingan berlangsung empat hari."));
        assertEquals(List.of("1000", "2000", "1000000"), values(ID, "seribu tahanan, dua ribu orang, satu juta warga"));
        assertEquals(List.of("1000", "1000000", "21", "205"), values(GB, "a thousand prisoners, one million people, twenty-one soldiers, two hundred and five"));
        assertEquals(List.of("12", "23", "250"), values(ID, "dua belas kapal, dua puluh tiga tank, dua ratus lima puluh orang"));
        assertEquals(List.of("1500000", "1500000"), values(ID, "Rp1,5 juta atau 1,5 juta"));
        assertEquals(List.of("1500000"), values(GB, "1.5 million"));
    }

    @Test
    void numberWordsThatAreNoNumberAreLeft() {
        assertEquals(List.of(), values(GB, "No one came; one of them said the one that left would return one day."));
        // "the two" and "kedua" are weak: the parity check counts them only against a number the other version states.
        assertEquals(List.of("~2"), values(GB, "The two sides met twice; the talks failed two times; two-thirds agreed; hundreds of people."));
        assertEquals(List.of("~2"), values(ID, "Salah satu dari kedua belah pihak; dua-duanya setuju, dua kali; dua pertiga; ribuan orang."));
        assertEquals(List.of("3"), values(GB, "a three-day ceasefire"));
    }

    @Test
    void versionsAreNoNumbers() {
        assertEquals(List.of(), values(GB, "written with ChatGPT 3.5 and v1.2.3, or 2.4.1, on GPT-4"));
        assertEquals(List.of(), values(ID, "ditulis dengan ChatGPT 3.5 dan v1.2.3, atau 2.4.1, dengan GPT-4"));
        assertEquals(List.of("17", "17"), values(GB, "Java 17 is read as 17"));
        assertEquals(List.of("1000000"), values(ID, "1.000.000"));
        assertEquals(List.of("2.5"), values(GB, "In 2.5 seconds"));
        assertEquals(List.of("1.5"), values(GB, "costs Rp 1.5"));
    }

    @Test
    void timesOfDayAreNoNumbers() {
        assertEquals(List.of(), values(GB, "The talks began at 14:30 and ended at 10.30, or 9 a.m."));
        assertEquals(List.of(), values(ID, "Perundingan dimulai pukul 10.30 WIB dan pukul 14.00, jam 09.15."));
        assertEquals(List.of("2", "30"), values(ID, "selama 2 jam 30 menit"));
    }

    @Test
    void theWordsBeforeATimeOrAModelCountInAnyCase() {
        assertEquals(List.of(), values(ID, "tiba PUKUL 10 pagi, Pukul 11, pkl 9, Pkl. 8, PKL. 7.45, JAM 09.15, Jam 10.00"));
        assertEquals(List.of(), values(GB, "AT 7.15, At 8.30, at 9.45; an F-16, a Su-57, the Airbus A-320"));
        assertEquals(List.of("7.15", "16", "15"), values(GB, "a 7.15 start, the f-16 and -15 below"));
    }

    @Test
    void addressesAndFilesAreNoNumbers() {
        assertEquals(List.of(), values(GB, "See https://example.org/2023/07/report-14.html or www.un.org/2023, write to press2023@example.org."));
        assertEquals(List.of(), values(GB, "The file content/en/2023/talks.md and laporan-2023.pdf."));
        assertEquals(List.of("2023-07-14", "1", "2"), values(GB, "14/07/2023 and 1/2"));
    }
}
