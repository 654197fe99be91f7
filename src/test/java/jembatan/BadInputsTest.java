package jembatan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every editor's mistake under {@code src/test/resources/bad-inputs/<case>/}: the case's files are
 * laid over a small valid project ({@code _base}) that has already been built once, and the
 * command line must print exactly the lines in the case's {@code expected.txt}, exit with status 1,
 * and leave the previous {@code site/} byte for byte as it was.
 */
class BadInputsTest {
    static final Path CASES = TestProject.REPOSITORY.resolve("src/test/resources/bad-inputs");
    static final String BASE = "_base";

    static List<String> cases() throws IOException {
        try (Stream<Path> entries = Files.list(CASES)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(BASE)).sorted().toList();
        }
    }

    @Test
    void theCatalogueHoldsEveryCase() throws IOException {
        assertEquals(69, cases().size(), "cases found: " + cases());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeWhereTheEditorMadeItAndKeepsThePreviousSite(String name, @TempDir Path tmp) throws IOException {
        TestProject project = TestProject.copyOf(CASES.resolve(BASE), tmp);
        TestProject.Run first = project.run("build", "--quiet");
        assertEquals(0, first.status(), "the base project builds: " + first.err());
        Map<String, byte[]> before = snapshot(tmp.resolve("site"));

        Path overlay = CASES.resolve(name);
        TestProject.copyTree(overlay, tmp);
        Files.deleteIfExists(tmp.resolve("expected.txt"));
        TestProject.Run run = project.run("build");

        List<String> expected = Files.readAllLines(overlay.resolve("expected.txt"), StandardCharsets.UTF_8);
        List<String> printed = run.errLines();
        assertEquals(1, run.status(), run.err());
        assertEquals(String.join("\n", expected), String.join("\n", printed.subList(0, printed.size() - 2)));
        assertEquals(List.of(summary(expected), "The site was not built; site/ is unchanged."), printed.subList(printed.size() - 2, printed.size()));
        assertFalse(run.err().contains("Exception"), "no stack trace");

        Map<String, byte[]> after = snapshot(tmp.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        assertFalse(Files.exists(tmp.resolve(".site.staging/next")), "no staging folder is left behind");
    }

    /** The count an editor reads under the problems: one per mistake, and those folded under them. */
    static String summary(List<String> expected) {
        long mistakes = expected.stream().filter(line -> !line.startsWith(" ")).count();
        int following = expected.stream().map(FOLDED::matcher).filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        return (mistakes == 1 ? "1 problem" : mistakes + " problems")
                + (following == 0 ? "" : ", and " + following + " that follow from " + (mistakes == 1 ? "it" : "them")) + ".";
    }

    private static final Pattern FOLDED = Pattern.compile(" {4}and (\\d+) problems? that follows? from it \\(--verbose lists them\\)");

    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
