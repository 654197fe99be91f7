package jembatan.hugo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import jembatan.content.ArticleDate;

/**
 * Hugo's dates as Jembatan writes them, each an {@link ArticleDate}. A day stays a day; a time
 * keeps its offset; a time written without one is read in the site's {@code timeZone} (UTC
 * unless set), as Hugo read it, and gets that offset written out, since Jembatan asks for one
 * rather than guess.
 */
final class HugoDates {
    private static final DateTimeFormatter GO_DEFAULT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    private HugoDates() {
    }

    /** A date as Jembatan reads it, and whether its offset was the site's zone's. */
    record Written(ArticleDate date, boolean zoned) {
    }

    static Optional<Written> parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new Written(ArticleDate.of(LocalDate.parse(value)), false));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})")) {
                return Optional.of(new Written(ArticleDate.of(OffsetDateTime.parse(value.replace(' ', 'T'))), false));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                return Optional.of(new Written(ArticleDate.of(LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime()), true));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}")) {
                return Optional.of(new Written(ArticleDate.of(OffsetDateTime.parse(value, GO_DEFAULT)), false));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
