package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A map that never changes: each successor holds its own entries, whatever is made from it later. */
class LayeredMapTest {
    @Test
    void aSuccessorLeavesItsPredecessorAsItWas() {
        LayeredMap<String, Integer> first = LayeredMap.of(Map.of("a", 1, "b", 2));
        LayeredMap<String, Integer> second = first.with(Map.of("a", 10, "c", 3), List.of("b"));
        assertEquals(Map.of("a", 1, "b", 2), contents(first));
        assertEquals(Map.of("a", 10, "c", 3), contents(second));
        assertEquals(2, second.size());
        assertNull(second.get("b"));
        LayeredMap<String, Integer> third = second.with(Map.of("b", 4), List.of("c", "nowhere"));
        assertEquals(Map.of("a", 10, "b", 4), contents(third));
        assertEquals(Map.of("a", 10, "c", 3), contents(second));
    }

    @Test
    void manySuccessorsAgreeWithAPlainMapThroughEveryFold() {
        Random random = new Random(7);
        Map<Integer, Integer> plain = new HashMap<>();
        for (int i = 0; i < 500; i++) plain.put(i, i);
        LayeredMap<Integer, Integer> layered = LayeredMap.of(plain);
        List<Map<Integer, Integer>> expected = new java.util.ArrayList<>();
        List<LayeredMap<Integer, Integer>> kept = new java.util.ArrayList<>();
        for (int step = 0; step < 2000; step++) {
            int key = random.nextInt(700);
            if (random.nextInt(4) == 0) {
                plain.remove(key);
                layered = layered.with(Map.of(), List.of(key));
            } else {
                plain.put(key, step);
                layered = layered.with(Map.of(key, step), List.of());
            }
            if (step % 100 == 0) {
                expected.add(new HashMap<>(plain));
                kept.add(layered);
            }
        }
        assertEquals(plain, contents(layered));
        assertEquals(plain.size(), layered.size());
        for (int i = 0; i < kept.size(); i++) assertEquals(expected.get(i), contents(kept.get(i)), "version " + i);
    }

    @Test
    void aDraftKeepsWhatIsPutInItToItself() {
        LayeredMap<String, Integer> map = LayeredMap.of(Map.of("a", 1));
        Map<String, Integer> draft = map.draft();
        assertEquals(2, draft.computeIfAbsent("b", k -> 2));
        assertEquals(Map.of("a", 1, "b", 2), Map.copyOf(draft));
        assertNull(map.get("b"));
    }

    private static <K, V> Map<K, V> contents(LayeredMap<K, V> map) {
        Map<K, V> all = new HashMap<>();
        map.forEach(all::put);
        return all;
    }
}
