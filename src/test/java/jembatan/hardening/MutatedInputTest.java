package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jembatan.TestProject;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.output.SiteWriter;
import jembatan.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever an editor's files contain, a build either succeeds or reports problems with
 * a file (and a line where one exists), never throws, never hangs, and never writes outside
 * {@code site/}. Seeded random mutations of the every-feature fixture's Markdown, front matter,
 * facts, site configuration and links; the seed is printed with any failure, so a case can be
 * replayed.
 */
class MutatedInputTest {
    static final long SEED = 20250516L;
    /**
     * 100 cases in every run, which reach both outcomes and every kind of file; the 300 of the
     * hardening rounds with {@code -Djembatan.mutations=300}, or any number.
     */
    static final int CASES = Integer.getInteger("jembatan.mutations", 100);
    static final List<String> FRAGMENTS = List.of("---", ":", "\"", "'", "{{fact ", "}}", "::: factbox ", "[", "](", ")", "![",
            "<script>", "</", "&", "#", "\n", "\r\n", "\t", "\u200B", "\u202E", "\uFEFF", "ü", "1.000", "2025-13-45", "*&a [*a]",
            "- ", "  ", "|", "`", "```", "../", "..\\", "/etc/passwd", "javascript:", "%2e%2e/", "\u0000", "{", "}", "[a, b]",
            "title:", "slug: ../x", "draft: yes", "type: number", "formula: a * (", "value: 1,000", "~", "null", "<<: *a");

    @TempDir
    Path tmp;

    @Test
    void everyMutatedProjectBuildsOrReportsProblemsWithAPlace() throws Exception {
        Path fixture = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature");
        List<String> files;
        try (Stream<Path> walk = Files.walk(fixture)) {
            files = walk.filter(Files::isRegularFile).map(p -> fixture.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(files.size() >= 9, "the fixture has files to mutate: " + files);
        Random random = new Random(SEED);
        int built = 0;
        int failed = 0;
        for (int i = 0; i < CASES; i++) {
            Path root = tmp.resolve("case-" + i);
            TestProject.copyOf(fixture, root);
            String file = files.get(random.nextInt(files.size()));
            String mutation = mutate(root.resolve(file), random);
            Set<String> before = listing(tmp);
            BuildOutcome outcome;
            try {
                outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Build.run(root, BuildOptions.defaults()),
                        "case " + i + " (seed " + SEED + ") hangs: " + mutation + " in " + file);
            } catch (RuntimeException | Error e) {
                if (e instanceof AssertionError) throw e;
                fail("case " + i + " (seed " + SEED + ") threw " + e + " for " + mutation + " in " + file, e);
                return;
            }
            if (outcome instanceof BuildOutcome.Failed bad) {
                failed++;
                for (Problem problem : bad.problems()) {
                    assertTrue(!problem.file().isBlank() && !problem.message().isBlank(), "case " + i + ": a problem without a place: " + problem);
                }
            } else {
                built++;
                new SiteWriter(root.resolve("site")).write(((BuildOutcome.Built) outcome).site());
                Set<String> after = listing(tmp);
                String site = "case-" + i + "/site";
                String staging = "case-" + i + "/.site.staging"; // the one folder beside site/ that a build writes
                after.removeIf(path -> path.startsWith(site + "/") || path.equals(site) || path.startsWith(staging + "/") || path.equals(staging));
                assertEquals(before, after, "case " + i + " wrote outside site/ and .site.staging/");
            }
        }
        System.out.printf("%d mutated projects: %d built, %d reported problems%n", CASES, built, failed);
        assertEquals(CASES, built + failed);
        assertTrue(failed > CASES / 10 && built > CASES / 10, "the mutations reach both outcomes: " + built + " built, " + failed + " failed");
    }

    private static String mutate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        StringBuilder described = new StringBuilder();
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> {
                    String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
                    out.insert(at, fragment);
                    described.append("insert ").append(escape(fragment)).append(" at ").append(at).append("; ");
                }
                case 1 -> {
                    int end = Math.min(out.length(), at + 1 + random.nextInt(20));
                    out.delete(at, end);
                    described.append("delete ").append(at).append("..").append(end).append("; ");
                }
                case 2 -> {
                    int end = Math.min(out.length(), at + 1 + random.nextInt(40));
                    String copy = out.substring(at, end);
                    out.insert(random.nextInt(out.length() + 1), copy);
                    described.append("duplicate ").append(at).append("..").append(end).append("; ");
                }
                default -> {
                    out.append((char) random.nextInt(0x3000));
                    described.append("append a character; ");
                }
            }
        }
        if (random.nextInt(10) == 0) {
            byte[] raw = out.toString().getBytes(StandardCharsets.UTF_8);
            if (raw.length > 0) raw[random.nextInt(raw.length)] = (byte) 0xC3;
            Files.write(file, raw);
            return described + "break the UTF-8";
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return described.toString();
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static Set<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString().replace('\\', '/')).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
