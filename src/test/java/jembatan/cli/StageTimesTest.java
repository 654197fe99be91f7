package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import jembatan.pipeline.Progress;
import org.junit.jupiter.api.Test;

class StageTimesTest {
    @Test
    void eachStageLastsUntilTheNextOneAndTheLastUntilPrinting() {
        long[] now = {0};
        List<String> passedOn = new ArrayList<>();
        StageTimes times = new StageTimes(new Progress() {
            @Override
            public void pages(int done, int total) {
                passedOn.add(done + "/" + total);
            }

            @Override
            public void stage(String name) {
                passedOn.add(name);
            }
        }, () -> now[0], 0);
        now[0] = 10_000_000;
        times.stage("markdown");
        now[0] = 40_000_000;
        times.stage("pages");
        times.pages(1, 2);
        now[0] = 100_000_000;
        StringWriter out = new StringWriter();
        times.print(new PrintWriter(out, true));

        assertEquals(List.of("markdown", "pages", "1/2"), passedOn);
        assertEquals("""
                  markdown                  30 ms   30%
                  pages                     60 ms   60%
                  total                    100 ms
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }
}
