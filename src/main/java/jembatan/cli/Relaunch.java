package jembatan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a one-off command ({@code build}, {@code check}) started as {@code java -jar jembatan.jar}
 * in a second JVM made for it, because a jar cannot choose its JVM's options and two of them
 * decide a cold build's time: the class-data archive that {@code mvn package} writes beside the
 * jar ({@code jembatan.jsa}: the classes a build loads, already parsed and verified), and
 * compiling with C1 alone unless the site is very large, since on a small machine the optimizing
 * compiler takes a core from a build that is over before its work pays off; it also chooses the
 * serial collector, which keeps a large build in half the memory. The first JVM only starts the
 * second and passes on its exit status; the user's own JVM options are passed on after these, so
 * they win. The preview ({@code serve}), which runs for hours, keeps the JVM it was started in.
 *
 * <p>{@code -Djembatan.relaunch=false} turns it off. The second JVM halts when the first one is
 * gone, so that killing the command kills the build.
 */
final class Relaunch {
    /** Set in the second JVM, to the first one's pid: it does not start a third, and it knows whom to outlive no longer. */
    static final String RELAUNCHED = "jembatan.relaunched";
    static final String ARCHIVE = "jembatan.jsa";
    private static final List<String> ONE_OFF = List.of("build", "check");
    /** Above this many articles a build runs long enough for the optimizing compiler to pay off. */
    static final long LARGE_SITE = 15_000;
    /** The exit status of a build whose command was killed: 128 + SIGKILL, as the shell reports it. */
    static final int KILLED = 137;

    private Relaunch() {
    }

    /**
     * The command line of the JVM that should run {@code args}, or nothing when this one should:
     * when it was not started with {@code -jar}, is the relaunched one, or the command is not a one-off.
     */
    static Optional<List<String>> commandLine(String[] args, Optional<String> java, List<String> jvmArguments, Optional<Path> jar, long articles,
                                              long pid) {
        if (java.isEmpty() || jar.isEmpty() || !jar.get().toString().endsWith(".jar")) return Optional.empty();
        int dashJar = jvmArguments.indexOf("-jar");
        if (dashJar < 0) return Optional.empty();
        Optional<String> command = Main.commandNamed(args);
        if (command.isEmpty() || !ONE_OFF.contains(command.get())) return Optional.empty();
        List<String> userOptions = jvmArguments.subList(0, dashJar);
        if (userOptions.stream().anyMatch(option -> option.equals("-Djembatan.relaunch=false") || option.startsWith("-D" + RELAUNCHED))) {
            return Optional.empty();
        }
        List<String> line = new ArrayList<>();
        line.add(java.get());
        // Measured here: C1 alone builds 1,000 pages in 4.2 s instead of 6.1 s and 10,000 in 19 s
        // instead of 23 s, but 40,000 in 88 s instead of 66 s, when C2's faster code has paid off.
        if (articles < LARGE_SITE) line.add("-XX:TieredStopAtLevel=1");
        // The serial collector keeps a 10,000-page build under 600 MB instead of 1.2 GB, in the same time.
        if (userOptions.stream().noneMatch(option -> option.matches("-XX:\\+Use\\w*GC"))) line.add("-XX:+UseSerialGC");
        Path archive = jar.get().resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            line.add("-XX:SharedArchiveFile=" + archive);
            // An archive made for another jar or JVM is ignored; the JVM would say so on every run.
            line.add("-Xlog:cds=off");
            line.add("-Xlog:cds+dynamic=off");
        }
        line.addAll(userOptions);
        line.add("-D" + RELAUNCHED + "=" + pid);
        line.add("-cp");
        line.add(jar.get().toString());
        line.add(Main.class.getName());
        line.addAll(List.of(args));
        return Optional.of(line);
    }

    /** This JVM's command line, as the operating system knows it; nothing when it does not say. */
    static Optional<List<String>> commandLine(String[] args) {
        if (System.getProperty(RELAUNCHED) != null) return Optional.empty();
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<Path> jar;
        try {
            jar = Optional.of(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception | LinkageError e) {
            jar = Optional.empty();
        }
        return commandLine(args, info.command(), info.arguments().map(List::of).orElse(List.of()), jar, articles(args), ProcessHandle.current().pid());
    }

    /**
     * About how many articles the project of {@code args} has (Markdown files in its language
     * folders), read from the folder listing alone; 0 when it cannot tell.
     */
    static long articles(String[] args) {
        String project = ".";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("-p") || args[i].equals("--project")) && i + 1 < args.length) project = args[i + 1];
            else if (args[i].startsWith("--project=")) project = args[i].substring("--project=".length());
        }
        java.io.File[] languages = new java.io.File(project, "content").listFiles(java.io.File::isDirectory);
        long articles = 0;
        for (java.io.File language : languages == null ? new java.io.File[0] : languages) {
            String[] names = language.list((folder, name) -> name.endsWith(".md"));
            articles += names == null ? 0 : names.length;
        }
        return articles;
    }

    /** Runs the command line with this process's input and output; returns its exit status. */
    static int run(List<String> commandLine) throws IOException, InterruptedException {
        return new ProcessBuilder(commandLine).inheritIO().start().waitFor();
    }

    /**
     * In the relaunched JVM: halt when the JVM that started it is gone, as a killed command should.
     * A process whose parent dies is given to another parent at once, so a look at its parent's
     * pid every tenth of a second tells. (A thread blocked reading a pipe from the parent would
     * tell at once, but a JVM waits 300 ms at exit for a thread blocked in native code.)
     */
    static void haltWithParent() {
        String started = System.getProperty(RELAUNCHED);
        if (started == null) return;
        long parent;
        try {
            parent = Long.parseLong(started);
        } catch (NumberFormatException e) {
            return; // started by hand, as the class-data archive is made: no parent to outlive
        }
        Thread watch = new Thread(() -> {
            // The first JVM may be gone before this one got here: then its parent is another already.
            while (parentPid() == parent) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(KILLED);
        }, "jembatan-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
}
