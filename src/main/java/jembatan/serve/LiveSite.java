package jembatan.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildCache;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.html.BuiltSite;
import jembatan.report.Problem;

/**
 * The site as the preview shows it: the project built in memory with everything not yet
 * published, rebuilt on demand, never written to {@code site/}. It keeps the last good site and
 * the problems of the last build, and tells its listeners after each rebuild, so the server can
 * reload the browser and the terminal can print what went wrong.
 *
 * <p>It holds the {@link BuildCache} of the last good run and gives it to the next, with the
 * files saved since that run: those of this save and of any that failed since, so that a run
 * after a failed one still reads every file the failure left unread.
 */
public final class LiveSite {

    /**
     * What the preview shows now: the last good site, and the problems of the last build: its
     * errors and warnings if it failed, its warnings if it did not; and the interface strings
     * the preview's own pages speak in.
     */
    public record State(BuiltSite site, List<Problem> problems, long millis, int pages, int rendered, int generation, PageLanguages languages) {
        public boolean failed() {
            return problems.stream().anyMatch(problem -> !problem.isWarning());
        }
    }

    private final Path projectRoot;
    private final BuildOptions options;
    private BuildCache cache = BuildCache.EMPTY;
    /** The files saved since the cache's run; empty when not known (a rebuild not told what was saved, since). */
    private Optional<Set<String>> savedSince = Optional.of(Set.of());
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State(BuiltSite.of(java.util.Map.of()), List.of(), 0, 0, 0, 0, PageLanguages.NONE);

    /** How a rebuild runs the build: {@link Build#run}, or in a test, a build that fails as a bug would. */
    interface Runs {
        Build.Result run(Path projectRoot, BuildOptions options, BuildCache cache, Optional<Set<String>> saved);
    }

    private final Runs runs;

    public LiveSite(Path projectRoot, String baseUrl, LocalDate today) {
        this(projectRoot, baseUrl, today, Build::run);
    }

    LiveSite(Path projectRoot, String baseUrl, LocalDate today, Runs runs) {
        this.projectRoot = projectRoot.toAbsolutePath();
        this.options = BuildOptions.preview(baseUrl, today);
        this.runs = runs;
    }

    public State state() {
        return state;
    }

    public void onRebuild(Consumer<State> listener) {
        listeners.add(listener);
    }

    /** Builds the site again (re-rendering only what changed) and tells the listeners. */
    public State rebuild() {
        return rebuild(Optional.empty());
    }

    /** Builds the site again after {@code saved} changed (paths in the project), so that a save of one article costs the pages it reaches. */
    public State rebuild(Collection<Path> saved) {
        return rebuild(Optional.of(saved));
    }

    /**
     * Builds the site again after {@code saved} changed (none when not known: the file system lost
     * count), and tells the listeners.
     */
    public synchronized State rebuild(Optional<? extends Collection<Path>> saved) {
        long start = System.nanoTime();
        Optional<Set<String>> since = savedSince.flatMap(before -> saved.flatMap(this::inProject).map(files -> {
            Set<String> all = new TreeSet<>(before);
            all.addAll(files);
            return all;
        }));
        Build.Result result;
        try {
            result = runs.run(projectRoot, options, cache, since);
        } catch (RuntimeException | StackOverflowError bug) {
            // A bug in Jembatan must not leave the browser on the old page and the terminal silent:
            // it is shown like an editor's mistake, and the next save starts from the last good run.
            result = new Build.Result(new BuildOutcome.Failed(List.of(internalError(bug))), cache);
        }
        BuildOutcome outcome = result.outcome();
        long millis = (System.nanoTime() - start) / 1_000_000;
        State previous = state;
        cache = result.cache();
        savedSince = outcome instanceof BuildOutcome.Built ? Optional.of(Set.of()) : since;
        // Read on every rebuild (three small files), so a renamed language or a new string shows at once.
        PageLanguages languages = PageLanguages.load(projectRoot, previous.languages());
        if (outcome instanceof BuildOutcome.Built built) {
            state = new State(built.site(), built.warnings(), millis, built.pages(), built.rendered(), previous.generation() + 1, languages);
        } else {
            state = new State(previous.site(), ((BuildOutcome.Failed) outcome).problems(), millis, previous.pages(), 0, previous.generation() + 1, languages);
        }
        for (Consumer<State> listener : listeners) listener.accept(state);
        return state;
    }

    /** A rebuild that threw, as the preview shows it: what was thrown and what the editor can do. */
    static Problem internalError(Throwable bug) {
        String what = bug.getClass().getSimpleName() + (bug.getMessage() == null ? "" : ": " + bug.getMessage());
        return Problem.at("jembatan", 0, "an internal error stopped this rebuild (" + (what.length() > 200 ? what.substring(0, 200) + "…" : what) + ")",
                "this is a bug in Jembatan, not in your files: please report it with the change you saved; undo that change to go on previewing");
    }

    /** The saved files as the build names them (relative to the project); empty when one is outside it. */
    private Optional<Set<String>> inProject(Collection<Path> saved) {
        Set<String> files = new TreeSet<>();
        for (Path path : saved) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(projectRoot)) return Optional.empty();
            files.add(projectRoot.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'));
        }
        return Optional.of(files);
    }
}
