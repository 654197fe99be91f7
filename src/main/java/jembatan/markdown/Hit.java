package jembatan.markdown;

import java.util.List;

/**
 * What one of the readers found in a text: where ({@code start}, {@code end}) and the values it
 * stands for ({@code 23–25 Mei} stands for two days). An empty list marks text that holds digits
 * but states no number (a time of day, a version, an address), so that no other reader takes it.
 */
record Hit(int start, int end, List<String> values) {
    Hit {
        values = List.copyOf(values);
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }
}
