package jembatan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Java 25's AOT cache for one JVM and classpath ({@code jembatan.aot} in {@code folder}): the
 * classes a build loads, parsed, linked, and the methods' profiles, recorded once by a build and
 * then mapped into every later JVM instead of being loaded again. A build with it starts in about
 * half the time. The cache is only good for the exact JVM, classpath (each jar's size and time)
 * and options it was made with; the key file beside it names them, so a cache made for anything
 * else is made anew rather than read (the JVM would refuse it anyway, silently, and stay slow).
 *
 * <p>Made in two steps, as JEP 514 allows: the build that finds no cache runs in record mode
 * (its output is the editor's), then a second JVM assembles the cache from what it recorded,
 * quietly, into a temporary file renamed into place, so builds running at the same time never
 * read half a cache. A JVM that cannot make one (an old, unusual or broken runtime) is written in
 * the key as failed, and not asked again until something in the key changes.
 */
record StartupCache(Path cache, Path keyFile, String key, Path java, List<String> options, List<Path> classpath) {
    static final String FILE = "jembatan.aot";
    /** How long assembling a cache may take before it is given up (about 3 s here). */
    private static final long ASSEMBLY_SECONDS = 120;

    /** The cache in {@code folder} for this JVM, these options and this classpath. */
    static StartupCache in(Path folder, Path java, List<String> options, List<Path> classpath) {
        Path home = java.getParent().getParent();
        StringBuilder key = new StringBuilder("java ").append(java).append(' ').append(JavaRuntimes.feature(home)).append('\n');
        key.append("release ").append(digest(home.resolve("release"))).append('\n');
        for (String option : options) key.append("option ").append(option).append('\n');
        for (Path entry : classpath) key.append("classpath ").append(entry.toAbsolutePath()).append(' ').append(fingerprint(entry)).append('\n');
        return new StartupCache(folder.resolve(FILE), folder.resolve(FILE + ".key"), key.toString(), java, List.copyOf(options), List.copyOf(classpath));
    }

    /** Whether the cache is there and was made for this key. */
    boolean ready() {
        return Files.isRegularFile(cache) && savedKey().equals(key);
    }

    /** Whether making a cache for this key failed before: then it is not tried again. */
    boolean failedBefore() {
        return savedKey().equals("failed\n" + key);
    }

    /** The options that start a JVM from the cache; the JVM's notes about it are not the editor's business. */
    List<String> startOptions() {
        return List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    /**
     * The options that make a build record what it loads into {@code configuration}. The JVM says
     * "AOTConfiguration recorded" on its own output whatever the log options, and the editor's
     * terminal is not the place: its own output is turned off (this hides nothing else a build says).
     */
    List<String> recordOptions(Path configuration) {
        return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput");
    }

    /** The temporary file a recording build writes, its own per process, as builds may run together. */
    Path configurationFor(long pid) {
        return cache.resolveSibling(FILE + "." + pid + ".config.tmp");
    }

    /**
     * Assembles the cache from a recording, with the JVM, options and classpath it is made for,
     * then puts it in place; on failure writes the key as failed. Never throws: a build without
     * its cache is only slower.
     */
    void assemble(Path configuration) {
        Path temporary = cache.resolveSibling(FILE + "." + ProcessHandle.current().pid() + ".tmp");
        boolean made = false;
        try {
            if (Files.isRegularFile(configuration)) {
                List<String> line = new ArrayList<>(List.of(java.toString()));
                line.addAll(options);
                line.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + temporary,
                        "-cp", Relaunch.classpath(classpath)));
                Process assembly = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!assembly.waitFor(ASSEMBLY_SECONDS, TimeUnit.SECONDS)) assembly.destroyForcibly().waitFor();
                else made = assembly.exitValue() == 0 && Files.isRegularFile(temporary);
            }
            if (made) move(temporary, cache);
            Path keyTemporary = keyFile.resolveSibling(keyFile.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(keyTemporary, made ? key : "failed\n" + key, StandardCharsets.UTF_8);
            move(keyTemporary, keyFile);
        } catch (IOException e) {
            // A folder we may not write: no cache, and the next build tries again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(configuration);
            } catch (IOException e) {
                // Left in the build's own folder, under a name no build reads.
            }
        }
    }

    private String savedKey() {
        try {
            return Files.readString(keyFile, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A classpath entry as the JVM checks it before it maps a cache made for it: its size and time. */
    private static String fingerprint(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return Files.size(file) + "@" + time.toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    /**
     * A check of a small file's bytes (a JDK's {@code release} file, which changes with every
     * update): a CRC, whose class the JVM has loaded to read the jar, rather than a digest, whose
     * security providers cost the first JVM 11 ms to load.
     */
    private static String digest(Path file) {
        try {
            CRC32 check = new CRC32();
            check.update(Files.readAllBytes(file));
            return Long.toHexString(check.getValue());
        } catch (IOException e) {
            return "missing";
        }
    }
}
