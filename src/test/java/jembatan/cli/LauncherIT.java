package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jembatan.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code target/jembatan}, the launcher {@code mvn package} puts beside the jar, promises: it
 * starts the very JVM that {@code java -jar} would have its first JVM start (Relaunch plans it),
 * and hands to {@code java -jar} whatever it cannot choose for: other commands, a startup cache
 * it cannot trust, a very large site. Its choices are read with {@code JEMBATAN_LAUNCHER=print}.
 */
class LauncherIT {
    static final Path TARGET = TestProject.REPOSITORY.resolve("target");
    static final Path LAUNCHER = TARGET.resolve("jembatan");

    @TempDir
    static Path work;
    static Path project;

    @BeforeAll
    static void aProjectWithABuildCache() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        project = work.resolve("project");
        for (String folder : List.of("content", "templates")) TestProject.copyTree(TestProject.REPOSITORY.resolve(folder), project.resolve(folder));
        assertEquals(0, run(List.of("java", "-jar", TARGET.resolve("jembatan.jar").toString(), "build", "-q", "--project", project.toString()), Map.of()).status());
    }

    @Test
    void itStartsTheJvmJavaDashJarWouldChoose() throws Exception {
        Optional<Path> java25 = JavaRuntimes.ofThisComputer().withStartupCache();
        Path jar = TARGET.resolve("jembatan.jar");
        Relaunch.Jvm runtime = new Relaunch.Jvm(java25.orElse(Path.of("none")), true, List.of(jar), TARGET);
        assumeTrue(java25.isPresent() && StartupCache.in(TARGET, java25.get(), List.of("-XX:+UseSerialGC"), List.of(jar)).ready(),
                "Java 25 and the startup cache mvn package records with it");
        Path uncached = work.resolve("uncached");
        TestProject.copyTree(project.resolve("content"), uncached.resolve("content"));
        // A cache of 40 MB (a file with a hole): a young generation between the least and the most.
        Path sized = work.resolve("sized");
        TestProject.copyTree(project.resolve("content"), sized.resolve("content"));
        try (java.io.RandomAccessFile cache = new java.io.RandomAccessFile(Files.createDirectories(sized.resolve(".site.staging")).resolve("cache").toFile(), "rw")) {
            cache.setLength(40L << 20);
        }
        String p = project.toString();
        List<String[]> lines = List.of(
                new String[] {"build", "--project", sized.toString()},
                new String[] {"build", "-q", "--project", p},
                new String[] {"build", "--no-cache", "--project=" + p},
                new String[] {"build", "-p", uncached.toString(), "--today", "2026-01-01"},
                new String[] {"-q", "check", "-p", p},
                new String[] {"import", "hugo", "/nowhere", "--project", p});
        for (String[] args : lines) {
            List<String> planned = new ArrayList<>(Relaunch.plan(args, runtime, List.of(), false, Relaunch.articles(args), 4242).orElseThrow().commandLine());
            planned.replaceAll(option -> option.equals("-D" + Relaunch.RELAUNCHED + "=4242") ? "-D" + Relaunch.RELAUNCHED + "=launcher" : option);
            assertEquals(planned, printed(LAUNCHER, args), String.join(" ", args));
        }
        assertTrue(printed(LAUNCHER, "build", "-q", "--project", p).contains("-Xmn64m"), "a build from the build cache gets its young generation");
        assertTrue(printed(LAUNCHER, "build", "--project", sized.toString()).contains("-Xmn320m"), "eight times the cache's size");
    }

    @Test
    void otherCommandsAreJavaDashJars() throws Exception {
        Path jar = TARGET.resolve("jembatan.jar");
        for (String[] args : List.of(new String[] {"serve", "--project", "x"}, new String[] {"new", "en/a.md"}, new String[] {"--version"},
                new String[] {"help", "build"}, new String[0])) {
            List<String> expected = new ArrayList<>(List.of("java", "-jar", jar.toString()));
            expected.addAll(List.of(args));
            assertEquals(expected, printed(LAUNCHER, args), String.join(" ", args));
        }
    }

    /**
     * A copy of the launcher with a jar, a startup cache and a JDK of its own, whose key file
     * each case writes: only a cache made with the collector alone, for this jar, after the jar
     * and the JDK last changed, is started from.
     */
    @Test
    void aStartupCacheItCannotTrustIsLeftToJavaDashJar() throws Exception {
        Installation copy = Installation.in(work.resolve("copy"));
        List<String> byJava = List.of("java", "-jar", copy.jar().toString(), "check");
        String good = copy.key();

        assertEquals(copy.java().toString(), copy.startsFrom(good, "check").get(0), "a cache it can trust");
        assertEquals(byJava, copy.startsFrom("failed\n" + good, "check"), "a cache that could not be made");
        assertEquals(byJava, copy.startsFrom(good.replace("option -XX:+UseSerialGC\n", "option -XX:+UseSerialGC\noption -Xmx1g\n"), "check"),
                "a cache made with the user's options");
        assertEquals(byJava, copy.startsFrom(good.replace("option -XX:+UseSerialGC\n", ""), "check"), "a cache made with another collector");
        assertEquals(byJava, copy.startsFrom(good.replace(copy.jar().toString(), work.resolve("other.jar").toString()), "check"), "another jar's cache");
        assertEquals(byJava, copy.startsFrom(good.replace(copy.java().toString(), work.resolve("gone/bin/java").toString()), "check"), "a JDK gone");

        copy.startsFrom(good, "check");
        Path keyFile = copy.folder().resolve(StartupCache.FILE + ".key");
        Files.setLastModifiedTime(copy.release(), FileTime.fromMillis(Files.getLastModifiedTime(keyFile).toMillis() + 2_000));
        assertEquals(byJava, printed(copy.launcher(), "check"), "a JDK updated since");
        copy.startsFrom(good, "check");
        Files.setLastModifiedTime(copy.jar(), FileTime.fromMillis(Files.getLastModifiedTime(keyFile).toMillis() + 2_000));
        assertEquals(byJava, printed(copy.launcher(), "check"), "a jar packed since");
        Files.delete(copy.folder().resolve(StartupCache.FILE));
        assertEquals(byJava, copy.startsFrom(good, "check"), "no cache");
    }

    @Test
    void aSiteOfFiftyThousandArticlesIsLeftToJavaDashJarForItsCompilers() throws Exception {
        Installation copy = Installation.in(work.resolve("large-launcher"));
        Path large = work.resolve("large");
        for (String language : List.of("en", "id")) {
            Path content = Files.createDirectories(large.resolve("content").resolve(language));
            for (int i = 0; i < 25_000; i++) Files.createFile(content.resolve("a" + i + ".md"));
        }
        assertEquals(List.of("java", "-jar", copy.jar().toString(), "build", "-p", large.toString()),
                copy.startsFrom(copy.key(), "build", "-p", large.toString()));
        Files.delete(large.resolve("content/en/a0.md"));
        assertEquals(List.of(copy.java().toString(), "-XX:TieredStopAtLevel=1"),
                copy.startsFrom(copy.key(), "build", "-p", large.toString()).subList(0, 2), "one article fewer: C1 alone");
    }

    /** The launcher copied into {@code folder} with a jar, a startup cache and a JDK of its own (a JDK made of a release file). */
    private record Installation(Path folder, Path launcher, Path jar, Path java, Path release) {
        static Installation in(Path folder) throws IOException {
            Files.createDirectories(folder);
            Path launcher = Files.copy(LAUNCHER, folder.resolve("jembatan"), StandardCopyOption.COPY_ATTRIBUTES);
            Path jar = Files.writeString(folder.resolve("jembatan.jar"), "a jar");
            Files.writeString(folder.resolve(StartupCache.FILE), "a cache");
            Path java = Files.writeString(Files.createDirectories(folder.resolve("jdk/bin")).resolve("java"), "#!/bin/sh\n");
            assertTrue(java.toFile().setExecutable(true));
            Path release = Files.writeString(folder.resolve("jdk/release"), "JAVA_VERSION=\"25\"\n");
            return new Installation(folder.toRealPath(), launcher.toRealPath(), jar.toRealPath(), java.toRealPath(), release.toRealPath());
        }

        /** The key file of a cache made for this jar and JDK, as StartupCache writes it. */
        String key() {
            return "java " + java + " 25\nrelease 1234\noption -XX:+UseSerialGC\nclasspath " + jar + " 5@1\n";
        }

        /** What the launcher starts for {@code args} with the key file {@code contents}, written after the jar and the JDK. */
        List<String> startsFrom(String contents, String... args) throws Exception {
            Path key = Files.writeString(folder.resolve(StartupCache.FILE + ".key"), contents, StandardCharsets.UTF_8);
            FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(key).toMillis() - 2_000);
            Files.setLastModifiedTime(jar, before);
            Files.setLastModifiedTime(release, before);
            return printed(launcher, args);
        }
    }

    /** The launcher builds what `java -jar` builds, and passes on its exit status. */
    @Test
    void itBuildsTheSiteJavaDashJarBuilds() throws Exception {
        Path other = work.resolve("by-launcher");
        for (String folder : List.of("content", "templates")) TestProject.copyTree(TestProject.REPOSITORY.resolve(folder), other.resolve(folder));
        Run built = run(List.of(LAUNCHER.toString(), "build", "-q", "--project", other.toString()), Map.of());
        assertEquals(0, built.status(), built.output());
        assertEquals(files(project.resolve("site")).keySet(), files(other.resolve("site")).keySet());
        files(project.resolve("site")).forEach((name, bytes) -> assertArrayEquals(bytes, files(other.resolve("site")).get(name), name));

        Path article = other.resolve("content/en/istanbul-talks.md");
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title:", "titel:"));
        Run failed = run(List.of(LAUNCHER.toString(), "build", "-q", "--project", other.toString()), Map.of());
        assertEquals(Main.PROBLEMS, failed.status(), failed.output());
        assertTrue(failed.output().contains("content/en/istanbul-talks.md:"), failed.output());
    }

    private static List<String> printed(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Run run = run(command, Map.of("JEMBATAN_LAUNCHER", "print"));
        assertEquals(0, run.status(), run.output());
        return run.output().lines().toList();
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(file).toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private record Run(int status, String output) {
    }

    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command));
        return new Run(process.exitValue(), output);
    }
}
