package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jembatan.TestProject;
import jembatan.bench.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment (the packaged jar, killed with SIGKILL at random times) leaves
 * site/ whole: the previous site, or the new one complete; and the next build publishes none of
 * what the killed one left and recovers a site that was moved aside at the instant of the swap.
 */
class KillDuringBuildIT {
    static final Path JAR = TestProject.REPOSITORY.resolve("target/jembatan.jar");

    @TempDir
    Path project;

    @Test
    void aKilledBuildLeavesTheSiteWholeAndTheNextBuildCleansUp() throws Exception {
        Corpus.writeJembatan(project, 150, TestProject.REPOSITORY.resolve("templates"));
        long start = System.nanoTime();
        assertEquals(0, build(-1), "the first build");
        // Kills spread from a tenth of a build's time to half as long again: a fixed range would
        // miss the swap altogether once builds are faster than its start.
        int millis = (int) ((System.nanoTime() - start) / 1_000_000);
        Path site = project.resolve("site");
        Set<String> complete = listing(site);
        Files.writeString(site.resolve("previous.txt"), "the previous build");
        Set<String> previous = listing(site);

        Random random = new Random(7);
        int killedBefore = 0;
        int killedAfter = 0;
        for (int round = 0; round < 8; round++) {
            // Without the build cache, which would make these builds of an unchanged project too quick to kill before the swap.
            build(millis / 10 + random.nextInt(Math.max(1, millis * 14 / 10)), "--no-cache");
            if (!Files.exists(site)) {
                // Killed between the two renames of the swap: the previous site waits beside it, whole.
                assertEquals(previous, listing(project.resolve(".site.staging/previous")));
                assertEquals(0, build(-1), "the next build recovers");
            }
            Set<String> now = listing(site);
            if (now.contains("previous.txt")) {
                assertEquals(previous, now, "round " + round + ": the previous site is whole");
                killedBefore++;
            } else {
                assertEquals(complete, now, "round " + round + ": the new site is complete");
                Files.writeString(site.resolve("previous.txt"), "the previous build");
                killedAfter++;
            }
        }
        Files.createDirectories(project.resolve(".site.staging/next"));
        Files.writeString(project.resolve(".site.staging/next/stray.txt"), "left in the staging folder");
        Files.writeString(project.resolve(".site.staging/stray.txt"), "left beside it");
        assertEquals(0, build(-1));
        assertEquals(complete, listing(site), "whatever a killed build left in the staging folder is not published");
        assertFalse(Files.exists(project.resolve(".site.staging/previous")));
        assertTrue(killedBefore > 0, "some builds were killed before their swap (" + killedBefore + " before, " + killedAfter + " after)");
    }

    @Test
    void buildsKilledAtAnyMomentLeaveABuildCacheFromWhichTheNextBuildIsRight() throws Exception {
        Corpus.writeJembatan(project, 150, TestProject.REPOSITORY.resolve("templates"));
        assertEquals(0, build(-1), "the first build, which keeps the cache");
        Path edited = project.resolve("content/en/article-00076.md");
        String original = Files.readString(edited);
        Random random = new Random(11);
        for (int round = 0; round < 8; round++) {
            // An edit each round, so that each build has a new cache to write when it is killed.
            Files.writeString(edited, original + "\nEdited " + "x".repeat(round + 1) + ".\n");
            build(300 + random.nextInt(1500));
        }
        Process last = start(project, true);
        String said = new String(last.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, last.waitFor(), said);
        assertEquals("", said, "a killed build leaves the last cache or none, never a damaged one");
        Path fresh = project.resolve("fresh-copy");
        for (String folder : List.of("content", "templates")) TestProject.copyTree(project.resolve(folder), fresh.resolve(folder));
        Process without = start(fresh, false, "--no-cache");
        assertEquals(0, without.waitFor());
        assertEquals(TestProject.files(fresh.resolve("site")), TestProject.files(project.resolve("site")), "the site a build without the cache makes");
    }

    @Test
    void theJvmABuildRunsInHaltsWhenTheCommandIsKilled() throws Exception {
        // Large enough that its build takes several seconds, far longer than the JVM takes to notice.
        Corpus.writeJembatan(project, 600, TestProject.REPOSITORY.resolve("templates"));
        Process command = start(project, false);
        List<ProcessHandle> build = List.of();
        for (int i = 0; i < 100 && build.isEmpty(); i++) {
            Thread.sleep(20);
            build = command.descendants().toList();
        }
        assertFalse(build.isEmpty(), "the build runs in a JVM of its own");
        command.destroyForcibly(); // the command alone, as `kill -9` of its process would
        long killed = System.nanoTime();
        for (ProcessHandle jvm : build) jvm.onExit().get(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - killed) / 1_000_000;
        assertTrue(millis < 2500, "the build's JVM halted " + millis + " ms after the command was killed");
        assertFalse(Files.exists(project.resolve("site")), "killed before it could publish");
        assertEquals(0, build(-1), "the next build runs");
    }

    /** Runs a build with {@code options}; kills it after {@code millis} (or lets it finish when negative); returns its exit status. */
    private int build(int millis, String... options) throws Exception {
        Process process = start(project, false, options);
        if (millis >= 0 && !process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            // The command and the JVM it started for the build (see Relaunch), as a terminal or CI kills them.
            List<ProcessHandle> build = process.descendants().toList();
            process.destroyForcibly();
            build.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle jvm : build) jvm.onExit().get(10, TimeUnit.SECONDS);
            process.waitFor(10, TimeUnit.SECONDS);
            return -1;
        }
        process.waitFor(120, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /** Starts {@code java -jar jembatan.jar build} of {@code folder} with {@code options}, its output kept to read or discarded. */
    private static Process start(Path folder, boolean keepOutput, String... options) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString(), "build", "-q", "--today", "2026-01-01", "--project", folder.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!keepOutput) builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static Set<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
