package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jembatan.TestProject;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code jembatan import hugo} on the Hugo fixtures in {@code src/test/resources/hugo/}: the
 * report an editor reads and every file of the new project are pinned (under
 * {@code hugo/expected/<fixture>/}; run with {@code -Djembatan.hugo.update=true} to write them
 * again after a deliberate change, and read the diff), the pictures are the bundles' own bytes,
 * and the new project builds.
 */
class HugoImportTest {
    static final Path FIXTURES = TestProject.REPOSITORY.resolve("src/test/resources/hugo");
    static final String TODAY = "2026-01-01";

    @ParameterizedTest
    @ValueSource(strings = {"content-dirs", "suffixes"})
    void theReportAndTheFilesAreAsPinnedAndTheNewProjectBuilds(String fixture, @TempDir Path temp) throws IOException {
        Path into = temp.resolve("new");
        TestProject.Run run = importHugo(FIXTURES.resolve(fixture), into);
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        Path expected = FIXTURES.resolve("expected/" + fixture);
        Map<String, String> files = textFiles(into.resolve("content"));
        String report = run.out().replace(into.toString(), "NEW");
        if (Boolean.getBoolean("jembatan.hugo.update")) {
            TestProject.copyTree(into.resolve("content"), expected.resolve("content"));
            Files.writeString(expected.resolve("report.txt"), report, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected.resolve("report.txt"), StandardCharsets.UTF_8), report);
        assertEquals(textFiles(expected.resolve("content")), files);
        BuildOutcome outcome = jembatan.pipeline.Build.run(into, new BuildOptions(false, false, java.util.Optional.of(java.time.LocalDate.parse(TODAY)),
                java.util.Optional.empty(), false));
        assertTrue(outcome instanceof BuildOutcome.Built, outcome.toString());
        assertTrue(Files.isRegularFile(into.resolve("templates/article.ftlh")), "the templates of a new project are written");
    }

    static TestProject.Run importHugo(Path source, Path into) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.run(new String[] {"import", "hugo", source.toString(), "--into", into.toString(), "--today", TODAY},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new TestProject.Run(status, out.toString(), err.toString());
    }

    /** Every file under {@code folder}: text as text, anything else by its bytes' hash. */
    static Map<String, String> textFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                files.put(name, name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".ftlh") ? new String(bytes, StandardCharsets.UTF_8)
                        : "bytes " + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return files;
    }
}
