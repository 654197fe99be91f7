package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What follows from a mistake is folded under it, in the terminal an editor reads: counted by
 * default, listed with {@code --verbose}, indented so that an editor's tool does not take the
 * echoes for mistakes of their own.
 */
class FoldedProblemsTest {
    @TempDir
    Path root;

    private TestProject project(String mistake) {
        TestProject project = TestProject.copyOf(BadInputsTest.CASES.resolve(BadInputsTest.BASE), root);
        TestProject.copyTree(BadInputsTest.CASES.resolve(mistake), root);
        return project;
    }

    @Test
    void verboseListsWhatFollowsFromTheMistakeUnderIt() {
        TestProject.Run run = project("fact-id-misspelt-in-one-language").run("check", "--verbose");

        assertEquals(1, run.status());
        List<String> lines = run.errLines();
        assertEquals("content/id/artikel.md:8: unknown fact \"prisoners-each-sid\"; did you mean \"prisoners-each-side\"?", lines.get(0));
        assertEquals(List.of(true, true), lines.subList(1, 3).stream().map(l -> l.startsWith("    follows from it: content/")).toList(), lines.toString());
        assertEquals("1 problem, and 2 that follow from it.", lines.get(3));
    }

    @Test
    void aFactsFileThatCannotBeReadIsOneProblemNotOnePerArticleThatUsesIt() {
        TestProject.Run run = project("facts-file-indented-wrongly").run("check");

        assertEquals(List.of("    and 6 problems that follow from it (--verbose lists them)", "1 problem, and 6 that follow from it."),
                run.errLines().subList(1, 3));
    }
}
