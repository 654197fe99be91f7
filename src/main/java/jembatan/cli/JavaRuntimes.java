package jembatan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java runtimes installed on this computer, as far as a build needs one: the newest that
 * can keep a startup cache between runs (Java 25's AOT cache, JEPs 483, 514 and 515), which
 * makes a cold build about half as long as on Java 17. Maven's toolchains plugin discovers JDKs
 * the same way, but only inside Maven, and {@code java -jar jembatan.jar} has no Maven: so the
 * few places JDKs are installed are looked at here, each by its {@code release} file, which
 * names its version without starting it.
 *
 * <p>In order: {@code -Djembatan.java=<JDK folder>} (a folder that is no such JDK means "none"),
 * the running JVM, {@code JAVA_HOME}, {@code JAVA25_HOME} and the like (GitHub's runners say
 * {@code JAVA_HOME_25_X64}), then the usual folders of
 * Linux packages, macOS, SDKMAN!, IntelliJ and Windows; the newest wins, ties by path.
 */
record JavaRuntimes(Path running, int runningFeature, Map<String, String> environment, Optional<String> chosen, List<Path> installFolders) {
    /** The first Java whose AOT cache stores linked classes and method profiles. */
    static final int STARTUP_CACHE = 25;
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    /** {@code JAVA25_HOME} and the like, and GitHub's {@code JAVA_HOME_25_X64}. */
    private static final Pattern NUMBERED_HOME = Pattern.compile("JAVA\\d+_HOME|JAVA_HOME_\\d+_\\w+");

    /** The runtimes as this JVM sees them. */
    static JavaRuntimes ofThisComputer() {
        Path user = Path.of(System.getProperty("user.home"));
        return new JavaRuntimes(Path.of(System.getProperty("java.home")), Runtime.version().feature(), System.getenv(),
                Optional.ofNullable(System.getProperty("jembatan.java")), installFolders(user));
    }

    /**
     * The folders JDKs are installed in, each JDK a folder of its own: Linux packages, SDKMAN!,
     * IntelliJ, Windows' installers, and macOS's bundles (whose JDK is {@code Contents/Home}).
     */
    static List<Path> installFolders(Path user) {
        List<Path> folders = new ArrayList<>();
        for (Path folder : List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), user.resolve(".sdkman/candidates/java"),
                user.resolve(".jdks"), Path.of("C:\\Program Files\\Java"), Path.of("C:\\Program Files\\Eclipse Adoptium"))) {
            folders.addAll(children(folder, ""));
        }
        for (Path folder : List.of(Path.of("/Library/Java/JavaVirtualMachines"), user.resolve("Library/Java/JavaVirtualMachines"))) {
            folders.addAll(children(folder, "Contents/Home"));
        }
        return folders;
    }

    /** The {@code java} executable of the newest runtime with a startup cache, if one is installed. */
    Optional<Path> withStartupCache() {
        if (chosen.isPresent()) {
            Path home = Path.of(chosen.get());
            return feature(home) >= STARTUP_CACHE && Files.isExecutable(executable(home)) ? Optional.of(executable(home)) : Optional.empty();
        }
        if (runningFeature >= STARTUP_CACHE) return Optional.of(executable(running));
        // A loop, not a stream: the first JVM runs this cold (see Relaunch).
        Path newest = null;
        int newestFeature = 0;
        for (Path home : candidates()) {
            int feature = feature(home);
            if (feature < STARTUP_CACHE || !Files.isExecutable(executable(home))) continue;
            if (newest == null || feature > newestFeature || feature == newestFeature && home.compareTo(newest) < 0) {
                newest = home;
                newestFeature = feature;
            }
        }
        return newest == null ? Optional.empty() : Optional.of(executable(newest));
    }

    private List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) homes.add(Path.of(javaHome));
        Map<String, String> numbered = new TreeMap<>();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (NUMBERED_HOME.matcher(variable.getKey()).matches() && !variable.getValue().isBlank()) numbered.put(variable.getKey(), variable.getValue());
        }
        for (String home : numbered.values()) homes.add(Path.of(home));
        homes.addAll(installFolders);
        return homes;
    }

    private static List<Path> children(Path folder, String inside) {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(folder)) return children;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) children.add(inside.isEmpty() ? entry : entry.resolve(inside));
        } catch (IOException | SecurityException e) {
            // A folder this user may not list holds no runtime for us.
        }
        children.sort(Comparator.naturalOrder());
        return children;
    }

    /** The feature version a JDK's {@code release} file names (25 for "25.0.3"), 0 when it names none. */
    static int feature(Path home) {
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static Path executable(Path home) {
        Path unix = home.resolve("bin/java");
        return Files.exists(unix) ? unix : home.resolve("bin/java.exe");
    }
}
