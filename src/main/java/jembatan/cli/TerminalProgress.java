package jembatan.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.LongSupplier;
import jembatan.pipeline.Progress;

/**
 * Shows a long build's progress on one terminal line ("Rendering pages: 1200/10000"), redrawn
 * in place: only on a terminal, never in a CI log, and only once a build has taken a second,
 * so short builds print nothing but their result.
 */
final class TerminalProgress implements Progress {
    static final long QUIET_NANOS = 1_000_000_000L;
    static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private boolean shown;

    TerminalProgress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDrawn = start;
    }

    /** Progress for this process: on a terminal and outside CI, shown; otherwise, none. */
    static Progress forThisTerminal(PrintWriter err, boolean terminal, Map<String, String> environment) {
        boolean ci = environment.containsKey("CI") || environment.containsKey("GITHUB_ACTIONS");
        return terminal && !ci ? new TerminalProgress(err, System::nanoTime) : Progress.NONE;
    }

    @Override
    public synchronized void pages(int done, int total) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS || (now - lastDrawn < REDRAW_NANOS && done < total)) return;
        lastDrawn = now;
        shown = true;
        err.print("\rRendering pages: " + done + "/" + total);
        err.flush();
    }

    /** Clears the progress line, if one was drawn, before the result is printed. */
    synchronized void finish() {
        if (!shown) return;
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
    }
}
