package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup cache's own promises, with a stand-in for Java 25's launcher: a cache is used only
 * for the JVM, options and classpath it was made for; it is put in place whole; a JVM that cannot
 * make one is not asked again; the recording is not left behind.
 */
class StartupCacheTest {
    @TempDir
    Path folder;

    /** A JDK folder whose java does what {@code script} says, given the options it is started with in "$@". */
    private Path jdk(String version, String script) throws IOException {
        Path home = folder.resolve("jdk-" + version);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n" + script + "\n");
        assertTrue(java.toFile().setExecutable(true));
        return java;
    }

    private static final String WRITES_THE_CACHE = "for a in \"$@\"; do case \"$a\" in -XX:AOTCache=*) echo cache > \"${a#-XX:AOTCache=}\";; esac; done";

    @Test
    void aCacheIsMadeForOneJvmOptionsAndClasspathAndUsedForThemOnly() throws IOException {
        Path java = jdk("25.0.3", WRITES_THE_CACHE);
        Path jar = Files.writeString(folder.resolve("jembatan.jar"), "classes");
        StartupCache cache = StartupCache.in(folder, java, List.of("-XX:+UseSerialGC"), List.of(jar));
        assertFalse(cache.ready());
        Path recording = Files.writeString(cache.configurationFor(42), "recorded");

        cache.assemble(recording);
        assertTrue(cache.ready(), "assembled and put in place");
        assertFalse(Files.exists(recording), "the recording is not left behind");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "no temporary file either");
        }

        assertFalse(StartupCache.in(folder, java, List.of("-XX:+UseG1GC"), List.of(jar)).ready(), "other options");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        StartupCache touched = StartupCache.in(folder, java, List.of("-XX:+UseSerialGC"), List.of(jar));
        assertFalse(touched.ready(), "a jar of another time, which the JVM would refuse the cache for");
        assertNotEquals(cache.key(), touched.key());
        Files.writeString(java.getParent().getParent().resolve("release"), "JAVA_VERSION=\"25.0.4\"\n");
        assertNotEquals(touched.key(), StartupCache.in(folder, java, List.of("-XX:+UseSerialGC"), List.of(jar)).key(), "an updated JDK");
    }

    @Test
    void aJvmThatCannotMakeOneIsNotAskedAgainUntilTheKeyChanges() throws IOException {
        Path java = jdk("25", "exit 1");
        Path jar = Files.writeString(folder.resolve("jembatan.jar"), "classes");
        StartupCache cache = StartupCache.in(folder, java, List.of(), List.of(jar));
        Path recording = Files.writeString(cache.configurationFor(7), "recorded");
        cache.assemble(recording);
        assertFalse(cache.ready());
        assertTrue(cache.failedBefore());
        assertFalse(Files.exists(recording));
        assertFalse(StartupCache.in(folder, java, List.of("-Xmx1g"), List.of(jar)).failedBefore(), "other options: tried again");
    }
}
