package jembatan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import jembatan.pipeline.Progress;

/**
 * The wall time of each stage of a build, for {@code build --timings}: where a slow build spends
 * its time, in the stages an editor or developer can act on (content, Markdown, pages, writing).
 * It passes page progress on to the progress it wraps.
 */
final class StageTimes implements Progress {
    private record Stage(String name, long start) {
    }

    private final Progress shown;
    private final LongSupplier clock;
    private final long start;
    private final List<Stage> stages = new ArrayList<>();

    StageTimes(Progress shown, LongSupplier clock, long start) {
        this.shown = shown;
        this.clock = clock;
        this.start = start;
    }

    @Override
    public void pages(int done, int total) {
        shown.pages(done, total);
    }

    @Override
    public synchronized void stage(String name) {
        stages.add(new Stage(name, clock.getAsLong()));
        shown.stage(name);
    }

    /** Prints one line per stage: its milliseconds and its share of the whole, which ends now. */
    synchronized void print(PrintWriter out) {
        long end = clock.getAsLong();
        long total = Math.max(1, end - start);
        for (int i = 0; i < stages.size(); i++) {
            long until = i + 1 < stages.size() ? stages.get(i + 1).start() : end;
            long nanos = until - stages.get(i).start();
            out.printf(Locale.ROOT, "  %-20s %7d ms %4.0f%%%n", stages.get(i).name(), nanos / 1_000_000, 100.0 * nanos / total);
        }
        out.printf(Locale.ROOT, "  %-20s %7d ms%n", "total", total / 1_000_000);
    }
}
