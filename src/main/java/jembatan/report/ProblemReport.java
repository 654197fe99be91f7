package jembatan.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The problems of a build as an editor reads them: one per mistake. A problem that only follows
 * from a mistake elsewhere (see {@link Problem#followsFrom()}) is folded under that mistake, the
 * way a compiler reports the first error of a file and not the hundred it causes. Causes are
 * listed first, each with what follows from it; then every other problem, file by file, line by
 * line; then the warnings.
 *
 * <p>What is folded under what: a problem that names no file it follows from is a mistake of its
 * own. A file with such a mistake explains every problem that follows from it; and a problem
 * folded under a mistake makes its own file explain further problems too (a facts file that
 * cannot be read leaves an article with unknown facts, whose translation then disagrees with
 * it): all of them fold under the first mistake they trace back to.
 */
public record ProblemReport(List<Cause> mistakes, List<Problem> warnings) {

    /** One mistake, with the problems that follow from it, in file and line order. */
    public record Cause(Problem problem, List<Problem> following) {
        public Cause {
            following = List.copyOf(following);
        }
    }

    public ProblemReport {
        mistakes = List.copyOf(mistakes);
        warnings = List.copyOf(warnings);
    }

    public static ProblemReport of(Collection<Problem> problems) {
        List<Problem> errors = new ArrayList<>(new TreeSet<>(problems.stream().filter(p -> !p.isWarning()).toList()));
        List<Problem> warnings = List.copyOf(new TreeSet<>(problems.stream().filter(Problem::isWarning).toList()));
        Map<String, Problem> causeInFile = new HashMap<>();
        for (Problem error : errors) {
            if (!error.followsFrom().isEmpty()) continue;
            causeInFile.putIfAbsent(error.file(), error);
            // A problem may follow from one place rather than a whole file: a template's line that fails on every page.
            causeInFile.putIfAbsent(error.location(), error);
        }
        Map<Problem, Problem> foldedUnder = new IdentityHashMap<>();
        // Each round folds what traces back to a file already known to hold a mistake; a chain of n
        // files takes n rounds, and a round that folds nothing ends it.
        for (boolean folded = true; folded; ) {
            folded = false;
            for (Problem error : errors) {
                if (error.followsFrom().isEmpty() || foldedUnder.containsKey(error)) continue;
                for (String file : error.followsFrom()) {
                    Problem cause = causeInFile.getOrDefault(file, error);
                    if (cause == error) continue;
                    foldedUnder.put(error, cause);
                    causeInFile.putIfAbsent(error.file(), cause);
                    folded = true;
                    break;
                }
            }
        }
        Map<Problem, List<Problem>> following = new LinkedHashMap<>();
        for (Problem error : errors) if (!foldedUnder.containsKey(error)) following.put(error, new ArrayList<>());
        for (Problem error : errors) if (foldedUnder.containsKey(error)) following.get(foldedUnder.get(error)).add(error);
        List<Cause> causes = new ArrayList<>();
        following.forEach((problem, after) -> { if (!after.isEmpty()) causes.add(new Cause(problem, after)); });
        following.forEach((problem, after) -> { if (after.isEmpty()) causes.add(new Cause(problem, after)); });
        return new ProblemReport(causes, warnings);
    }

    /** The number of problems folded under the mistakes. */
    public int followingCount() {
        return mistakes.stream().mapToInt(c -> c.following().size()).sum();
    }
}
