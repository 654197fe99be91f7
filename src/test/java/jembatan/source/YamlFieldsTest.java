package jembatan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlFieldsTest {
    private static final String FILE = "content/en/a.md";
    private static final List<String> KEYS = List.of("title", "date", "draft", "weight");

    private final Problems problems = new Problems();

    /** Reads front matter text as it starts on line 2 of an article. */
    private YamlFields fields(String yaml) {
        YamlValue value = YamlReader.read(yaml, FILE, 2, problems).orElseThrow();
        return YamlFields.of((YamlValue.Mapping) value, KEYS, "front matter", FILE, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void unknownKeyIsReportedAtItsLineWithDidYouMean() {
        fields("""
                title: A
                titel: B
                """);

        assertEquals(List.of(FILE + ":3: unknown front matter key \"titel\"; did you mean \"title\"?"), reported());
    }

    @Test
    void unknownKeyFarFromEveryKnownKeyListsTheKeys() {
        fields("""
                title: A
                colour: red
                """);

        assertEquals(List.of(FILE + ":3: unknown front matter key \"colour\"; the keys are: title, date, draft, weight"), reported());
    }

    @Test
    void listWhereTextIsExpectedIsAProblemAtItsLine() {
        YamlFields fields = fields("""
                date: 2025-05-16
                title: [a, b]
                """);

        assertEquals(Optional.empty(), fields.text("title"));
        assertEquals(List.of(FILE + ":3: title must be text, not a list; write it on one line, e.g. `title: \"...\"`"), reported());
    }

    @Test
    void textIsTrimmedAndEmptyTextIsAbsent() {
        YamlFields fields = fields("title: \"  The talks  \"\ndate: \"\"\ndraft:\n");

        assertEquals(Optional.of("The talks"), fields.text("title"));
        assertEquals(Optional.empty(), fields.text("date"));
        assertFalse(fields.has("draft"));
        assertTrue(fields.has("title"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void requiredTextMissingIsReportedAtTheFirstLine() {
        YamlFields fields = fields("""
                date: 2025-05-16
                draft: false
                """);

        assertEquals(Optional.empty(), fields.requiredText("title", "\"The article's title\""));
        assertEquals(List.of(FILE + ":2: title is missing; add a line such as `title: \"The article's title\"`"), reported());
    }

    @Test
    void dateIsReadAsACalendarDate() {
        assertEquals(Optional.of(LocalDate.of(2025, 5, 16)), fields("date: 2025-05-16\n").date("date"));
        assertTrue(problems.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-45", "2025-02-29", "2025-04-31", "2025-00-10"})
    void impossibleDateIsRefusedNotRolledOver(String date) {
        YamlFields fields = fields("title: A\ndate: " + date + "\n");

        assertEquals(Optional.empty(), fields.date("date"));
        assertEquals(List.of(FILE + ":3: date \"" + date + "\" is not a date on the calendar; write a real date as YYYY-MM-DD, e.g. 2025-05-16"), reported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"16/05/2025", "2025-5-16", "16 May 2025", "2025-05-16T10:00"})
    void dateNotWrittenAsYyyyMmDdIsRefused(String date) {
        YamlFields fields = fields("date: \"" + date + "\"\n");

        assertEquals(Optional.empty(), fields.date("date"));
        assertEquals(List.of(FILE + ":2: date \"" + date + "\" is not a date in the form YYYY-MM-DD; write it as e.g. 2025-05-16"), reported());
    }

    @Test
    void dateTimeReadsAPlainDateAsACalendarDate() {
        assertEquals(Optional.of(LocalDate.of(2025, 5, 16)), fields("date: 2025-05-16\n").dateTime("date"));
        assertTrue(problems.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-16T07:20:00+07:00", "2025-03-16T07:20+07:00", "\"2025-03-16T07:20:00+07:00\""})
    void dateTimeKeepsTheTimeInTheOffsetWritten(String written) {
        assertEquals(Optional.of(OffsetDateTime.of(2025, 3, 16, 7, 20, 0, 0, ZoneOffset.ofHours(7))), fields("date: " + written + "\n").dateTime("date"));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void dateTimeReadsUtcAndNegativeAndHalfHourOffsets() {
        assertEquals(Optional.of(OffsetDateTime.of(2025, 3, 16, 0, 20, 0, 0, ZoneOffset.UTC)), fields("date: 2025-03-16T00:20:00Z\n").dateTime("date"));
        assertEquals(Optional.of(OffsetDateTime.of(2025, 3, 15, 19, 20, 5, 0, ZoneOffset.ofHours(-5))), fields("date: 2025-03-15T19:20:05-05:00\n").dateTime("date"));
        assertEquals(Optional.of(OffsetDateTime.of(2025, 3, 16, 5, 50, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))), fields("date: 2025-03-16T05:50+05:30\n").dateTime("date"));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void aTimeWithoutAnOffsetIsRefusedWithTheOffsetsToAdd() {
        assertEquals(Optional.empty(), fields("date: 2025-03-16T07:20:00\n").dateTime("date"));
        assertEquals(List.of(FILE + ":2: date \"2025-03-16T07:20:00\" has a time but no time zone offset; add the offset of the zone the time was read in, "
                + "e.g. 2025-03-16T07:20:00+07:00 for WIB, or 2025-03-16T07:20:00Z for UTC"), reported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30T10:00:00+07:00", "2025-13-01T10:00Z"})
    void anImpossibleDayWithATimeIsRefusedLikeAPlainOne(String written) {
        assertEquals(Optional.empty(), fields("date: " + written + "\n").dateTime("date"));
        assertEquals(List.of(FILE + ":2: date \"" + written + "\" is not a date on the calendar; write a real date as YYYY-MM-DD, e.g. 2025-05-16"), reported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-16T25:00:00+07:00", "2025-03-16T24:00+07:00", "2025-03-16T07:60+07:00", "2025-03-16T07:20:61Z"})
    void anImpossibleTimeOfDayIsRefused(String written) {
        assertEquals(Optional.empty(), fields("date: " + written + "\n").dateTime("date"));
        assertEquals(List.of(FILE + ":2: date \"" + written + "\" has no such time of day; write the time from 00:00 to 23:59, as HH:MM or HH:MM:SS, e.g. 07:20"),
                reported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+15:00", "-13:00", "+07:60", "+25:00"})
    void anOffsetNoTimeZoneHasIsRefused(String offset) {
        assertEquals(Optional.empty(), fields("date: 2025-03-16T07:20:00" + offset + "\n").dateTime("date"));
        assertEquals(List.of(FILE + ":2: date \"2025-03-16T07:20:00" + offset + "\" has the offset " + offset + ", which no time zone has; "
                + "offsets run from -12:00 to +14:00, e.g. +07:00 for WIB, +08:00 for WITA, +09:00 for WIT, or Z for UTC"), reported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"16/05/2025", "2025-03-16 07:20:00+07:00", "2025-03-16T07:20:00.5+07:00", "2025-03-16T7:20+07:00",
            "2025-03-16T07:20:00+0700", "2025-03-16T07:20:00+7", "2025-03-16t07:20z"})
    void aDateTimeInAnotherFormIsRefusedWithBothForms(String written) {
        assertEquals(Optional.empty(), fields("date: \"" + written + "\"\n").dateTime("date"));
        assertEquals(List.of(FILE + ":2: date \"" + written + "\" is not a date in the form YYYY-MM-DD; "
                + "write it as e.g. 2025-05-16, or with a time and its offset as 2025-05-16T07:20:00+07:00"), reported());
    }

    @Test
    void boolAcceptsTrueAndFalse() {
        assertEquals(Optional.of(true), fields("draft: true\n").bool("draft"));
        assertEquals(Optional.of(false), fields("draft: false\n").bool("draft"));
        assertTrue(problems.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "off", "True", "1"})
    void boolRefusesYamlOneOneWords(String word) {
        YamlFields fields = fields("title: A\ndraft: " + word + "\n");

        assertEquals(Optional.empty(), fields.bool("draft"));
        assertEquals(List.of(FILE + ":3: draft must be true or false, not \"" + word + "\"; write `draft: true` or `draft: false`"), reported());
    }

    @Test
    void integerReadsWholeNumbersIncludingNegative() {
        assertEquals(Optional.of(3), fields("weight: 3\n").integer("weight"));
        assertEquals(Optional.of(-2), fields("weight: -2\n").integer("weight"));
        assertTrue(problems.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.000", "1,5", "ten"})
    void integerRefusesWhatIsNotAWholeNumber(String number) {
        YamlFields fields = fields("weight: \"" + number + "\"\n");

        assertEquals(Optional.empty(), fields.integer("weight"));
        assertEquals(List.of(FILE + ":2: weight must be a whole number, not \"" + number + "\"; write e.g. `weight: 1`"), reported());
    }

    @Test
    void integerTakesTheLargestIntAndGivesTheRangeBeyondIt() {
        assertEquals(Optional.of(Integer.MAX_VALUE), fields("weight: 2147483647\n").integer("weight"));
        assertEquals(Optional.empty(), fields("weight: 12345678901\n").integer("weight"));
        assertEquals(List.of(FILE + ":2: weight must be a whole number from -2147483648 to 2147483647, not 12345678901; write a smaller number, e.g. `weight: 1`"),
                reported());
    }

    @Test
    void requireMappingReportsAListAtItsLine() {
        YamlValue list = YamlReader.read("- a\n- b\n", FILE, 2, problems).orElseThrow();

        assertEquals(Optional.empty(), YamlFields.requireMapping(list, "front matter", "`title: \"...\"`", FILE, problems));
        assertEquals(List.of(FILE + ":2: front matter must be a mapping of `key: value` lines, not a list; for example: `title: \"...\"`"), reported());
    }
}
