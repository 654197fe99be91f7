package jembatan.build;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import jembatan.html.BuiltSite;
import jembatan.report.Problem;

/** What a build gives: the built site, or every problem that stopped it. */
public sealed interface BuildOutcome {

    /**
     * The site was built; {@code pages} counts its HTML pages, {@code rendered} those rendered anew
     * rather than reused; {@code externalLinks} lists each address outside the site with the pages
     * that link to it (not fetched).
     */
    record Built(BuiltSite site, int pages, int rendered, SortedMap<String, Set<String>> externalLinks) implements BuildOutcome {
        public Built {
            externalLinks = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(externalLinks));
        }
    }

    /** The site was not built; the problems are sorted by file and line. */
    record Failed(List<Problem> problems) implements BuildOutcome {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
