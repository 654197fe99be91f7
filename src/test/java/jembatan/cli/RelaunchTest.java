package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private Optional<List<String>> line(List<String> jvm, String... args) {
        return Relaunch.commandLine(args, Optional.of("/usr/bin/java"), jvm, Optional.of(folder.resolve("jembatan.jar")), 100, 4242);
    }

    @Test
    void aBuildStartedWithDashJarRunsInAJvmMadeForIt() throws IOException {
        Files.writeString(folder.resolve("jembatan.jsa"), "archive");
        String jar = folder.resolve("jembatan.jar").toString();

        assertEquals(Optional.of(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + folder.resolve("jembatan.jsa"),
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xmx2g", "-Dx=y", "-Djembatan.relaunched=4242", "-cp", jar, "jembatan.cli.Main",
                        "build", "--drafts", "-p", "my site")),
                line(List.of("-Xmx2g", "-Dx=y", "-jar", jar, "build", "--drafts", "-p", "my site"), "build", "--drafts", "-p", "my site"),
                "the user's JVM options come after Jembatan's, so they win");
    }

    @Test
    void withoutAnArchiveOnlyTheCompilerIsChosen() {
        List<String> line = line(List.of("-jar", "jembatan.jar", "-q", "check"), "-q", "check").orElseThrow();
        assertEquals(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djembatan.relaunched=4242"), line.subList(0, 4));
        assertEquals(List.of("-q", "check"), line.subList(line.size() - 2, line.size()));
    }

    @Test
    void aVeryLargeSiteKeepsTheOptimizingCompilerAndTheUsersCollectorIsKept() {
        List<String> large = Relaunch.commandLine(new String[] {"build"}, Optional.of("java"), List.of("-jar", "j.jar", "build"), Optional.of(Path.of("j.jar")),
                Relaunch.LARGE_SITE, 4242).orElseThrow();
        assertEquals(List.of("java", "-XX:+UseSerialGC", "-Djembatan.relaunched=4242"), large.subList(0, 3));
        List<String> chosen = Relaunch.commandLine(new String[] {"build"}, Optional.of("java"), List.of("-XX:+UseG1GC", "-jar", "j.jar", "build"),
                Optional.of(Path.of("j.jar")), 10, 4242).orElseThrow();
        assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC", "-Djembatan.relaunched=4242"), chosen.subList(0, 4));
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
    void thePreviewOtherCommandsAndOtherWaysOfStartingRunWhereTheyAre() {
        assertTrue(line(List.of("-jar", "jembatan.jar", "serve"), "serve").isEmpty(), "the preview runs for hours: the full compiler pays");
        assertTrue(line(List.of("-jar", "jembatan.jar", "status"), "status").isEmpty());
        assertTrue(line(List.of("-jar", "jembatan.jar"), new String[0]).isEmpty());
        assertTrue(line(List.of("-cp", "classes", "jembatan.cli.Main", "build"), "build").isEmpty(), "not started from the jar");
        assertTrue(line(List.of("-Djembatan.relaunch=false", "-jar", "jembatan.jar", "build"), "build").isEmpty(), "turned off");
        assertTrue(line(List.of("-Djembatan.relaunched=4242", "-jar", "jembatan.jar", "build"), "build").isEmpty(), "already relaunched");
        assertTrue(Relaunch.commandLine(new String[] {"build"}, Optional.empty(), List.of("-jar", "j.jar", "build"), Optional.of(Path.of("j.jar")), 100, 4242).isEmpty(),
                "the system does not say which java runs");
    }
}
