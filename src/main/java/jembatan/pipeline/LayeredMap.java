package jembatan.pipeline;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A map that never changes once made; {@link #with} makes its successor, which shares this one's
 * entries. The successor is a small map of what changed laid over the large map both share, and
 * the two are folded into one when the changes grow to a fraction of the whole. So a save that
 * changes a few of a large site's results costs as many entries, not the site's size, and every
 * run's results stay as that run left them. Values are never null.
 */
final class LayeredMap<K, V> {
    private static final LayeredMap<?, ?> EMPTY = new LayeredMap<>(Map.of(), Map.of(), 0);

    /** Shared with the maps made from this one; never changed. */
    private final Map<K, V> base;
    /** What changed since {@code base}: an empty value is an entry removed. Never changed once made. */
    private final Map<K, Optional<V>> top;
    private final int size;

    private LayeredMap(Map<K, V> base, Map<K, Optional<V>> top, int size) {
        this.base = base;
        this.top = top;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <K, V> LayeredMap<K, V> empty() {
        return (LayeredMap<K, V>) EMPTY;
    }

    /** A map of {@code entries}, copied. */
    static <K, V> LayeredMap<K, V> of(Map<K, V> entries) {
        return new LayeredMap<>(new HashMap<>(entries), Map.of(), entries.size());
    }

    /** A map over {@code base}, not copied: a view of stored results ({@link StoredResults}), which no one changes. */
    static <K, V> LayeredMap<K, V> over(Map<K, V> base) {
        return new LayeredMap<>(base, Map.of(), base.size());
    }

    /** The map this one lies over: what a writer may copy as it was stored, for the keys not {@link #changedKeys changed}. */
    Map<K, V> base() {
        return base;
    }

    /** The keys put or removed since {@link #base}. */
    Set<K> changedKeys() {
        return top.keySet();
    }

    /** The value for {@code key}, or null when there is none, as {@link Map#get}. */
    @Nullable V get(Object key) {
        if (top.isEmpty()) return base.get(key);
        Optional<V> changed = top.get(key);
        if (changed != null) return changed.orElse(null);
        return base.get(key);
    }

    int size() {
        return size;
    }

    /** This map without {@code removed}, then with {@code put}; this map stays as it is. */
    LayeredMap<K, V> with(Map<K, V> put, Collection<K> removed) {
        if (put.isEmpty() && removed.isEmpty()) return this;
        Map<K, Optional<V>> top = new HashMap<>(this.top);
        int size = this.size;
        for (K key : removed) {
            if (get(key) != null) size--;
            // A key the base lacks needs no mark that it is gone.
            if (base.containsKey(key)) top.put(key, Optional.empty());
            else top.remove(key);
        }
        for (Map.Entry<K, V> entry : put.entrySet()) {
            Optional<V> changed = top.get(entry.getKey());
            boolean present = changed != null ? changed.isPresent() : base.containsKey(entry.getKey());
            if (!present) size++;
            top.put(entry.getKey(), Optional.of(entry.getValue()));
        }
        // Each successor copies the changes, so they are folded in before they cost what a copy of the whole does.
        if (top.size() <= 64 + base.size() / 32) return new LayeredMap<>(base, top, size);
        Map<K, V> folded = new HashMap<>(base);
        top.forEach((key, value) -> value.ifPresentOrElse(present -> folded.put(key, present), () -> folded.remove(key)));
        return new LayeredMap<>(folded, Map.of(), folded.size());
    }

    void forEach(BiConsumer<? super K, ? super V> action) {
        base.forEach((key, value) -> {
            if (!top.containsKey(key)) action.accept(key, value);
        });
        top.forEach((key, value) -> value.ifPresent(present -> action.accept(key, present)));
    }

    /**
     * A map to read this one through that keeps what is put in it to itself: for a check that
     * remembers what it worked out while it runs, and is thrown away after.
     */
    Map<K, V> draft() {
        Map<K, V> added = new HashMap<>();
        return new AbstractMap<>() {
            @Override
            public @Nullable V get(Object key) {
                V value = added.get(key);
                return value != null ? value : LayeredMap.this.get(key);
            }

            @Override
            public boolean containsKey(Object key) {
                return get(key) != null;
            }

            @Override
            public @Nullable V put(K key, V value) {
                V before = get(key);
                added.put(key, value);
                return before;
            }

            @Override
            public Set<Map.Entry<K, V>> entrySet() {
                Map<K, V> all = new HashMap<>();
                LayeredMap.this.forEach(all::put);
                all.putAll(added);
                return all.entrySet();
            }
        };
    }
}
