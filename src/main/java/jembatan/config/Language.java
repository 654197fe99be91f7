package jembatan.config;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One language of the site and how its readers write things: its code (the content folder, the
 * URL prefix, {@code lang} and {@code hreflang}), its locale, its own name, the site's title and
 * description in it, and its date pattern. Dates and numbers are always formatted here, with the
 * JDK's locale data, never by hand and never with the machine's default locale.
 */
public record Language(String code, Locale locale, String name, String title, String description, String datePattern) {

    /** Formatters are immutable and costly to make from a pattern: one per pattern and locale. */
    private static final java.util.Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code Jumat, 16 Mei 2025} or {@code Friday, 16 May 2025}, by the language's pattern. */
    public String formatDate(LocalDate date) {
        return FORMATTERS.computeIfAbsent(datePattern + "\u0000" + locale.toLanguageTag(), key -> DateTimeFormatter.ofPattern(datePattern, locale)).format(date);
    }

    /**
     * {@code Minggu, 16 Maret 2025, 07.20 GMT+7} or {@code Sunday, 16 March 2025, 07:20 GMT+7}: the
     * date by the language's pattern, then the time as the locale writes a short time (CLDR: a dot
     * in Indonesian, a colon in British English, {@code 7:20 AM} in American) and the offset as
     * it writes one, in the offset given: a reader sees the hour the editor wrote.
     */
    public String formatDateTime(OffsetDateTime time) {
        return FORMATTERS.computeIfAbsent(datePattern + "\u0000" + locale.toLanguageTag() + "\u0000time", key -> DateTimeFormatter.ofPattern(
                datePattern + "', '" + DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale)
                        + " O", locale)).format(time);
    }

    /** {@code 1.000} or {@code 1,000}. */
    public String formatNumber(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** The home page's site path, e.g. {@code /id/}. */
    public String homePath() {
        return "/" + code + "/";
    }

    // Every page asks whether two articles share a language, and a build has one instance per
    // language: comparing the instance first keeps that question cheap.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Language that && code.equals(that.code) && locale.equals(that.locale) && name.equals(that.name)
                && title.equals(that.title) && description.equals(that.description) && datePattern.equals(that.datePattern);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
