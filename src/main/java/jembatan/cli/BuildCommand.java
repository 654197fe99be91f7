package jembatan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildCache;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.pipeline.CacheFile;
import jembatan.pipeline.Progress;
import jembatan.pipeline.Warmup;
import jembatan.output.SiteLock;
import jembatan.output.SiteWriter;
import jembatan.output.WriteFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jembatan build}: builds the project and replaces {@code site/} with the result, or
 * reports every problem and leaves {@code site/} exactly as it was. One build at a time: it holds
 * the project's {@link SiteLock} from before it reads the project until the site is written, so
 * a second build waits for the first (saying so) and then builds what the project holds by then.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into site/. On any problem, print them all and leave site/ as it was.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BuildSetup setup;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing when the build succeeds, except warnings.")
    boolean quiet;

    @Option(names = "--timings", description = "After the build, print how long each stage took (to standard error).")
    boolean timings;

    @Option(names = "--no-cache", description = "Build everything, without reading or writing the build cache (.site.staging/cache).")
    boolean noCache;

    @Override
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path site = setup.folder().resolve("site");
        try (SiteLock lock = SiteLock.acquire(site, waitingFor(err))) {
            SiteWriter writer = new SiteWriter(site);
            // A build killed between the renames of its swap left site/ aside: this build puts it back, built or not.
            writer.recover();
            return build(writer, site);
        } catch (SiteLock.Busy busy) {
            err.println("jembatan build: another build of this project" + who(busy.holder()) + " is still running after "
                    + spoken(patienceSeconds()) + "; wait for it to end, or stop it, then build again.");
            return Main.PROBLEMS;
        } catch (IOException e) {
            // The disk, not the content: full, read-only, or not ours to write. One sentence, and site/ as it was.
            ProblemPrinter.print(List.of(WriteFailure.problemOf(e, setup.folder())), false, err);
            err.println("The site was not built; site/ is unchanged.");
            return Main.PROBLEMS;
        }
    }

    private int build(SiteWriter writer, Path site) throws IOException {
        long start = System.nanoTime();
        // A relaunched build starts from the class-data archive, where warming the libraries on the
        // other core costs more than it saves (about 0.1 s on the real site, measured).
        if (System.getProperty(Relaunch.RELAUNCHED) == null) Warmup.start();
        Progress shown = TerminalProgress.forThisTerminal(spec.commandLine().getErr(), System.console() != null, System.getenv());
        StageTimes times = new StageTimes(shown, System::nanoTime, start);
        BuildOptions buildOptions = setup.buildOptions();
        CacheFile cache = new CacheFile(setup.folder(), site, SiteWriter.cacheFileOf(site));
        Build.Result result;
        if (noCache) {
            result = Build.run(setup.folder(), buildOptions, times, BuildCache.EMPTY, Optional.empty());
        } else {
            CacheFile.Run run = cache.build(buildOptions, times);
            run.ignored().ifPresent(spec.commandLine().getErr()::println);
            result = run.result();
        }
        BuildOutcome outcome = result.outcome();
        if (shown instanceof TerminalProgress terminal) terminal.finish();
        if (outcome instanceof BuildOutcome.Failed failed) {
            ProblemPrinter.print(failed.problems(), setup.verbose(), spec.commandLine().getErr());
            spec.commandLine().getErr().println("The site was not built; site/ is unchanged.");
            return Main.PROBLEMS;
        }
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        times.stage("write");
        // The cache is written while the site is, and takes its place only once the site has taken its own.
        Optional<CacheFile.Saving> saving = noCache ? Optional.empty() : Optional.of(cache.saveBeside(result.cache()));
        SiteWriter.Written written;
        try {
            written = writer.write(built.site());
        } catch (IOException e) {
            try {
                if (saving.isPresent()) saving.get().drop();
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        if (saving.isPresent()) keep(saving.get(), times);
        if (timings) times.print(spec.commandLine().getErr());
        // Warnings are printed even with --quiet: they say what the build changed in an editor's text.
        ProblemPrinter.printWarnings(built.warnings(), spec.commandLine().getErr());
        if (!quiet) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("Built %d pages (%d files, %d written) in %d ms into %s%n",
                    built.pages(), built.site().entries().size(), written.written(), millis, site.toAbsolutePath().normalize());
        }
        return 0;
    }

    /** Keeps the cache for the next build; the site is written by then, so a cache that cannot be kept is one line, not a failure. */
    private void keep(CacheFile.Saving saving, StageTimes times) {
        times.stage("keep cache");
        try {
            saving.keep();
        } catch (IOException e) {
            spec.commandLine().getErr().println("The site is built, but its build cache could not be kept (" + e.getClass().getSimpleName() + "); the next build starts from the last one.");
        }
    }

    /**
     * How long a build waits for another build of the same project: long enough for a large site's
     * cold build, short enough that a build stuck elsewhere does not hold a script for ever.
     * {@code -Djembatan.lock.wait=SECONDS} changes it.
     */
    static long patienceSeconds() {
        String given = System.getProperty(LOCK_WAIT, "");
        return given.matches("\\d{1,6}") ? Long.parseLong(given) : DEFAULT_PATIENCE_SECONDS;
    }

    static final String LOCK_WAIT = "jembatan.lock.wait";
    static final long DEFAULT_PATIENCE_SECONDS = 300;

    /** Says once that this build waits, naming the other (once its pid is known, or after a second), and gives up after the patience. */
    private static SiteLock.Patience waitingFor(PrintWriter err) {
        long[] first = {0};
        boolean[] told = {false};
        long patience = patienceSeconds() * 1_000_000_000L;
        return holder -> {
            long now = System.nanoTime();
            if (first[0] == 0) first[0] = now;
            if (!told[0] && (holder > 0 || now - first[0] > 1_000_000_000L)) {
                told[0] = true;
                err.println("Another build of this project is running" + who(holder) + "; waiting for it to finish (at most " + spoken(patienceSeconds()) + ").");
                err.flush();
            }
            return now - first[0] < patience;
        };
    }

    /** {@code 300} as "5 minutes", {@code 1} as "1 second". */
    static String spoken(long seconds) {
        if (seconds >= 60 && seconds % 60 == 0) return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    private static String who(long holder) {
        return holder > 0 ? " (process " + holder + ")" : "";
    }
}
