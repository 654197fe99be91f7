package jembatan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code mvn generate}, which runs the generator inside Maven's own JVM
 * (exec:java). Exiting would end Maven without its summary, so a failed build is thrown as an
 * exception instead, which Maven reports as BUILD FAILURE after the problems printed above.
 */
public final class MavenLauncher {
    private MavenLauncher() {
    }

    public static void main(String[] args) {
        int status = Main.run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("jembatan " + String.join(" ", args) + " failed (exit status " + status + "); see the problems above");
        }
    }
}
