package jembatan.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake in a project, found where an editor or designer can fix it: the file (relative to
 * the project, with forward slashes), the line and column (1-based; 0 when unknown), what is
 * wrong and how to fix it. A problem is a value, not an exception: a build collects every
 * problem it finds so that an editor sees them all at once.
 */
public record Problem(String file, int line, int column, String message, String hint) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** A problem at a line of a file, with the fix to suggest. */
    public static Problem at(String file, int line, String message, String hint) {
        return new Problem(file, line, 0, message, hint);
    }

    /** A problem with a file as a whole, such as a missing translation. */
    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    /** The place as editors' tools print it: {@code file}, {@code file:line} or {@code file:line:column}. */
    public String location() {
        if (line <= 0) return file;
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** The line an editor reads: {@code content/en/a.md:3: unknown key "titel"; did you mean "title"?} */
    @Override
    public String toString() {
        return location() + ": " + message + (hint.isEmpty() ? "" : "; " + hint);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
