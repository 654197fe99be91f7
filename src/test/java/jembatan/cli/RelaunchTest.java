package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {
    @TempDir
    Path folder;

    private Relaunch.Jvm jvm(boolean caches) {
        return new Relaunch.Jvm(Path.of("/jdk/bin/java"), caches, List.of(folder.resolve("jembatan.jar")), folder);
    }

    private Optional<Relaunch.Plan> plan(boolean caches, List<String> userOptions, String... args) {
        return Relaunch.plan(args, jvm(caches), userOptions, false, 100, 4242);
    }

    @Test
    void aBuildRunsInAJvmMadeForItWithTheUsersOptionsLastSoTheyWin() {
        String jar = folder.resolve("jembatan.jar").toString();
        Relaunch.Plan plan = plan(false, List.of("-Xmx2g", "-Dx=y"), "build", "--drafts", "-p", "my site").orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx2g", "-Dx=y", "-Djembatan.relaunched=4242",
                "-cp", jar, "jembatan.cli.Main", "build", "--drafts", "-p", "my site"), plan.commandLine());
        assertTrue(plan.recording().isEmpty(), "a Java without a startup cache records nothing");
    }

    @Test
    void onJava25TheFirstBuildRecordsTheCacheAndTheNextOnesStartFromIt() throws IOException {
        Relaunch.Plan first = plan(true, List.of(), "build").orElseThrow();
        assertTrue(first.commandLine().contains("-XX:AOTMode=record"), first.commandLine().toString());
        Relaunch.Recording recording = first.recording().orElseThrow();
        assertEquals(List.of("-XX:+UseSerialGC"), recording.cache().options(), "the cache is made with the options it is used with, not the compiler's level");

        // As assemble() leaves it: the cache, and the key it was made for.
        Files.writeString(folder.resolve(StartupCache.FILE), "cache");
        Files.writeString(folder.resolve(StartupCache.FILE + ".key"), recording.cache().key());
        Relaunch.Plan next = plan(true, List.of(), "build").orElseThrow();
        assertTrue(next.commandLine().contains("-XX:AOTCache=" + folder.resolve(StartupCache.FILE)), next.commandLine().toString());
        assertTrue(next.recording().isEmpty());

        Relaunch.Plan otherOptions = plan(true, List.of("-Xmx1g"), "build").orElseThrow();
        assertTrue(otherOptions.recording().isPresent(), "a cache made for other options is made anew, not used");

        Files.writeString(folder.resolve(StartupCache.FILE + ".key"), "failed\n" + recording.cache().key());
        Relaunch.Plan afterFailure = plan(true, List.of(), "build").orElseThrow();
        assertTrue(afterFailure.recording().isEmpty(), "a JVM that could not make one is not asked again");
        assertFalse(String.join(" ", afterFailure.commandLine()).contains("AOT"), afterFailure.commandLine().toString());
    }

    @Test
    void aVeryLargeSiteKeepsTheOptimizingCompilerAndTheUsersCollectorIsKept() {
        // A project without a build cache (the folder's own, not the one the tests run in).
        List<String> large = Relaunch.plan(new String[] {"build", "-p", folder.toString()}, jvm(false), List.of(), false, Relaunch.LARGE_SITE, 4242)
                .orElseThrow().commandLine();
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseSerialGC", "-Djembatan.relaunched=4242"), large.subList(0, 3));
        List<String> chosen = plan(false, List.of("-XX:+UseG1GC"), "build", "-p", folder.toString()).orElseThrow().commandLine();
        assertEquals(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC", "-Djembatan.relaunched=4242"), chosen.subList(0, 4));
    }

    @Test
    void thePreviewMovesOutOfMavensJvmWithBothCompilersButStaysInAJarsOwn() {
        List<String> fromMaven = Relaunch.plan(new String[] {"serve"}, jvm(false), List.of(), true, 100, 4242).orElseThrow().commandLine();
        assertFalse(fromMaven.contains("-XX:TieredStopAtLevel=1"), "the preview runs for hours: the full compiler pays");
        assertTrue(plan(false, List.of(), "serve").isEmpty(), "java -jar ... serve keeps the JVM it was started in");
        Relaunch.Plan preview = Relaunch.plan(new String[] {"serve"}, jvm(true), List.of(), true, 100, 4242).orElseThrow();
        assertTrue(preview.recording().isEmpty(), "a preview, stopped by Ctrl+C with its launcher, records no cache: " + preview.commandLine());
    }

    @Test
    void aBuildFromTheBuildCacheIsGivenAYoungGenerationThatHoldsWhatItReads() throws IOException {
        String project = folder.toString();
        assertEquals(List.of(), Relaunch.youngGeneration(new String[] {"build", "-p", project}, List.of()), "no cache yet: a cold build");
        Path cache = jembatan.output.SiteWriter.cacheFileOf(folder.resolve("site"));
        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[3 << 20]);
        assertEquals(List.of("-Xmn64m", "-Xms320m"), Relaunch.youngGeneration(new String[] {"build", "-p", project}, List.of()));
        assertEquals(List.of(), Relaunch.youngGeneration(new String[] {"build", "--no-cache", "-p", project}, List.of()));
        assertEquals(List.of(), Relaunch.youngGeneration(new String[] {"check", "-p", project}, List.of()));
        assertEquals(List.of(), Relaunch.youngGeneration(new String[] {"build", "-p", project}, List.of("-Xmx4g")), "the user sized the heap");
        List<String> line = Relaunch.plan(new String[] {"build", "-p", project}, jvm(false), List.of(), false, 10_000, 4242).orElseThrow().commandLine();
        assertTrue(line.containsAll(List.of("-Xmn64m", "-Xms320m")), line.toString());

        assertEquals(912, Relaunch.youngMegabytes(114L << 20), "2 x 5,000 articles");
        assertEquals(Relaunch.MOST_YOUNG_MB, Relaunch.youngMegabytes(455L << 20), "2 x 20,000");
        assertEquals(64, Relaunch.youngMegabytes(0));
    }

    @Test
    void theArticlesOfTheProjectAreCountedFromItsLanguageFolders() throws IOException {
        for (String file : List.of("content/id/a.md", "content/id/b.md", "content/en/a.md", "content/en/notes.txt", "content/facts/x.yaml")) {
            Files.createDirectories(folder.resolve(file).getParent());
            Files.writeString(folder.resolve(file), "");
        }
        assertEquals(3, Relaunch.articles(new String[] {"build", "--project", folder.toString()}));
        assertEquals(3, Relaunch.articles(new String[] {"-p", folder.toString(), "check"}));
        assertEquals(3, Relaunch.articles(new String[] {"build", "--project=" + folder}));
        assertEquals(0, Relaunch.articles(new String[] {"build", "--project", folder.resolve("missing").toString()}));
    }

    @Test
    void anImportMovesTooSinceItChecksTheNewProjectAsABuildWould() {
        assertTrue(plan(false, List.of(), "import", "hugo", "old-site").isPresent());
    }

    @Test
    void otherCommandsAndTheUsersNoRunWhereTheyAre() {
        assertTrue(plan(false, List.of(), "status").isEmpty());
        assertTrue(plan(false, List.of()).isEmpty());
        assertTrue(plan(false, List.of("-Djembatan.relaunch=false"), "build").isEmpty(), "turned off");
        assertTrue(plan(false, List.of("-Djembatan.relaunched=4242"), "build").isEmpty(), "already relaunched");
    }
}
