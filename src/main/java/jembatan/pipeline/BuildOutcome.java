package jembatan.pipeline;

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
     * that link to it (not fetched); {@code warnings} are what the build did in the editors' place
     * (sorted by file and line), reported again by every build until the text changes;
     * {@code marked} the values editors marked as deliberately different from the translation
     * ({@code differs:}), one line each, so that {@code check} lists them and none is forgotten.
     */
    record Built(BuiltSite site, int pages, int rendered, SortedMap<String, Set<String>> externalLinks, List<Problem> warnings,
                 List<String> marked) implements BuildOutcome {
        public Built {
            externalLinks = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(externalLinks));
            warnings = List.copyOf(warnings);
            marked = List.copyOf(marked);
        }
    }

    /** The site was not built; the problems are sorted by file and line, errors before warnings. */
    record Failed(List<Problem> problems) implements BuildOutcome {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
