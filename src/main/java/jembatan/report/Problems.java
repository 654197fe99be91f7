package jembatan.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The problems a build has found so far. Stages add to it and carry on where they can, so that a
 * single run reports every mistake; {@link #sorted()} gives them in file and line order, errors
 * before warnings, without duplicates, whatever order the stages found them in. Warnings are kept
 * apart: {@link #isEmpty()} and {@link #size()} count errors only, so a build that has only
 * warnings goes on, and {@link #warnings()} gives them to the successful outcome.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> shared = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public synchronized void add(Problem problem) {
        (problem.isWarning() ? warnings : found).add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        for (Problem problem : problems) add(problem);
    }

    /** Every error and warning of {@code other}, as many times as it holds each. */
    public void addAllFrom(Problems other) {
        List<Problem> all;
        List<Problem> sharedByOther;
        synchronized (other) {
            all = new ArrayList<>(other.found);
            all.addAll(other.warnings);
            sharedByOther = new ArrayList<>(other.shared);
        }
        addAll(all);
        sharedByOther.forEach(this::addShared);
    }

    /**
     * A problem in a file that many pages share, such as a template's line that fails on every
     * page it makes: of those at one place, the first in file and line order is the mistake, and
     * the others follow from it, whatever order the pages were made in.
     */
    public synchronized void addShared(Problem problem) {
        (problem.isWarning() ? warnings : shared).add(problem);
    }

    public void at(String file, int line, String message, String hint) {
        add(Problem.at(file, line, message, hint));
    }

    /** A warning: reported, but it does not stop the build. */
    public void warn(String file, int line, String message, String hint) {
        add(Problem.warningAt(file, line, message, hint));
    }

    /** Whether no error was found (warnings do not count). */
    public synchronized boolean isEmpty() {
        return found.isEmpty() && shared.isEmpty();
    }

    /** The number of errors. */
    public synchronized int size() {
        return found.size() + shared.size();
    }

    /** Every error, then every warning, each in file and line order. */
    public synchronized List<Problem> sorted() {
        TreeSet<Problem> all = errors();
        all.addAll(warnings);
        return List.copyOf(all);
    }

    /** The errors, each once; of the shared ones at one place, all but the first follow from it. */
    private TreeSet<Problem> errors() {
        TreeSet<Problem> errors = new TreeSet<>(found);
        Set<String> placed = new HashSet<>();
        for (Problem problem : new TreeSet<>(shared)) {
            boolean first = placed.add(problem.file() + ":" + problem.line() + ":" + problem.column());
            errors.add(first ? problem : problem.followingFrom(List.of(problem.location())));
        }
        return errors;
    }

    /** The warnings alone, in file and line order. */
    public synchronized List<Problem> warnings() {
        return List.copyOf(new TreeSet<>(warnings));
    }
}
