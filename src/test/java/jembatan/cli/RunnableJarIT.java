package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `mvn package` promises of the runnable jar and the startup cache beside it: picocli's
 * classes are compiled for Java 17, so that Java 25's AOT cache can hold them, and the cache is
 * recorded from a build that starts from the build cache, so that such a build finds the build
 * cache's classes in it instead of loading them from the jar.
 */
class RunnableJarIT {
    static final Path JAR = TestProject.REPOSITORY.resolve("target/jembatan.jar");
    static final Path CACHE = TestProject.REPOSITORY.resolve("target/" + StartupCache.FILE);

    @TempDir
    Path project;

    @Test
    void picocliInTheJarIsCompiledForJava17() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile()); InputStream in = jar.getInputStream(jar.getEntry("picocli/CommandLine.class"))) {
            byte[] header = in.readNBytes(8);
            int major = (header[6] & 0xff) << 8 | header[7] & 0xff;
            assertEquals(61, major, "picocli's CommandLine, class file version (Java 5 is 49, which the AOT cache cannot hold)");
        }
    }

    @Test
    void aBuildFromTheBuildCacheFindsTheBuildCachesClassesInTheStartupCache() throws Exception {
        Optional<Path> java25 = JavaRuntimes.ofThisComputer().withStartupCache();
        assumeTrue(java25.isPresent() && Files.isRegularFile(CACHE), "Java 25 and the startup cache mvn package records with it");
        for (String folder : List.of("content", "templates")) TestProject.copyTree(TestProject.REPOSITORY.resolve(folder), project.resolve(folder));
        assertEquals(0, run(List.of("java", "-jar", JAR.toString(), "build", "-q", "--project", project.toString())), "the build that keeps the cache");
        Path article = project.resolve("content/en/istanbul-talks.md");
        Files.writeString(article, Files.readString(article) + "\nOne line more.\n");

        // The second JVM's command line as Relaunch plans it for this jar, with the classes it loads logged.
        String[] args = {"build", "-q", "--project", project.toString()};
        Relaunch.Plan plan = Relaunch.plan(args, new Relaunch.Jvm(java25.get(), true, List.of(JAR), JAR.getParent()), List.of(), false, 0,
                ProcessHandle.current().pid()).orElseThrow();
        assertTrue(plan.recording().isEmpty(), "the cache mvn package recorded is the one for this JVM and jar");
        Path loaded = project.resolve("classes.log");
        List<String> line = new ArrayList<>(plan.commandLine());
        line.add(1, "-Xlog:class+load:file=" + loaded);
        assertEquals(0, run(line));

        String log = Files.readString(loaded, StandardCharsets.UTF_8);
        for (String type : List.of("jembatan.pipeline.CacheReader", "jembatan.pipeline.StoredResults", "jembatan.pipeline.Edits", "picocli.CommandLine")) {
            assertTrue(log.contains(type + " source: shared objects file"), type + " comes from the startup cache");
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command));
        return process.exitValue();
    }
}
