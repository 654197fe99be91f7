package jembatan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsFileLineMessageAndHint() {
        Problem problem = Problem.at("content/en/a.md", 3, "unknown front matter key \"titel\"", "did you mean \"title\"?");
        assertEquals("content/en/a.md:3: unknown front matter key \"titel\"; did you mean \"title\"?", problem.toString());
    }

    @Test
    void printsColumnAfterLineWhenKnown() {
        Problem problem = new Problem("content/site.yaml", 4, 12, "YAML syntax error: bad", "check the quoting");
        assertEquals("content/site.yaml:4:12: YAML syntax error: bad; check the quoting", problem.toString());
    }

    @Test
    void printsOnlyTheFileWhenLineIsZero() {
        Problem problem = Problem.inFile("content/id/a.md", "has no English (en) translation", "add content/en/a.md");
        assertEquals("content/id/a.md: has no English (en) translation; add content/en/a.md", problem.toString());
    }

    @Test
    void ignoresColumnWhenLineIsUnknown() {
        assertEquals("templates: m", new Problem("templates", 0, 7, "m", "").toString());
    }

    @Test
    void leavesOutTheSemicolonWhenThereIsNoHint() {
        assertEquals("a.md:2: broken", Problem.at("a.md", 2, "broken", "").toString());
        assertEquals("a.md:2: broken", Problem.at("a.md", 2, "broken", null).toString());
    }

    @Test
    void refusesMissingFileOrMessage() {
        assertThrows(NullPointerException.class, () -> Problem.at(null, 1, "m", "h"));
        assertThrows(NullPointerException.class, () -> Problem.at("f", 1, null, "h"));
    }

    @Test
    void sortsByFileThenLineNumericallyThenColumnThenMessage() {
        Problems problems = new Problems();
        problems.add(new Problem("content/id/a.md", 1, 0, "z", ""));
        problems.add(new Problem("content/en/b.md", 10, 0, "x", ""));
        problems.add(new Problem("content/en/b.md", 9, 5, "x", ""));
        problems.add(new Problem("content/en/b.md", 9, 2, "y", ""));
        problems.add(new Problem("content/en/b.md", 9, 2, "b", ""));
        problems.add(new Problem("content/en/b.md", 0, 0, "whole file", ""));

        List<String> sorted = problems.sorted().stream().map(Problem::toString).toList();

        assertEquals(List.of(
                "content/en/b.md: whole file",
                "content/en/b.md:9:2: b",
                "content/en/b.md:9:2: y",
                "content/en/b.md:9:5: x",
                "content/en/b.md:10: x",
                "content/id/a.md:1: z"), sorted);
    }

    @Test
    void sortedDropsTheSameProblemFoundTwice() {
        Problems problems = new Problems();
        problems.at("a.md", 1, "broken", "fix it");
        problems.at("a.md", 1, "broken", "fix it");

        assertEquals(2, problems.size());
        assertEquals(List.of(Problem.at("a.md", 1, "broken", "fix it")), problems.sorted());
    }

    @Test
    void aWarningSaysSoAfterItsPlace() {
        Problem warning = Problem.warningAt("content/en/a.md", 9, "<iframe> is not allowed and was removed", "embed a link instead");
        assertEquals("content/en/a.md:9: warning: <iframe> is not allowed and was removed; embed a link instead", warning.toString());
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertEquals(Problem.Severity.ERROR, Problem.at("a.md", 1, "m", "").severity());
    }

    @Test
    void warningsDoNotCountAsErrorsAndComeAfterThem() {
        Problems problems = new Problems();
        problems.warn("content/en/a.md", 1, "w", "");
        assertTrue(problems.isEmpty(), "a warning alone does not stop the build");
        assertEquals(0, problems.size());
        problems.at("content/id/z.md", 5, "e", "");

        assertFalse(problems.isEmpty());
        assertEquals(1, problems.size());
        assertEquals(List.of("content/id/z.md:5: e", "content/en/a.md:1: warning: w"), problems.sorted().stream().map(Problem::toString).toList());
        assertEquals(List.of(Problem.warningAt("content/en/a.md", 1, "w", "")), problems.warnings());
    }
}
