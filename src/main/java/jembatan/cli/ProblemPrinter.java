package jembatan.cli;

import java.io.PrintWriter;
import java.util.List;
import jembatan.report.Problem;

/**
 * Prints problems as editors' tools read them, one per line ({@code file:line: what; how to fix}),
 * then a count, so that an editor sees every mistake of a build at once.
 */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) err.println(problem);
        err.println(problems.size() == 1 ? "1 problem." : problems.size() + " problems.");
        err.flush();
    }
}
