package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import jembatan.pipeline.Progress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    long now;

    @Test
    void aShortBuildPrintsNoProgress() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), () -> now);
        now = 900_000_000L;
        progress.pages(7, 7);
        progress.finish();
        assertEquals("", err.toString());
    }

    @Test
    void aLongBuildRedrawsOneLineAtMostTenTimesASecondAndClearsIt() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), () -> now);
        now = 1_200_000_000L;
        progress.pages(100, 1000);
        now += 50_000_000L;
        progress.pages(150, 1000);
        now += 60_000_000L;
        progress.pages(200, 1000);
        progress.pages(1000, 1000);
        progress.finish();
        assertEquals("\rRendering pages: 100/1000\rRendering pages: 200/1000\rRendering pages: 1000/1000\r" + " ".repeat(40) + "\r", err.toString());
    }

    @Test
    void noProgressInCiLogsNorWithoutATerminal() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertSame(Progress.NONE, TerminalProgress.forThisTerminal(err, true, Map.of("CI", "true")));
        assertSame(Progress.NONE, TerminalProgress.forThisTerminal(err, false, Map.of()));
        assertInstanceOf(TerminalProgress.class, TerminalProgress.forThisTerminal(err, true, Map.of()));
    }
}
