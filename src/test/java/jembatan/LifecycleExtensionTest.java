package jembatan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code generate} lifecycle: the committed extension jar must hold exactly the readable
 * components.xml beside it, under a version named after that content, name the plugin versions
 * the pom pins, and make {@code mvn generate} build the site on a copy of the project, from a
 * startup cache when Java 25 is installed.
 */
class LifecycleExtensionTest {
    static final Path ROOT = TestProject.REPOSITORY;
    static final Path XML = ROOT.resolve(".mvn/lifecycle/META-INF/plexus/components.xml");

    @Test
    void theExtensionIsNamedAfterItsContentSoNoOlderCopyInTheLocalRepositoryCanStandInForIt() throws Exception {
        String version = property(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8), "lifecycle.version");
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(XML)));
        assertEquals("1-" + digest.substring(0, 12), version,
                "components.xml changed and kept its version: run .mvn/lifecycle/package.sh, which names the new one in pom.xml");
        Path jar = ROOT.resolve(".mvn/repository/jembatan/build/jembatan-lifecycle/" + version + "/jembatan-lifecycle-" + version + ".jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).forEach(names::add);
            assertEquals(List.of("META-INF/plexus/components.xml"), names,
                    "the extension holds only components.xml; run .mvn/lifecycle/package.sh");
            byte[] packaged = zip.getInputStream(zip.getEntry("META-INF/plexus/components.xml")).readAllBytes();
            assertArrayEquals(Files.readAllBytes(XML), packaged, "the jar is out of date; run .mvn/lifecycle/package.sh");
        }
        try (java.util.stream.Stream<Path> versions = Files.list(jar.getParent().getParent())) {
            assertEquals(List.of(version), versions.map(folder -> folder.getFileName().toString()).toList(), "only the version pom.xml names is kept");
        }
    }

    @Test
    void theLifecycleNamesThePluginVersionsThePomPins() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Map<String, String> pinned = new TreeMap<>();
        pinned.put("maven-enforcer-plugin", property(pom, "enforcer-plugin.version"));
        pinned.put("maven-resources-plugin", property(pom, "resources-plugin.version"));
        pinned.put("maven-compiler-plugin", property(pom, "compiler-plugin.version"));
        pinned.put("exec-maven-plugin", property(pom, "exec-plugin.version"));

        Map<String, String> named = new TreeMap<>();
        Matcher goal = Pattern.compile("[\\w.]+:([\\w-]+):([\\w.-]+):\\w+").matcher(Files.readString(XML, StandardCharsets.UTF_8));
        while (goal.find()) named.put(goal.group(1), goal.group(2));
        assertEquals(pinned, named);
    }

    @Test
    void mvnGenerateBuildsTheSiteOnAFreshCopyOfTheProject(@TempDir Path tmp) throws Exception {
        for (String part : List.of("pom.xml", ".mvn", "src/main", "content", "templates")) {
            Path source = ROOT.resolve(part);
            if (Files.isDirectory(source)) TestProject.copyTree(source, tmp.resolve(part));
            else Files.copy(source, tmp.resolve(part));
        }
        String output = generate(tmp);
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")), output);
        assertTrue(Files.isRegularFile(tmp.resolve("site/en/istanbul-talks/index.html")), output);
        assertTrue(Files.isRegularFile(tmp.resolve("site/id/perundingan-istanbul/index.html")), output);
        assertFalse(output.contains("AOT"), "the startup cache is made without a word to the editor: " + output);

        // With Java 25 installed, the first run records a startup cache and the next ones start from it.
        Path cache = tmp.resolve("target/jembatan-start/jembatan.aot");
        assertEquals(java25Installed(), Files.isRegularFile(cache), "a startup cache exactly when Java 25 is installed");
        if (Files.isRegularFile(cache)) {
            java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(cache);
            Files.writeString(tmp.resolve("content/en/istanbul-talks.md"), Files.readString(tmp.resolve("content/en/istanbul-talks.md")) + "\nOne more line.\n");
            generate(tmp);
            assertTrue(Files.readString(tmp.resolve("site/en/istanbul-talks/index.html")).contains("One more line."));
            assertEquals(made, Files.getLastModifiedTime(cache), "the cache is used, not made again");
        }
    }

    private static String generate(Path project) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "generate"));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null) command.add("-Dmaven.repo.local=" + localRepository);
        Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(5, TimeUnit.MINUTES), "mvn generate finished");
        assertEquals(0, maven.exitValue(), output);
        return output;
    }

    /** Whether a Java 25 or later is where the launcher looks first on this kind of machine (JAVA_HOME, /usr/lib/jvm). */
    private static boolean java25Installed() throws IOException {
        List<Path> homes = new ArrayList<>();
        if (System.getenv("JAVA_HOME") != null) homes.add(Path.of(System.getenv("JAVA_HOME")));
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (java.util.stream.Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
                jvms.forEach(homes::add);
            }
        }
        Pattern newEnough = Pattern.compile("(?m)^JAVA_VERSION=\"(2[5-9]|[3-9]\\d)");
        for (Path home : homes) {
            Path release = home.resolve("release");
            if (Files.isRegularFile(release) && newEnough.matcher(Files.readString(release)).find()) return true;
        }
        return false;
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(matcher.find(), name + " in pom.xml");
        return matcher.group(1);
    }
}
