package jembatan.cli;

import java.io.PrintWriter;
import java.util.List;
import jembatan.report.Problem;

/**
 * Prints problems as editors' tools read them, one per line ({@code file:line: what; how to fix},
 * warnings as {@code file:line: warning: what; how to fix}), errors first, then a count, so that
 * an editor sees every mistake of a build at once.
 */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    /** Every problem of a failed build, then {@code 2 problems.} or {@code 2 problems, 1 warning.} */
    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) err.println(problem);
        long warnings = problems.stream().filter(Problem::isWarning).count();
        long errors = problems.size() - warnings;
        err.println((errors == 1 ? "1 problem" : errors + " problems") + (warnings == 0 ? "" : ", " + count(warnings)) + ".");
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
