package jembatan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jembatan.TestProject;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.serve.LiveSite;

/**
 * The benchmark anyone can rerun: {@code mvn -q -DskipTests package exec:exec@bench -Dbench.args="--pages 500,5000"}.
 * For each size it generates a corpus ({@code --corpus flat}, the default: {@link Corpus}, n articles per
 * language; {@code --corpus docs}: {@link DocsCorpus}, a documentation site of about n Markdown files,
 * from {@code --seed}; {@code --corpus both}: each in turn), builds it once in this JVM to count its
 * pages (a corpus the build refuses stops the benchmark there, with its problems), then times, each over several runs:
 * a cold full build as a user runs it ({@code target/jembatan build --no-cache}, the launcher beside the
 * jar, or {@code java -jar target/jembatan.jar} where there is none; JVM start included, peak memory
 * from {@code /usr/bin/time}), the same build after one article's text is
 * edited, from the build cache the build before kept, a warm full build in one JVM, and a
 * one-article rebuild in the preview. When {@code hugo} is on the PATH it builds the same corpus in
 * the same run and prints the ratio, so the comparison holds on a noisy machine. Given several
 * sizes, it ends with the time per page at each, which a build that grows linearly keeps close.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        int runs = intArg(args, "--runs", 5);
        Path work = Path.of(stringArg(args, "--work", "target/bench")).toAbsolutePath();
        Path jar = Path.of(stringArg(args, "--jar", "target/jembatan.jar")).toAbsolutePath();
        String kind = stringArg(args, "--corpus", "flat");
        long seed = Long.parseLong(stringArg(args, "--seed", "1"));
        List<String> jembatan = jembatan(jar);
        realSite(runs, work, jar, jembatan);
        for (String each : kind.equals("both") ? List.of("flat", "docs") : List.of(kind)) {
            List<Size> sizes = new ArrayList<>();
            for (String pages : stringArg(args, "--pages", "500").split(",")) {
                sizes.add(size(BenchCorpus.of(each, Integer.parseInt(pages.strip()), seed), runs, work, jar, jembatan));
            }
            if (sizes.size() > 1) perPage(each, sizes);
        }
    }

    /**
     * How a user starts Jembatan: the launcher {@code mvn package} puts beside the jar, which
     * starts the build's JVM itself, or {@code java -jar} where there is no launcher (or no shell).
     */
    private static List<String> jembatan(Path jar) {
        Path launcher = jar.resolveSibling("jembatan");
        if (Files.isExecutable(launcher) && Files.isExecutable(Path.of("/bin/sh"))) return List.of(launcher.toString());
        return List.of("java", "-jar", jar.toString());
    }

    private static String named(List<String> jembatan) {
        return jembatan.size() == 1 ? "target/jembatan" : "java -jar";
    }

    /** Time per page at each size: a build that grows linearly keeps these close. */
    private static void perPage(String kind, List<Size> sizes) {
        System.out.println();
        System.out.println("Time per page (medians), " + kind + " corpus:");
        for (Size size : sizes) {
            System.out.printf(Locale.ROOT, "  %6d pages: cold %.3f ms/page, warm %.3f ms/page%s%n", size.pages(), 1000 * size.cold() / size.pages(),
                    1000 * size.warm() / size.pages(), size.hugo() > 0 ? String.format(Locale.ROOT, ", hugo %.3f ms/page", 1000 * size.hugo() / size.pages()) : "");
        }
        double[] cold = sizes.stream().mapToDouble(size -> size.cold() / size.pages()).toArray();
        double[] warm = sizes.stream().mapToDouble(size -> size.warm() / size.pages()).toArray();
        System.out.printf(Locale.ROOT, "  largest / smallest time per page: cold %.2f, warm %.2f%n", spread(cold), spread(warm));
        System.out.println();
    }

    /**
     * The real site (this project's content and templates, copied, so that its own site/ is not
     * touched): a cold build as a user runs it, with the launcher and with {@code java -jar}, and
     * beside it what the four libraries alone cost a fresh JVM started with the options a build
     * runs with ({@link StartupFloor}).
     */
    private static void realSite(int runs, Path work, Path jar, List<String> jembatan) throws Exception {
        Path project = work.resolve("real-site");
        deleteTree(project);
        for (String folder : List.of("content", "templates")) TestProject.copyTree(Path.of(folder).toAbsolutePath(), project.resolve(folder));
        System.out.println("Real site (this project's content and templates)");
        for (List<String> command : jembatan.size() == 1 ? List.of(jembatan, List.of("java", "-jar", jar.toString())) : List.of(jembatan)) {
            List<Measure> cold = new ArrayList<>();
            for (int i = 0; i < runs; i++) cold.add(timed(with(command, "build", "-q", "--no-cache", "--project", project.toString()), project));
            report("cold build (" + named(command) + ", JVM start included)", cold, 0);
        }
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        report("the libraries alone, one fresh JVM (this Java, no startup cache)", floor(runs, jar, project, options, StartupFloor.class), 0);
        System.out.println();
    }

    /**
     * Times a floor program ({@link StartupFloor}, {@link MarkdownFloor}) on {@code project} in a
     * fresh JVM with {@code options}, as a build is timed; {@code arguments} follow the project.
     */
    private static List<Measure> floor(int runs, Path jar, Path project, List<String> options, Class<?> program, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(options);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + floorClasspath(), program.getName(), project.toString()));
        command.addAll(List.of(arguments));
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < runs; i++) measures.add(timed(command, project));
        return measures;
    }

    /** The medians of one corpus size, in seconds (hugo 0 when it did not run). */
    record Size(int pages, double cold, double warm, double hugo) {
    }

    private static double spread(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(1) / java.util.Arrays.stream(values).min().orElse(1);
    }

    private static Size size(BenchCorpus corpus, int runs, Path work, Path jar, List<String> jembatan) throws Exception {
        Path project = work.resolve(corpus.name());
        deleteTree(project);
        System.out.println(corpus.writeJembatan(project, Path.of("templates").toAbsolutePath()));
        // A build in this JVM first, which writes nothing: it counts the pages, and a corpus the build refuses stops here with its problems.
        BuildOptions options = BuildOptions.defaults().asOf(LocalDate.of(2026, 1, 1));
        BuildOutcome.Built first = check(Build.run(project, options));
        int html = first.pages();
        System.out.printf(Locale.ROOT, "  %d HTML pages, %d warnings%n", html, first.warnings().size());

        // The first build writes into an empty folder; later ones replace the site they find, as an
        // editor's do. Without the build cache, so that each one makes every page.
        List<String> build = with(jembatan, "build", "-q", "--today", "2026-01-01", "--project", project.toString());
        List<Measure> cold = new ArrayList<>();
        for (int i = 0; i < runs; i++) cold.add(timed(with(build, "--no-cache"), project));
        report("cold build (" + named(jembatan) + ", JVM start included)", cold, html);
        rebuildsFromTheCache(corpus, project, build, runs, cold);
        // What flexmark alone costs in a fresh JVM, with the compiler choices a build has: the
        // part of a cold build that no change to Jembatan's own code can take away.
        double flexmarkAlone = Double.MAX_VALUE;
        for (List<String> compiler : List.of(List.of("-XX:TieredStopAtLevel=1", "C1 only"), List.of("-XX:+TieredCompilation", "C1 and C2"))) {
            List<Measure> alone = floor(Math.min(runs, 3), jar, project, List.of(compiler.get(0), "-XX:+UseSerialGC"), MarkdownFloor.class);
            report("flexmark alone, fresh JVM, " + compiler.get(1), alone, html);
            flexmarkAlone = Math.min(flexmarkAlone, median(alone));
        }
        List<String> c1 = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        List<Measure> withJsoup = floor(Math.min(runs, 3), jar, project, c1, MarkdownFloor.class, "--jsoup");
        report("flexmark, then one jsoup parse, fresh JVM", withJsoup, html);
        // The floors of the parts a build cannot do without: another Markdown library's, and jsoup's
        // one parse and write of every page (the site the cold builds above left).
        List<Measure> commonmark = floor(Math.min(runs, 3), jar, project, c1, MarkdownFloor.class, "--commonmark");
        report("commonmark-java alone, fresh JVM, C1 only", commonmark, html);
        List<Measure> pagesAlone = floor(Math.min(runs, 3), jar, project, c1, PagesFloor.class);
        report("jsoup alone on every page of the site, fresh JVM, C1 only", pagesAlone, html);
        // The Markdown stage against the library it stands on, both warm, in MB of Markdown a second.
        System.out.println(MarkdownThroughput.measure(project, Math.min(runs, 3)).line());

        List<Measure> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            check(Build.run(project, options));
            warm.add(new Measure((System.nanoTime() - start) / 1e9, peakHeapMb()));
        }
        report("warm full build (same JVM)", warm, html);

        LiveSite live = new LiveSite(project, "http://127.0.0.1:1313/", LocalDate.of(2026, 1, 1));
        live.rebuild();
        Path edited = project.resolve(corpus.editedPage());
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        // Most saves change an article's text; a new title also reaches its translation's
        // switcher, its home page's list and its feed. Both are timed, each over at least 10 saves.
        report("preview: one article's text edited", edits(live, edited, runs, i -> original + "\nEdited " + "x".repeat(i % 3 + 1) + ".\n"), 0);
        System.out.printf(Locale.ROOT, "  (last edit re-rendered %d of %d pages)%n", live.state().rendered(), live.state().pages());
        report("preview: one article's title edited", edits(live, edited, runs, i -> corpus.retitled(original, i)), 0);
        System.out.printf(Locale.ROOT, "  (last edit re-rendered %d of %d pages)%n", live.state().rendered(), live.state().pages());
        Files.writeString(edited, original, StandardCharsets.UTF_8);

        if (onPath("hugo")) {
            Path hugo = work.resolve("hugo-" + corpus.name());
            deleteTree(hugo);
            corpus.writeHugo(hugo);
            List<Measure> theirs = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                deleteTree(hugo.resolve("public"));
                theirs.add(timed(List.of("hugo", "--quiet", "-s", hugo.toString(), "-d", hugo.resolve("public").toString()), hugo));
            }
            report("hugo (same corpus, same run)", theirs, html);
            System.out.printf(Locale.ROOT, "Cold build, Jembatan / Hugo (medians): %.2f; flexmark alone / Hugo: %.2f; flexmark and jsoup / Hugo: %.2f%n",
                    median(cold) / median(theirs), flexmarkAlone / median(theirs), median(withJsoup) / median(theirs));
            System.out.printf(Locale.ROOT, "Floors / Hugo: commonmark-java alone %.2f; jsoup alone on the pages %.2f; the two %.2f%n",
                    median(commonmark) / median(theirs), median(pagesAlone) / median(theirs), (median(commonmark) + median(pagesAlone)) / median(theirs));
            return new Size(html, median(cold), median(warm), median(theirs));
        }
        System.out.println("hugo is not on the PATH: no comparison (apt-get install hugo)");
        return new Size(html, median(cold), median(warm), 0);
    }


    /**
     * A build as an editor runs it after saving one article, from the build cache the build before
     * kept: its median against the cold build's, without the cache. Two builds come first, untimed:
     * the first keeps a cache, the second reads the pages of {@code site/} once, which later
     * builds know by their time. Each timed build starts at least two seconds after the one before
     * ended, as an editor's next save does: a page written less than two seconds before a build
     * reads it is read again by the next one too ({@code StoredRun.siteAsItIs}).
     */
    private static void rebuildsFromTheCache(BenchCorpus corpus, Path project, List<String> build, int runs, List<Measure> cold) throws Exception {
        timed(build, project);
        settled(System.nanoTime());
        timed(build, project);
        long ended = System.nanoTime();
        Path edited = project.resolve(corpus.editedPage());
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        List<Measure> rebuilds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            settled(ended);
            // A different text each time (and no digits, which the translation would then lack).
            Files.writeString(edited, original + "\nEdited " + "x".repeat(i % 3 + 1) + ".\n", StandardCharsets.UTF_8);
            rebuilds.add(timed(build, project));
            ended = System.nanoTime();
        }
        Files.writeString(edited, original, StandardCharsets.UTF_8);
        report("after one article's text edited, build cache", rebuilds, 0);
        System.out.printf(Locale.ROOT, "  (from the build cache / cold: %.3f)%n", median(rebuilds) / median(cold));
    }

    /** Waits until two seconds and a little have passed since {@code ended}, a {@link System#nanoTime}. */
    private static void settled(long ended) throws InterruptedException {
        long until = ended + 2_100_000_000L;
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) Thread.sleep(left / 1_000_000 + 1);
    }

    private static List<String> with(List<String> command, String... arguments) {
        List<String> longer = new ArrayList<>(command);
        longer.addAll(List.of(arguments));
        return longer;
    }

    /** The floor programs, and the other Markdown library's jars, which the jar under test does not hold. */
    private static String floorClasspath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> from : List.of(MarkdownFloor.class, org.commonmark.parser.Parser.class, org.commonmark.ext.gfm.tables.TablesExtension.class,
                org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.class, org.commonmark.ext.heading.anchor.HeadingAnchorExtension.class)) {
            try {
                entries.add(Path.of(from.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Saves an edited version of {@code file} and times the preview's rebuild, at least 10 times; every rebuild must succeed. */
    private static List<Measure> edits(LiveSite live, Path file, int runs, java.util.function.IntFunction<String> version) throws IOException {
        List<Measure> edits = new ArrayList<>();
        for (int i = 0; i < Math.max(runs, 10); i++) {
            Files.writeString(file, version.apply(i), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            LiveSite.State state = live.rebuild(List.of(file)); // as the preview's file watcher reports a save
            if (state.failed()) throw new IllegalStateException(state.problems().toString());
            edits.add(new Measure((System.nanoTime() - start) / 1e9, 0));
        }
        return edits;
    }

    /** One run: its wall time in seconds and the peak memory in MB (0 when unknown). */
    record Measure(double seconds, double megabytes) {
    }

    private static Measure timed(List<String> command, Path dir) throws IOException, InterruptedException {
        boolean time = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> full = new ArrayList<>();
        Path report = Files.createTempFile("bench", ".time");
        if (time) full.addAll(List.of("/usr/bin/time", "-f", "%e %M", "-o", report.toString()));
        full.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        double wall = (System.nanoTime() - start) / 1e9;
        double megabytes = 0;
        if (time) {
            String[] fields = Files.readString(report).strip().split("\\s+");
            megabytes = Double.parseDouble(fields[fields.length - 1]) / 1024;
        }
        Files.deleteIfExists(report);
        return new Measure(wall, megabytes);
    }

    private static void report(String what, List<Measure> runs, int pages) {
        double[] seconds = runs.stream().mapToDouble(Measure::seconds).sorted().toArray();
        double peak = runs.stream().mapToDouble(Measure::megabytes).max().orElse(0);
        System.out.printf(Locale.ROOT, "%-44s median %8.3f s  min %8.3f  max %8.3f  (%d runs)%s%s%n", what, median(runs), seconds[0],
                seconds[seconds.length - 1], runs.size(), pages > 0 ? String.format(Locale.ROOT, "  %7.0f pages/s", pages / median(runs)) : "",
                peak > 0 ? String.format(Locale.ROOT, "  peak %5.0f MB", peak) : "");
    }

    private static double median(List<Measure> runs) {
        double[] seconds = runs.stream().mapToDouble(Measure::seconds).sorted().toArray();
        return seconds.length % 2 == 1 ? seconds[seconds.length / 2] : (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
    }

    private static double peakHeapMb() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    private static BuildOutcome.Built check(BuildOutcome outcome) {
        if (outcome instanceof BuildOutcome.Failed failed) throw new IllegalStateException(failed.problems().subList(0, Math.min(5, failed.problems().size())).toString());
        return (BuildOutcome.Built) outcome;
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, String.valueOf(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
