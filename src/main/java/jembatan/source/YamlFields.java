package jembatan.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * Reads the fields of one YAML mapping against the list of keys it may have. The list is the
 * policy: it decides both which keys are accepted and what "did you mean" suggests for an unknown
 * one. Each typed read reports a value of the wrong type at its own line and gives nothing back,
 * so the caller carries on and the editor sees every mistake at once.
 */
public final class YamlFields {
    private final YamlValue.Mapping mapping;
    private final String file;
    private final Problems problems;
    /** Known keys that an unknown key was taken for: "titel" already says that "title" is missing. */
    private final Set<String> suggested;

    private YamlFields(YamlValue.Mapping mapping, String file, Problems problems, Set<String> suggested) {
        this.mapping = mapping;
        this.file = file;
        this.problems = problems;
        this.suggested = suggested;
    }

    /**
     * Checks the keys of {@code mapping} against {@code known} and returns a reader for its fields.
     * {@code what} names the mapping in messages, e.g. "front matter".
     */
    public static YamlFields of(YamlValue.Mapping mapping, List<String> known, String what, String file, Problems problems) {
        Set<String> suggested = new HashSet<>();
        for (YamlValue.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                problems.at(file, entry.line(), "unknown " + what + " key \"" + entry.key() + "\"",
                        Suggestion.didYouMean(entry.key(), known, "the keys are: " + String.join(", ", known)));
                Suggestion.closest(entry.key(), known).ifPresent(suggested::add);
            }
        }
        return new YamlFields(mapping, file, problems, suggested);
    }

    /** Reads {@code value} as a mapping, or reports at its line that it should be one. */
    public static Optional<YamlValue.Mapping> requireMapping(YamlValue value, String what, String example, String file, Problems problems) {
        if (value instanceof YamlValue.Mapping m) return Optional.of(m);
        problems.at(file, value.line(), what + " must be a mapping of `key: value` lines, not " + value.kind(), "for example: " + example);
        return Optional.empty();
    }

    public YamlValue.Mapping mapping() {
        return mapping;
    }

    /** The line of a key, or of the mapping itself when the key is absent. */
    public int line(String key) {
        return mapping.entry(key).map(YamlValue.Entry::line).orElse(mapping.line());
    }

    public boolean has(String key) {
        return mapping.get(key).filter(v -> !(v instanceof YamlValue.Scalar s && s.isNull())).isPresent();
    }

    public Optional<YamlValue> value(String key) {
        return mapping.get(key).filter(v -> !(v instanceof YamlValue.Scalar s && s.isNull()));
    }

    /** Text, trimmed; absent when the key is missing or empty. */
    public Optional<String> text(String key) {
        Optional<YamlValue> value = value(key);
        if (value.isEmpty()) return Optional.empty();
        if (value.get() instanceof YamlValue.Scalar scalar) {
            String text = scalar.text().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        problems.at(file, line(key), key + " must be text, not " + value.get().kind(),
                "write it on one line, e.g. `" + key + ": \"...\"`");
        return Optional.empty();
    }

    /**
     * Whether a required key is there; reports it missing otherwise, unless a misspelt key was
     * already taken for it ("vaule" says that "value" is missing).
     */
    public boolean require(String key, String example) {
        if (has(key)) return true;
        if (!suggested.contains(key)) problems.at(file, line(key), key + " is missing", "add a line such as `" + key + ": " + example + "`");
        return false;
    }

    /** How a text field is blank: no such key, or the key with nothing after it. */
    public enum Blank { MISSING, EMPTY }

    /**
     * Whether {@code key} is blank, for a caller that reports it in its own words: missing (unless
     * a misspelt key was already taken for it), or empty text. A value of another type is not
     * blank here: {@link #text} reports it.
     */
    public Optional<Blank> blank(String key) {
        Optional<YamlValue> value = mapping.get(key);
        if (value.isEmpty()) return suggested.contains(key) ? Optional.empty() : Optional.of(Blank.MISSING);
        if (value.get() instanceof YamlValue.Scalar scalar && (scalar.isNull() || scalar.text().strip().isEmpty())) return Optional.of(Blank.EMPTY);
        return Optional.empty();
    }

    /** Required text: reports a missing or empty key at the mapping's first line. */
    public Optional<String> requiredText(String key, String example) {
        if (!has(key)) {
            if (!suggested.contains(key)) problems.at(file, line(key), key + " is missing", "add a line such as `" + key + ": " + example + "`");
            return Optional.empty();
        }
        Optional<String> text = text(key);
        if (text.isEmpty() && value(key).orElseThrow() instanceof YamlValue.Scalar) {
            problems.at(file, line(key), key + " is empty", "write it, e.g. `" + key + ": " + example + "`");
        }
        return text;
    }

    /** A calendar date written as YYYY-MM-DD; an impossible date such as 2025-13-45 is refused, not rolled over. */
    public Optional<LocalDate> date(String key) {
        return text(key).flatMap(text -> {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) return calendarDay(key, text, text);
            problems.at(file, line(key), key + " \"" + text + "\" is not a date in the form YYYY-MM-DD", "write it as e.g. 2025-05-16");
            return Optional.empty();
        });
    }

    /**
     * A list of short texts, each trimmed, in the order written ({@code tags: [go, basics]} or one
     * {@code - item} a line); empty when the key is missing. A single text where a list belongs,
     * or an item that is not text, is reported with an example of the list.
     */
    public List<String> textList(String key, String example) {
        Optional<YamlValue> value = value(key);
        if (value.isEmpty()) return List.of();
        if (!(value.get() instanceof YamlValue.Sequence sequence)) {
            problems.at(file, line(key), key + " must be a list, not " + value.get().kind(), "write it as `" + key + ": " + example + "`");
            return List.of();
        }
        List<String> items = new java.util.ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (item instanceof YamlValue.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                items.add(scalar.text().strip());
            } else {
                problems.at(file, item.line(), "each item of " + key + " must be text, not " + (item instanceof YamlValue.Scalar ? "empty" : item.kind()),
                        "write it as `" + key + ": " + example + "`");
            }
        }
        return List.copyOf(items);
    }

    /** The {@code day} part of {@code text} as a date on the calendar, or a problem that quotes the whole text. */
    private Optional<LocalDate> calendarDay(String key, String text, String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            problems.at(file, line(key), key + " \"" + text + "\" is not a date on the calendar", "write a real date as YYYY-MM-DD, e.g. 2025-05-16");
            return Optional.empty();
        }
    }

    /** A day, then optionally {@code T}, a time with or without seconds, and an offset ({@code Z}, {@code +07:00}). */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(?<day>\\d{4}-\\d{2}-\\d{2})(?:T(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?<offset>Z|[+-]\\d{2}:\\d{2})?)?");
    /** The offsets time zones have, in hours: from Baker Island's to Kiribati's. */
    private static final int EARLIEST = -12;
    private static final int LATEST = 14;

    /**
     * A calendar date as {@link #date} reads it ({@link LocalDate}), or a date with a time and
     * the offset it was written in ({@link OffsetDateTime}): {@code 2025-03-16T07:20:00+07:00},
     * {@code 2025-03-16T00:20Z}. A time without an offset is refused rather than placed in some
     * zone: an hour means nothing until it says where, and the build reads no machine's zone.
     */
    public Optional<Temporal> dateTime(String key) {
        return text(key).flatMap(text -> {
            Matcher written = DATE_TIME.matcher(text);
            if (!written.matches()) {
                problems.at(file, line(key), key + " \"" + text + "\" is not a date in the form YYYY-MM-DD",
                        "write it as e.g. 2025-05-16, or with a time and its offset as 2025-05-16T07:20:00+07:00");
                return Optional.empty();
            }
            Optional<LocalDate> day = calendarDay(key, text, written.group("day"));
            if (written.group("hour") == null) return day.map(Temporal.class::cast);
            if (day.isEmpty()) return Optional.empty();
            if (written.group("offset") == null) {
                problems.at(file, line(key), key + " \"" + text + "\" has a time but no time zone offset",
                        "add the offset of the zone the time was read in, e.g. " + text + "+07:00 for WIB, or " + text + "Z for UTC");
                return Optional.empty();
            }
            LocalTime time;
            try {
                time = LocalTime.of(Integer.parseInt(written.group("hour")), Integer.parseInt(written.group("minute")),
                        written.group("second") == null ? 0 : Integer.parseInt(written.group("second")));
            } catch (DateTimeException e) {
                problems.at(file, line(key), key + " \"" + text + "\" has no such time of day",
                        "write the time from 00:00 to 23:59, as HH:MM or HH:MM:SS, e.g. 07:20");
                return Optional.empty();
            }
            Optional<ZoneOffset> offset = offset(written.group("offset"));
            if (offset.isEmpty()) {
                problems.at(file, line(key), key + " \"" + text + "\" has the offset " + written.group("offset") + ", which no time zone has",
                        "offsets run from -12:00 to +14:00, e.g. +07:00 for WIB, +08:00 for WITA, +09:00 for WIT, or Z for UTC");
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.of(day.get(), time, offset.get()));
        });
    }

    private static Optional<ZoneOffset> offset(String written) {
        try {
            ZoneOffset offset = ZoneOffset.of(written);
            int seconds = offset.getTotalSeconds();
            return seconds >= EARLIEST * 3600 && seconds <= LATEST * 3600 ? Optional.of(offset) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code true} or {@code false}; YAML 1.1's yes/no/on/off are refused because they surprise. */
    public Optional<Boolean> bool(String key) {
        return text(key).flatMap(text -> switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.at(file, line(key), key + " must be true or false, not \"" + text + "\"", "write `" + key + ": true` or `" + key + ": false`");
                yield Optional.empty();
            }
        });
    }

    /** A whole number, possibly negative, that a Java {@code int} holds; a longer one is told the range. */
    public Optional<Integer> integer(String key) {
        return text(key).flatMap(text -> {
            if (text.matches("-?\\d+")) {
                try {
                    return Optional.of(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    problems.at(file, line(key), key + " must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", not " + text,
                            "write a smaller number, e.g. `" + key + ": 1`");
                    return Optional.empty();
                }
            }
            problems.at(file, line(key), key + " must be a whole number, not \"" + text + "\"", "write e.g. `" + key + ": 1`");
            return Optional.empty();
        });
    }
}
