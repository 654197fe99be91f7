package jembatan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private static final String HINT = "check the indentation and quoting here; text with a colon or starting with a quote needs \"double quotes\"";

    private final Problems problems = new Problems();

    private YamlValue.Mapping mapping(String text) {
        YamlValue value = YamlReader.read(text, "f.yaml", 1, problems).orElseThrow();
        assertEquals(List.of(), problems.sorted());
        return assertInstanceOf(YamlValue.Mapping.class, value);
    }

    private String text(YamlValue.Mapping mapping, String key) {
        return assertInstanceOf(YamlValue.Scalar.class, mapping.get(key).orElseThrow()).text();
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void scalarsStayAsTheEditorWroteThem() {
        YamlValue.Mapping mapping = mapping("""
                prisoners: 1.000
                answer: no
                on: yes
                date: 2025-05-16
                impossible: 2025-13-45
                octal: 0755
                weight: 3
                """);

        assertEquals("1.000", text(mapping, "prisoners"));
        assertEquals("no", text(mapping, "answer"));
        assertEquals("yes", text(mapping, "on"));
        assertEquals("2025-05-16", text(mapping, "date"));
        assertEquals("2025-13-45", text(mapping, "impossible"));
        assertEquals("0755", text(mapping, "octal"));
        assertEquals("3", text(mapping, "weight"));
    }

    @Test
    void linesAreTheFileLinesCountedFromFirstLine() {
        YamlValue value = YamlReader.read("""
                title: A
                tags:
                  - one
                  - two
                """, "content/en/a.md", 2, problems).orElseThrow();

        YamlValue.Mapping mapping = assertInstanceOf(YamlValue.Mapping.class, value);
        assertEquals(2, mapping.line());
        assertEquals(2, mapping.entry("title").orElseThrow().line());
        assertEquals(3, mapping.entry("tags").orElseThrow().line());
        YamlValue.Sequence tags = assertInstanceOf(YamlValue.Sequence.class, mapping.get("tags").orElseThrow());
        assertEquals(List.of(4, 5), tags.items().stream().map(YamlValue::line).toList());
        assertEquals(5, tags.items().get(0).column());
    }

    @Test
    void syntaxErrorIsAProblemAtItsFileLineAndColumn() {
        Optional<YamlValue> value = YamlReader.read("""
                title: A
                  date: 2025-05-16
                """, "content/en/a.md", 2, problems);

        assertEquals(Optional.empty(), value);
        assertEquals(List.of("content/en/a.md:3:7: YAML syntax error: mapping values are not allowed here; " + HINT), reported());
    }

    @Test
    void tabIndentationIsASyntaxErrorAtItsLine() {
        YamlReader.read("title: A\n\tdate: 2025-05-16\n", "f.yaml", 1, problems);

        assertEquals(List.of("f.yaml:2:1: YAML syntax error: found character '\\t(TAB)' that cannot start any token. "
                + "(Do not use \\t(TAB) for indentation); " + HINT), reported());
    }

    @Test
    void unclosedQuoteIsReportedWhereTheQuoteOpens() {
        YamlReader.read("""
                title: "The talks
                date: 2025-05-16
                """, "content/en/a.md", 2, problems);

        assertEquals(1, problems.size());
        assertEquals("content/en/a.md:2:8", problems.sorted().get(0).location());
    }

    @Test
    void duplicateKeyIsReportedWithBothLines() {
        YamlValue value = YamlReader.read("""
                title: A
                draft: true
                title: B
                """, "content/en/a.md", 2, problems).orElseThrow();

        assertEquals(List.of("content/en/a.md:4:1: \"title\" is given twice (first on line 2); keep one of them"), reported());
        YamlValue.Mapping mapping = assertInstanceOf(YamlValue.Mapping.class, value);
        assertEquals("A", text(mapping, "title"));
    }

    @Test
    void emptyTildeAndNullAreNullButQuotedOnesAreText() {
        YamlValue.Mapping mapping = mapping("""
                a:
                b: ~
                c: null
                d: ""
                e: 'null'
                """);

        assertEquals(null, text(mapping, "a"));
        assertEquals(null, text(mapping, "b"));
        assertEquals(null, text(mapping, "c"));
        assertEquals("", text(mapping, "d"));
        assertEquals("null", text(mapping, "e"));
        assertEquals("empty", mapping.get("b").orElseThrow().kind());
        assertEquals("text", mapping.get("d").orElseThrow().kind());
    }

    @Test
    void emptyTextIsNoValueAndNoProblem() {
        assertEquals(Optional.empty(), YamlReader.read("", "f.yaml", 1, problems));
        assertEquals(Optional.empty(), YamlReader.read("# only a comment\n", "f.yaml", 1, problems));
        assertTrue(problems.isEmpty());
    }

    @Test
    void keyThatIsNotAPlainNameIsAProblem() {
        YamlReader.read("[a, b]: c\ntitle: A\n", "f.yaml", 1, problems);

        assertEquals(List.of("f.yaml:1:1: a key must be a plain name; write it as `name: value`"), reported());
    }

    @Test
    void undefinedAliasIsASyntaxError() {
        YamlReader.read("title: *x\n", "f.yaml", 1, problems);

        assertEquals(List.of("f.yaml:1:8: YAML syntax error: found undefined alias x; " + HINT), reported());
    }

    @Test
    void billionLaughsIsAProblemNotAHang() {
        String lol = laughs(9, 9);

        Optional<YamlValue> value = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> YamlReader.read(lol, "content/en/a.md", 2, problems));

        assertEquals(Optional.empty(), value);
        assertEquals(List.of("content/en/a.md:2: YAML cannot be read: Number of aliases for non-scalar nodes exceeds the specified max=50; "
                + "keep the file plain: no deep nesting, few aliases (&, *), under 2000000 characters"), reported());
    }

    @Test
    void aliasesWithinTheLimitDoNotExpandIntoAHugeValue() {
        String lol = laughs(2, 25);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> YamlReader.read(lol, "f.yaml", 1, problems));

        assertEquals(1, problems.size(), "a document that expands to 2^25 values is refused as a problem");
    }

    @Test
    void aLongFileWithoutAliasesIsReadWhateverTheNumberOfItsValues() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) text.append("f").append(i).append(":\n  type: number\n  label: {id: A, en: A}\n");

        Optional<YamlValue> value = YamlReader.read(text.toString(), "content/facts/long.yaml", 1, problems);

        assertEquals(List.of(), reported(), "200,000 values written out are no alias bomb");
        assertEquals(40_000, ((YamlValue.Mapping) value.orElseThrow()).entries().size());
    }

    /** {@code levels} lists, each holding {@code width} aliases of the list before it. */
    private static String laughs(int width, int levels) {
        StringBuilder text = new StringBuilder("l0: &l0 [lol]\n");
        for (int level = 1; level <= levels; level++) {
            text.append("l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < width; i++) text.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            text.append("]\n");
        }
        return text.toString();
    }
}
