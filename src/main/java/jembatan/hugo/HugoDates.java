package jembatan.hugo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Hugo's dates as Jembatan writes them. A day stays a day; a time keeps its offset; a time
 * written without one is read in the site's {@code timeZone} (UTC unless set), as Hugo read it,
 * and gets that offset written out, since Jembatan asks for one rather than guess.
 */
final class HugoDates {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter GO_DEFAULT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    private HugoDates() {
    }

    /** A date as Jembatan writes it, the moment it names (a day: its start in UTC), and whether its offset was the site's zone's. */
    record Written(String text, OffsetDateTime moment, boolean zoned) {
    }

    static Optional<Written> parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new Written(value, LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC), false));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})")) {
                OffsetDateTime moment = OffsetDateTime.parse(value.replace(' ', 'T'));
                return Optional.of(new Written(WRITTEN.format(moment.withNano(0)), moment, false));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
                OffsetDateTime moment = LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime();
                return Optional.of(new Written(WRITTEN.format(moment.withNano(0)), moment, true));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}")) {
                OffsetDateTime moment = OffsetDateTime.parse(value, GO_DEFAULT);
                return Optional.of(new Written(WRITTEN.format(moment), moment, false));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
