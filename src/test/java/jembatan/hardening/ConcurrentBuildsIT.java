package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jembatan.TestProject;
import jembatan.bench.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two and three builds of the packaged jar started together on one project, round after round,
 * each publishing under its own base URL so that every page differs between them: each exits 0,
 * and {@code site/} is always exactly one build's output, never pages of two. A hard-linked
 * backup of the site ({@code cp -al site backup}) taken before the rounds keeps its bytes.
 */
class ConcurrentBuildsIT {
    static final Path JAR = TestProject.REPOSITORY.resolve("target/jembatan.jar");
    /** Rounds and articles per language: CI runs 20 rounds of 80; -Djembatan.concurrent.rounds=50 -Djembatan.concurrent.articles=500 is the long run. */
    static final int ROUNDS = Integer.getInteger("jembatan.concurrent.rounds", 20);
    static final int ARTICLES = Integer.getInteger("jembatan.concurrent.articles", 80);

    @TempDir
    Path project;

    @Test
    void buildsStartedTogetherTakeTurnsAndTheSiteIsAlwaysOneBuildsOutput() throws Exception {
        Corpus.writeJembatan(project, ARTICLES, TestProject.REPOSITORY.resolve("templates"));
        assertEquals(0, start("https://first.example/").waitFor(), "the first build");
        Path site = project.resolve("site");
        Set<String> files = snapshot(site).keySet();
        Path backup = project.resolve("backup");
        TestProject.linkTree(site, backup);
        Map<String, String> backedUp = snapshot(backup);

        for (int round = 0; round < ROUNDS; round++) {
            int builds = 2 + round % 2;
            List<Process> started = new ArrayList<>();
            List<String> bases = new ArrayList<>();
            for (int b = 0; b < builds; b++) {
                bases.add("https://r" + round + "b" + b + ".example/");
                started.add(start(bases.get(b)));
            }
            for (int b = 0; b < builds; b++) {
                Process process = started.get(b);
                assertTrue(process.waitFor(300, TimeUnit.SECONDS), "round " + round + ": build " + b + " ends");
                String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, process.exitValue(), "round " + round + ", build " + b + ": " + said);
            }
            Map<String, String> now = snapshot(site);
            assertEquals(files, now.keySet(), "round " + round + ": the site has every file, and no other");
            String base = bases.stream().filter(b -> now.get("sitemap.xml").contains(b)).findFirst().orElse(null);
            assertTrue(base != null, "round " + round + ": the sitemap is from one of this round's builds");
            for (Map.Entry<String, String> file : now.entrySet()) {
                if (!file.getKey().endsWith(".html") && !file.getKey().endsWith(".xml")) continue;
                for (String other : bases) {
                    if (!other.equals(base) && file.getValue().contains(other)) {
                        throw new AssertionError("round " + round + ": " + file.getKey() + " is from the build for " + other + ", the sitemap from " + base);
                    }
                }
            }
        }
        assertEquals(backedUp, snapshot(backup), "the hard-linked backup keeps its bytes");
    }

    private Process start(String baseUrl) throws IOException {
        return new ProcessBuilder("java", "-jar", JAR.toString(), "build", "-q", "--today", "2026-01-01", "--base-url", baseUrl, "--project", project.toString())
                .redirectErrorStream(true).start();
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

}
