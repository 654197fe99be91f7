package jembatan.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mistake in a project, found where an editor or designer can fix it: the file (relative to
 * the project, with forward slashes), the line and column (1-based; 0 when unknown), what is
 * wrong and how to fix it, and how grave it is. A problem is a value, not an exception: a build
 * collects every problem it finds so that an editor sees them all at once. An {@link Severity#ERROR}
 * stops the build; a {@link Severity#WARNING} is something the build did in the editor's place
 * (HTML it removed, math it left as typed) and is reported without stopping it.
 *
 * <p>{@code followsFrom} names the files (or one place in a file, as {@link #location()} writes
 * it) whose own mistakes would explain this one (a number
 * missing from a translation follows from a front matter key misspelt in the other version): when
 * one of them has a mistake, {@link ProblemReport} folds this problem under it, so that the
 * editor reads the cause and not its echoes.
 */
public record Problem(String file, int line, int column, String message, String hint, Severity severity, List<String> followsFrom)
        implements Comparable<Problem> {

    /** Whether a problem stops the build. */
    public enum Severity { ERROR, WARNING }

    // Errors come first, so that a list of both reads the blocking ones first.
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** A problem; a {@code hint} that is absent or empty is no hint (the line ends at the message). */
    public Problem(String file, int line, int column, String message, @Nullable String hint, Severity severity,
            List<String> followsFrom) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.message = Objects.requireNonNull(message, "message");
        this.hint = Objects.requireNonNullElse(hint, "");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.followsFrom = List.copyOf(followsFrom);
    }

    public Problem(String file, int line, int column, String message, @Nullable String hint, Severity severity) {
        this(file, line, column, message, hint, severity, List.of());
    }

    /** An error. */
    public Problem(String file, int line, int column, String message, @Nullable String hint) {
        this(file, line, column, message, hint, Severity.ERROR);
    }

    /** A problem at a line of a file, with the fix to suggest. */
    public static Problem at(String file, int line, String message, @Nullable String hint) {
        return new Problem(file, line, 0, message, hint);
    }

    /** A warning at a line of a file: reported, but the build goes on. */
    public static Problem warningAt(String file, int line, String message, @Nullable String hint) {
        return new Problem(file, line, 0, message, hint, Severity.WARNING);
    }

    /** A problem with a file as a whole, such as a missing translation. */
    public static Problem inFile(String file, String message, @Nullable String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    /** This problem, as one that a mistake in any of {@code files} would explain. */
    public Problem followingFrom(Collection<String> files) {
        List<String> all = new ArrayList<>(followsFrom);
        files.stream().filter(f -> !all.contains(f)).forEach(all::add);
        return new Problem(file, line, column, message, hint, severity, all);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** The place as editors' tools print it: {@code file}, {@code file:line} or {@code file:line:column}. */
    public String location() {
        if (line <= 0) return file;
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /**
     * The line an editor reads: {@code content/en/a.md:3: unknown key "titel"; did you mean "title"?},
     * or for a warning {@code content/en/a.md:9: warning: <iframe> was removed; ...}, the form
     * compilers use, so that editors' tools can tell the two apart.
     */
    @Override
    public String toString() {
        return location() + ": " + (isWarning() ? "warning: " : "") + message + (hint.isEmpty() ? "" : "; " + hint);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
