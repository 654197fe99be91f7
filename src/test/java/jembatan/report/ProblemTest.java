package jembatan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
