package jembatan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * components.xml beside it, name the plugin versions the pom pins, and make {@code mvn generate}
 * build the site on a copy of the project.
 */
class LifecycleExtensionTest {
    static final Path ROOT = TestProject.REPOSITORY;
    static final Path XML = ROOT.resolve(".mvn/lifecycle/META-INF/plexus/components.xml");
    static final Path JAR = ROOT.resolve(".mvn/repository/jembatan/build/jembatan-lifecycle/1/jembatan-lifecycle-1.jar");

    @Test
    void theCommittedJarHoldsExactlyTheReadableComponentsXml() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            List<String> names = new ArrayList<>();
            jar.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).forEach(names::add);
            assertEquals(List.of("META-INF/plexus/components.xml"), names,
                    "the extension holds only components.xml; run .mvn/lifecycle/package.sh");
            byte[] packaged = jar.getInputStream(jar.getEntry("META-INF/plexus/components.xml")).readAllBytes();
            assertArrayEquals(Files.readAllBytes(XML), packaged, "the jar is out of date; run .mvn/lifecycle/package.sh");
        }
    }

    @Test
    void theLifecycleNamesThePluginVersionsThePomPins() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Map<String, String> pinned = new TreeMap<>();
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
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "generate"));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null) command.add("-Dmaven.repo.local=" + localRepository);
        Process maven = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true).start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(5, TimeUnit.MINUTES), "mvn generate finished");
        assertEquals(0, maven.exitValue(), output);
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")), output);
        assertTrue(Files.isRegularFile(tmp.resolve("site/en/istanbul-talks/index.html")), output);
        assertTrue(Files.isRegularFile(tmp.resolve("site/id/perundingan-istanbul/index.html")), output);
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(matcher.find(), name + " in pom.xml");
        return matcher.group(1);
    }
}
