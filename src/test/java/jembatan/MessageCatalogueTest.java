package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of editors' mistakes ({@code src/test/resources/bad-inputs/}) against the guide's
 * table of messages: what every message an editor reads first in the catalogue says is wrong (the
 * text before its hint) is in the table, with only its examples ("quoted words", numbers, file
 * names, addresses, "…") different, and reads in one glance.
 */
class MessageCatalogueTest {
    /** {@code content/en/a.md:3:7: }, {@code content/en/a.md: }, {@code templates: }: where the message starts. */
    private static final Pattern LOCATION = Pattern.compile("^\\S[^:]*?(:\\d+(:\\d+)?)?: ");
    private static final Pattern SPAN = Pattern.compile("``\\s?(.+?)\\s?``|`([^`]+)`");
    private static final String TABLE = "| Message (exact text after `file:line: `)";

    @Test
    void everyMistakeOfTheCatalogueIsInTheGuidesTableOfMessages() throws IOException {
        List<Pattern> rows = rows();
        List<String> missing = new ArrayList<>();
        for (String name : BadInputsTest.cases()) {
            String message = whatIsWrong(message(firstLine(name)));
            if (rows.stream().noneMatch(row -> row.matcher(message).matches())) missing.add(name + ": " + message);
        }
        assertEquals(List.of(), missing, "messages the catalogue shows and the guide's table (section 6) does not");
    }

    @Test
    void everyMessageReadsInOneGlance() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (String name : BadInputsTest.cases()) {
            for (String line : Files.readAllLines(BadInputsTest.CASES.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8)) {
                if (line.startsWith(" ")) continue;
                if (whatIsWrong(message(line)).length() > 200) long_.add(name + ": " + line);
            }
        }
        assertEquals(List.of(), long_, "messages longer than 200 characters before their hint");
    }

    @Test
    void theCatalogueHoldsAtLeastFortyMistakes() throws IOException {
        assertTrue(BadInputsTest.cases().size() >= 40);
    }

    private static String firstLine(String name) throws IOException {
        return Files.readAllLines(BadInputsTest.CASES.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8).get(0);
    }

    /** A message before its hint: what is wrong, which the table must hold; the hint may name the editor's own values. */
    private static String whatIsWrong(String message) {
        int hint = message.indexOf("; ");
        return hint < 0 ? message : message.substring(0, hint);
    }

    private static String message(String line) {
        Matcher location = LOCATION.matcher(line);
        return location.find() ? line.substring(location.end()) : line;
    }

    /**
     * The table's messages as patterns: every code span of a row's first cell (a message, and the
     * variants it names "likewise"), with examples left open: a quoted word, a number, a path, "…".
     */
    static List<Pattern> rows() {
        List<String> lines = GuideTest.guideLines();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(TABLE)).findFirst().orElseThrow());
        List<Pattern> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String cell = lines.get(i).substring(1, lines.get(i).indexOf(" | ", 1));
            Matcher span = SPAN.matcher(cell);
            while (span.find()) rows.add(open(whatIsWrong(span.group(1) != null ? span.group(1) : span.group(2))));
        }
        assertTrue(rows.size() > 40, "the table of messages has rows: " + rows.size());
        return rows;
    }

    /** A message of the table with its examples open: what differs from case to case is the editor's own text. */
    static Pattern open(String message) {
        StringBuilder regex = new StringBuilder();
        Matcher example = Pattern.compile("\"[^\"]*\"|\\d+|…|(content|templates)/\\S*[\\w/]|/[\\w./-]*/|(English|Bahasa Indonesia) \\((en|id)\\)").matcher(message);
        int last = 0;
        while (example.find()) {
            regex.append(Pattern.quote(message.substring(last, example.start())));
            String found = example.group();
            regex.append(found.startsWith("\"") ? "\".*?\"" : found.equals("…") ? ".*" : found.matches("\\d+") ? "\\d+"
                    : found.startsWith("/") ? "/[\\w./-]*/" : found.endsWith(")") ? "[\\w ]+ \\(\\w+\\)" : "\\S*[\\w/]");
            last = example.end();
        }
        regex.append(Pattern.quote(message.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
