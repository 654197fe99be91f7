package jembatan.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of {@code mvn generate} (exec:java). When Java 25 is installed the command runs
 * in a JVM of its own that starts from a startup cache (see {@link Relaunch}), several times
 * faster than in Maven's JVM, which has none; otherwise Maven's JVM runs it. Exiting would end
 * Maven without its summary, so a failed build is thrown as an exception instead, which Maven
 * reports as BUILD FAILURE after the problems printed above.
 */
public final class MavenLauncher {
    private MavenLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = Relaunch.run(Relaunch.ofMaven(args, mavenClasspath())).orElseGet(() ->
                Main.run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
        if (status != 0) {
            throw new IllegalStateException("jembatan " + String.join(" ", args) + " failed (exit status " + status + "); see the problems above");
        }
    }

    /** The classpath exec:java gave this class, from its class loader; empty when it is not a list of URLs. */
    private static List<Path> mavenClasspath() {
        List<Path> entries = new ArrayList<>();
        if (MavenLauncher.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                try {
                    if (url.getProtocol().equals("file")) entries.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return List.of();
                }
            }
        }
        return entries;
    }
}
