package jembatan.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Optional;
import jembatan.config.Language;

/**
 * An article's {@code date} or {@code updated} as the editor wrote it: a calendar day
 * ({@code 2025-05-16}), or a day with a time and the offset it was written in
 * ({@code 2025-03-16T07:20:00+07:00}). The day is always the one written, in the writer's own
 * offset, so it is what decides whether an article is in the future and what the page shows.
 * Dates are ordered by the instant they name; a plain date names the start of its day in UTC,
 * which is Hugo's default and what feeds have always carried for it. A time without an offset is
 * never made into one (the reader refuses it), so no machine's or site's zone enters the build.
 */
public record ArticleDate(LocalDate day, Optional<OffsetDateTime> time) implements Comparable<ArticleDate> {

    /** Seconds always written and {@code Z} for UTC: RFC 3339, as Atom, HTML and schema.org read it. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public ArticleDate {
        if (time.isPresent() && !time.get().toLocalDate().equals(day)) {
            throw new IllegalArgumentException("the day of " + time.get() + " is not " + day);
        }
    }

    public static ArticleDate of(LocalDate day) {
        return new ArticleDate(day, Optional.empty());
    }

    public static ArticleDate of(OffsetDateTime time) {
        return new ArticleDate(time.toLocalDate(), Optional.of(time));
    }

    /** A date as {@code YamlFields.dateTime} reads it: a {@link LocalDate} or an {@link OffsetDateTime}. */
    public static ArticleDate of(Temporal written) {
        if (written instanceof LocalDate day) return of(day);
        if (written instanceof OffsetDateTime time) return of(time);
        throw new IllegalArgumentException("not a date or a date with a time and offset: " + written);
    }

    /** The instant it names: a plain date, the start of its day in UTC. */
    public Instant instant() {
        return time.map(OffsetDateTime::toInstant).orElseGet(() -> day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** ISO 8601 as written: {@code 2025-05-16}, or {@code 2025-03-16T07:20:00+07:00} in the editor's offset. */
    public String iso() {
        return time.map(ISO::format).orElse(day.toString());
    }

    /** ISO 8601 with a time, for formats that require one (Atom): a plain date at midnight UTC. */
    public String isoDateTime() {
        return time.map(ISO::format).orElse(day + "T00:00:00Z");
    }

    /**
     * Earlier than {@code other} as an editor reads the two: by instant when both have a time, by
     * the days as written when either is a plain date, which names a whole day, not its first second.
     */
    public boolean isBefore(ArticleDate other) {
        return time.isPresent() && other.time.isPresent() ? instant().isBefore(other.instant()) : day.isBefore(other.day);
    }

    /** The day in the language's date pattern, with the time where one was written, in its own offset. */
    public String shownIn(Language language) {
        return time.map(language::formatDateTime).orElseGet(() -> language.formatDate(day));
    }

    @Override
    public int compareTo(ArticleDate other) {
        // By instant, and equal instants written in different offsets by their text, so that the
        // order agrees with equals; without making an Instant or a text for each comparison, since
        // every list of a large site sorts by date.
        int byInstant = Long.compare(epochSecond(), other.epochSecond());
        if (byInstant == 0) byInstant = Integer.compare(time.map(OffsetDateTime::getNano).orElse(0), other.time.map(OffsetDateTime::getNano).orElse(0));
        if (byInstant != 0 || time.isEmpty() && other.time.isEmpty()) return byInstant;
        return iso().compareTo(other.iso());
    }

    private long epochSecond() {
        return time.isPresent() ? time.get().toEpochSecond() : day.toEpochDay() * 86_400L;
    }

    @Override
    public String toString() {
        return iso();
    }
}
