package jembatan.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a command in a second JVM made for it, because neither {@code java -jar} nor Maven lets a
 * program choose its own JVM, and three choices decide a cold build's time: the newest Java
 * installed ({@link JavaRuntimes}: on Java 25 the build starts from a {@link StartupCache} of the
 * classes it loads, recorded by an earlier build); compiling with C1 alone unless the site is very
 * large, since on a small machine the optimizing compiler takes a core from a build that is over
 * before its work pays off; and the serial collector, which keeps a large build in half the memory.
 * The first JVM only starts the second and passes on its exit status; the user's own JVM options
 * come after these, so they win.
 *
 * <p>Two ways in. {@code java -jar jembatan.jar build|check}: the cache lives beside the jar
 * ({@code mvn package} records it), and without Java 25 the command still moves to a C1 JVM of the
 * same Java, which measured faster than staying. {@code mvn generate}: the classes are Maven's
 * classpath (the project's own packed by {@link ClassesJar}, since a cache holds classes from jars
 * only), the cache lives in {@code target/jembatan-start/}, and the preview moves too, with both
 * compilers, as it runs for hours; without Java 25 Maven's JVM runs the command itself, as it
 * would gain nothing from a second one. {@code -Djembatan.relaunch=false} turns it off; the second
 * JVM halts when the first one is gone, so that killing the command kills the build.
 *
 * <p>The first JVM runs this class cold, on whatever Java started it and with no cache of ours,
 * so what it runs before it starts the second is plain loops, without streams, lambdas or
 * regular expressions, each of which costs a cold JVM milliseconds at its first use, and the
 * commands are made only when one runs ({@link Main}): a first JVM that only starts a second
 * took 91 ms (128 ms of CPU) with them and takes 73 ms (100 ms) without (15 pairs).
 */
final class Relaunch {
    /** Set in the second JVM, to the first one's pid: it does not start a third, and it knows whom to outlive no longer. */
    static final String RELAUNCHED = "jembatan.relaunched";
    private static final List<String> ONE_OFF = List.of("build", "check", "import");
    /**
     * Above this many articles a build may run long enough for the optimizing compiler to pay off.
     * Measured on two cores, C1 alone still won at 40,000 articles (wall 0.92, CPU 0.87, 3 pairs,
     * for a peak 18 % higher); past that it is not measured, so the optimizing compiler comes back.
     */
    static final long LARGE_SITE = 50_000;
    /** The exit status of a build whose command was killed: 128 + SIGKILL, as the shell reports it. */
    static final int KILLED = 137;

    /** A JVM to start, and the cache its run records, when it records one. */
    record Plan(List<String> commandLine, Optional<Recording> recording) {
    }

    /** A run that records what it loads into {@code configuration}, for {@code cache} to be assembled from after it. */
    record Recording(StartupCache cache, Path configuration) {
    }

    /** Where the second JVM comes from: a java executable, whether it keeps a startup cache, the classpath and the cache's folder. */
    record Jvm(Path java, boolean caches, List<Path> classpath, Path cacheFolder) {
    }

    private Relaunch() {
    }

    /**
     * The JVM that should run {@code args}, or nothing when this one should: when the command is
     * not one a second JVM pays for, or the user turned it off or already is in the second one.
     */
    static Optional<Plan> plan(String[] args, Jvm runtime, List<String> userOptions, boolean preview, long articles, long pid) {
        Optional<String> command = Main.commandNamed(args);
        boolean oneOff = command.isPresent() && ONE_OFF.contains(command.get());
        if (!oneOff && !(preview && command.equals(Optional.of("serve")))) return Optional.empty();
        boolean collector = false;
        for (String option : userOptions) {
            if (option.equals("-Djembatan.relaunch=false") || option.startsWith("-D" + RELAUNCHED)) return Optional.empty();
            collector |= option.startsWith("-XX:+Use") && option.endsWith("GC");
        }
        // Options the cache is made with and for: the collector and the user's own.
        List<String> cacheOptions = new ArrayList<>();
        // The serial collector keeps a 10,000-page build under 600 MB instead of 1.2 GB, in the same time.
        if (!collector) cacheOptions.add("-XX:+UseSerialGC");
        cacheOptions.addAll(userOptions);
        List<String> line = new ArrayList<>(List.of(runtime.java().toString()));
        // Measured here: C1 alone builds 1,000 pages in 4.2 s instead of 6.1 s and 10,000 in 19 s
        // instead of 23 s, but 40,000 in 88 s instead of 66 s, when C2's faster code has paid off.
        if (oneOff && articles < LARGE_SITE) line.add("-XX:TieredStopAtLevel=1");
        line.addAll(youngGeneration(args, userOptions));
        Optional<Recording> recording = Optional.empty();
        if (runtime.caches()) {
            StartupCache cache = StartupCache.in(runtime.cacheFolder(), runtime.java(), cacheOptions, runtime.classpath());
            if (cache.ready()) {
                line.addAll(cache.startOptions());
            } else if (oneOff && !cache.failedBefore()) {
                // Recorded by a command that ends: a preview ends by Ctrl+C, which stops the
                // launcher too, before it could assemble anything.
                Path configuration = cache.configurationFor(pid);
                line.addAll(cache.recordOptions(configuration));
                recording = Optional.of(new Recording(cache, configuration));
            }
        }
        line.addAll(cacheOptions);
        line.add("-D" + RELAUNCHED + "=" + pid);
        line.add("-cp");
        line.add(classpath(runtime.classpath()));
        line.add(Main.class.getName());
        line.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(line), recording));
    }

    /** For {@code java -jar jembatan.jar}: the plan from this JVM's own command line, as the operating system knows it. */
    static Optional<Plan> ofThisJar(String[] args) {
        if (System.getProperty(RELAUNCHED) != null) return Optional.empty();
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> arguments = info.arguments().isPresent() ? List.of(info.arguments().get()) : List.of();
        int dashJar = arguments.indexOf("-jar");
        Optional<Path> jar = Optional.empty();
        try {
            jar = Optional.of(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception | LinkageError e) {
            // Then it was not started from a jar we can name.
        }
        if (dashJar < 0 || info.command().isEmpty() || jar.isEmpty() || !jar.get().toString().endsWith(".jar")) return Optional.empty();
        Optional<Path> newest = JavaRuntimes.ofThisComputer().withStartupCache();
        Jvm runtime = new Jvm(newest.orElse(Path.of(info.command().get())), newest.isPresent(), List.of(jar.get()), jar.get().toAbsolutePath().getParent());
        return plan(args, runtime, arguments.subList(0, dashJar), false, articles(args), ProcessHandle.current().pid());
    }

    /**
     * For {@code mvn generate}: the plan for Maven's classpath, when Java 25 is installed; the
     * project's classes folder is packed into a jar under {@code target/jembatan-start/}.
     */
    static Optional<Plan> ofMaven(String[] args, List<Path> mavenClasspath) {
        if (System.getProperty(RELAUNCHED) != null || "false".equals(System.getProperty("jembatan.relaunch"))) return Optional.empty();
        Optional<Path> newest = JavaRuntimes.ofThisComputer().withStartupCache();
        Optional<Path> classes = mavenClasspath.stream().filter(entry -> entry.toFile().isDirectory()).findFirst();
        if (newest.isEmpty() || classes.isEmpty()) return Optional.empty();
        Path folder = classes.get().toAbsolutePath().getParent().resolve("jembatan-start");
        Optional<Path> packed = ClassesJar.packed(classes.get(), folder.resolve("classes.jar"));
        if (packed.isEmpty()) return Optional.empty();
        List<Path> classpath = new ArrayList<>(List.of(packed.get()));
        mavenClasspath.stream().filter(entry -> !entry.equals(classes.get())).forEach(classpath::add);
        return plan(args, new Jvm(newest.get(), true, classpath, folder), List.of(), true, articles(args), ProcessHandle.current().pid());
    }

    static String classpath(List<Path> entries) {
        StringBuilder joined = new StringBuilder();
        for (Path entry : entries) joined.append(joined.length() == 0 ? "" : File.pathSeparator).append(entry);
        return joined.toString();
    }

    /**
     * The most young generation a build from the build cache is given, whatever the site's size:
     * at 2 x 20,000 articles 1 GB made it 0.94 of the time 2 GB took, for a peak of 1.9 GB
     * against 2.7 GB (5 pairs).
     */
    static final long MOST_YOUNG_MB = 1024;

    /**
     * For a {@code build} that will start from the project's build cache, a young generation that
     * holds what such a build allocates ({@link #youngMegabytes}): it reads the stored run once
     * and keeps nearly all of it, so each collection of a smaller one copies it again. At 2 x 5,000
     * a build after one edit then collects nothing (0.86 s against 1.00 s with four collections,
     * 7 pairs, when it still read the site's pages; taking them unread, it collects twice without,
     * about 100 ms of pauses). The young generation is reserved, not touched: the peak is what the
     * build allocates. Nothing for another command, a build without the cache, or a user who sized
     * the heap.
     */
    static List<String> youngGeneration(String[] args, List<String> userOptions) {
        boolean build = Main.commandNamed(args).equals(Optional.of("build")) && !List.of(args).contains("--no-cache");
        boolean sized = false;
        for (String option : userOptions) {
            sized |= option.startsWith("-Xmn") || option.startsWith("-Xms") || option.startsWith("-Xmx") || option.contains("NewSize")
                    || option.contains("HeapSize");
        }
        File cache = jembatan.output.SiteWriter.cacheFileOf(Path.of(projectOf(args), "site")).toFile();
        if (!build || sized || !cache.isFile()) return List.of();
        long young = youngMegabytes(cache.length());
        return List.of("-Xmn" + young + "m", "-Xms" + (young + 256) + "m");
    }

    /**
     * About eight times the build cache's size, room for what a build from it allocates (the
     * cache is 114 MB at 2 x 5,000 articles; a build after one edit allocates about 290 MB, one
     * whose edit reaches more pages more), from 64 MB to
     * {@link #MOST_YOUNG_MB}; the cache's size, not the count of articles, since it grows with
     * what a build reads whatever the folders' depth.
     */
    static long youngMegabytes(long cacheBytes) {
        return Math.min(MOST_YOUNG_MB, Math.max(64, (cacheBytes * 8) >> 20));
    }

    private static String projectOf(String[] args) {
        String project = ".";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("-p") || args[i].equals("--project")) && i + 1 < args.length) project = args[i + 1];
            else if (args[i].startsWith("--project=")) project = args[i].substring("--project=".length());
        }
        return project;
    }

    /**
     * About how many articles the project of {@code args} has (Markdown files in its language
     * folders), read from the folder listing alone; 0 when it cannot tell.
     */
    static long articles(String[] args) {
        String project = projectOf(args);
        File[] languages = new File(project, "content").listFiles();
        long articles = 0;
        for (File language : languages == null ? new File[0] : languages) {
            String[] names = language.list();
            for (String name : names == null ? new String[0] : names) if (name.endsWith(".md")) articles++;
        }
        return articles;
    }

    /**
     * Runs the plan's JVM, if there is one, with this process's input and output, and returns its
     * exit status; when the run recorded what it loads, assembles the startup cache from it first.
     * Nothing when there is no plan or its JVM cannot be started: then this JVM runs the command.
     */
    static OptionalInt run(Optional<Plan> plan) throws InterruptedException {
        if (plan.isEmpty()) return OptionalInt.empty();
        int status;
        try {
            status = new ProcessBuilder(plan.get().commandLine()).inheritIO().start().waitFor();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        plan.get().recording().ifPresent(recording -> recording.cache().assemble(recording.configuration()));
        return OptionalInt.of(status);
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
            return; // started by hand: no parent to outlive
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
