package jembatan.hugo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jembatan.report.Problem;

/**
 * What an import did, for the report at its end: how many of each kind of thing were converted,
 * how many were left out, and each one left out (or needing an editor's eye) as a
 * {@link Problem} at its SOURCE file and line, {@code file:line: what; how to fix}. Filled as the
 * import goes; {@link #notes()} sorts by file and line, so the report is the same whatever order
 * the pages were read in.
 */
final class ImportReport {
    private final Map<String, Integer> converted = new TreeMap<>();
    private final Map<String, Integer> dropped = new TreeMap<>();
    private final List<Problem> notes = new ArrayList<>();

    void converted(String kind) {
        converted.merge(kind, 1, Integer::sum);
    }

    /** Something left out or changed that an editor should know of, at its place in SOURCE. */
    void dropped(String kind, String file, int line, String what, String fix) {
        dropped.merge(kind, 1, Integer::sum);
        notes.add(Problem.at(file, line, what, fix));
    }

    Map<String, Integer> convertedCounts() {
        return Collections.unmodifiableMap(converted);
    }

    Map<String, Integer> droppedCounts() {
        return Collections.unmodifiableMap(dropped);
    }

    List<Problem> notes() {
        return notes.stream().sorted().toList();
    }
}
