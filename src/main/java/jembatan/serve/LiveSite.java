package jembatan.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jembatan.build.Build;
import jembatan.build.BuildOptions;
import jembatan.build.BuildOutcome;
import jembatan.html.BuiltSite;
import jembatan.report.Problem;

/**
 * The site as the preview shows it: the project built in memory with everything not yet
 * published, rebuilt on demand, never written to {@code site/}. It keeps the last good site and
 * the problems of the last build, and tells its listeners after each rebuild, so the server can
 * reload the browser and the terminal can print what went wrong.
 */
public final class LiveSite {

    /**
     * What the preview shows now: the last good site, and the problems of the last build: its
     * errors and warnings if it failed, its warnings if it did not.
     */
    public record State(BuiltSite site, List<Problem> problems, long millis, int pages, int rendered, int generation) {
        public boolean failed() {
            return problems.stream().anyMatch(problem -> !problem.isWarning());
        }
    }

    private final Path projectRoot;
    private final Build build;
    private final BuildOptions options;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State(new BuiltSite(new java.util.TreeMap<>()), List.of(), 0, 0, 0, 0);

    public LiveSite(Path projectRoot, String baseUrl, LocalDate today) {
        this.projectRoot = projectRoot.toAbsolutePath();
        this.build = new Build(projectRoot);
        this.options = BuildOptions.preview(baseUrl, today);
    }

    public State state() {
        return state;
    }

    public void onRebuild(Consumer<State> listener) {
        listeners.add(listener);
    }

    /** Builds the site again (re-rendering only what changed) and tells the listeners. */
    public State rebuild() {
        return rebuild(null);
    }

    /**
     * Builds the site again after {@code saved} changed (paths in the project; {@code null} when
     * unknown), so that a save of one article costs the pages it reaches, and tells the listeners.
     */
    public synchronized State rebuild(java.util.Collection<Path> saved) {
        long start = System.nanoTime();
        java.util.Set<String> files = null;
        if (saved != null) {
            files = new java.util.TreeSet<>();
            for (Path path : saved) {
                Path absolute = path.toAbsolutePath().normalize();
                if (!absolute.startsWith(projectRoot)) {
                    files = null;
                    break;
                }
                files.add(projectRoot.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'));
            }
        }
        BuildOutcome outcome = files == null ? build.run(options) : build.run(options, files);
        long millis = (System.nanoTime() - start) / 1_000_000;
        State previous = state;
        if (outcome instanceof BuildOutcome.Built built) {
            state = new State(built.site(), built.warnings(), millis, built.pages(), built.rendered(), previous.generation() + 1);
        } else {
            state = new State(previous.site(), ((BuildOutcome.Failed) outcome).problems(), millis, previous.pages(), 0, previous.generation() + 1);
        }
        for (Consumer<State> listener : listeners) listener.accept(state);
        return state;
    }
}
