package jembatan.cli;

import java.io.PrintWriter;
import java.util.List;
import jembatan.report.Problem;
import jembatan.report.ProblemReport;

/**
 * Prints problems as editors' tools read them, one mistake per line ({@code file:line: what; how
 * to fix}, warnings as {@code file:line: warning: what; how to fix}), then a count, so that an
 * editor sees every mistake of a build at once. What only follows from a mistake is folded under
 * it as one indented line ({@code and 6 problems that follow from it}); {@code --verbose} lists
 * them, indented, so that an editor's tool does not take them for mistakes of their own.
 */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    /** Every mistake of a failed build, then {@code 2 problems.}, {@code 2 problems, 1 warning.} or {@code 1 problem, and 6 that follow from it.} */
    static void print(List<Problem> problems, boolean verbose, PrintWriter err) {
        ProblemReport report = ProblemReport.of(problems);
        for (ProblemReport.Cause cause : report.mistakes()) {
            err.println(cause.problem());
            int following = cause.following().size();
            if (following == 0) continue;
            if (verbose) {
                for (Problem problem : cause.following()) err.println("    follows from it: " + problem);
            } else {
                err.println("    and " + (following == 1 ? "1 problem that follows" : following + " problems that follow")
                        + " from it (--verbose lists them)");
            }
        }
        for (Problem warning : report.warnings()) err.println(warning);
        int errors = report.mistakes().size();
        int following = report.followingCount();
        err.println((errors == 1 ? "1 problem" : errors + " problems")
                + (following == 0 ? "" : ", and " + following + " that follow from " + (errors == 1 ? "it" : "them"))
                + (report.warnings().isEmpty() ? "" : ", " + count(report.warnings().size())) + ".");
        err.flush();
    }

    /** The warnings of a successful build, then {@code 1 warning.}; nothing when there are none. */
    static void printWarnings(List<Problem> warnings, PrintWriter err) {
        if (warnings.isEmpty()) return;
        for (Problem warning : warnings) err.println(warning);
        err.println(count(warnings.size()) + ".");
        err.flush();
    }

    private static String count(long warnings) {
        return warnings == 1 ? "1 warning" : warnings + " warnings";
    }
}
