package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A stage's work over all cores: the results in the input's order, the largest pieces taken first, a failure passed on. */
class AllCoresTest {
    @Test
    void theResultsComeInTheOrderOfTheInputWhateverTookLongest() {
        Random random = new Random(7);
        List<Integer> sizes = IntStream.range(0, 500).mapToObj(i -> random.nextInt(2_000)).toList();
        List<String> made = AllCores.map(sizes, size -> size, size -> {
            busy(size);
            return "piece " + size;
        });
        assertEquals(sizes.stream().map(size -> "piece " + size).toList(), made);
    }

    @Test
    void theLargestPiecesAreTakenFirst() {
        List<Integer> sizes = new ArrayList<>(IntStream.range(0, 200).boxed().toList());
        Collections.shuffle(sizes, new Random(3));
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        AllCores.map(sizes, size -> size, size -> {
            started.add(size);
            return size;
        });
        int cores = Runtime.getRuntime().availableProcessors();
        // Each core takes its first piece from the top of the order; which of them starts first is the cores' race.
        assertTrue(started.get(0) >= 200 - cores, "the first piece started is one of the " + cores + " largest: " + started.subList(0, 5));
        assertEquals(199, started.stream().limit(cores).mapToInt(Integer::intValue).max().orElseThrow());
    }

    @Test
    void aPieceThatFailsFailsTheStageAndTheOthersStopTakingMore() {
        AtomicInteger done = new AtomicInteger();
        List<Integer> sizes = IntStream.range(0, 10_000).boxed().toList();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> AllCores.map(sizes, size -> size, size -> {
            if (size == 9_000) throw new IllegalStateException("piece 9000");
            busy(50);
            return done.incrementAndGet();
        }));
        assertEquals("piece 9000", failure.getMessage());
        assertTrue(done.get() < 9_000, "the stage stopped early: " + done.get() + " pieces made");
    }

    /** Work that takes about {@code units} small steps. */
    private static void busy(int units) {
        double x = 0;
        for (int i = 0; i < units * 20; i++) x += Math.sqrt(i);
        if (x < 0) throw new AssertionError();
    }
}
