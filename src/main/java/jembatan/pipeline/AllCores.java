package jembatan.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One stage's work over all cores: each piece is taken by whichever core is free, the largest
 * first, and the results come back in the order of the input, so that the output never depends
 * on which core made what. A parallel stream would split the list into a few runs in its order
 * (four per thread of the common pool), and a folder of long pages then kept one core busy while
 * the other waited at the end of the stage: the documentation corpus's build used 1.26 of its 2
 * cores. Taking the largest first (the longest-processing-time rule) leaves only short pieces for
 * the end, where they even out.
 */
final class AllCores {
    private AllCores() {
    }

    /** {@code work} applied to each of {@code items}, {@code size} telling which cost most; in the order of {@code items}. */
    static <T, R> List<R> map(List<T> items, ToLongFunction<? super T> size, Function<? super T, ? extends R> work) {
        int count = items.size();
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) sizes[i] = size.applyAsLong(items.get(i));
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> sizes[i]).reversed());

        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int taken = next.getAndIncrement(); taken < count; taken = next.getAndIncrement()) {
                    int at = order[taken];
                    results[at] = work.apply(items.get(at));
                }
            } catch (RuntimeException | Error e) {
                // The first failure is the stage's; the other cores stop taking pieces.
                failed.compareAndSet(null, e);
                next.set(count);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        int cores = Math.min(count, Runtime.getRuntime().availableProcessors());
        for (int i = 1; i < cores; i++) helpers.add(ForkJoinPool.commonPool().submit(worker));
        worker.run();
        for (ForkJoinTask<?> helper : helpers) helper.join();
        Throwable failure = failed.get();
        if (failure instanceof RuntimeException runtime) throw runtime;
        if (failure instanceof Error error) throw error;
        @SuppressWarnings("unchecked")
        List<R> made = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return made;
    }
}
