/**
 * An editor's mistakes as values. A {@link jembatan.report.Problem} names a file, a line and what
 * to do; {@link jembatan.report.Problems} collects them (warnings apart) so that one build reports
 * every mistake; {@link jembatan.report.ProblemReport} folds what follows from a mistake under it,
 * causes first, so an editor reads one problem per mistake; {@link jembatan.report.Suggestion}
 * finds the "did you mean". Every other stage reports through here and none throws for an editor's
 * input.
 */
@NullMarked
package jembatan.report;

import org.jspecify.annotations.NullMarked;
