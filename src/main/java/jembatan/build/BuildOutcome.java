package jembatan.build;

import java.util.List;
import jembatan.html.BuiltSite;
import jembatan.report.Problem;

/** What a build gives: the built site, or every problem that stopped it. */
public sealed interface BuildOutcome {

    /** The site was built; {@code pages} counts its HTML pages, {@code rendered} those rendered anew rather than reused. */
    record Built(BuiltSite site, int pages, int rendered) implements BuildOutcome {
    }

    /** The site was not built; the problems are sorted by file and line. */
    record Failed(List<Problem> problems) implements BuildOutcome {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
