package jembatan.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        synchronized (other) {
            all = new ArrayList<>(other.found);
            all.addAll(other.warnings);
        }
        addAll(all);
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
        return found.isEmpty();
    }

    /** The number of errors. */
    public synchronized int size() {
        return found.size();
    }

    /** Every error, then every warning, each in file and line order. */
    public synchronized List<Problem> sorted() {
        TreeSet<Problem> all = new TreeSet<>(found);
        all.addAll(warnings);
        return List.copyOf(all);
    }

    /** The warnings alone, in file and line order. */
    public synchronized List<Problem> warnings() {
        return List.copyOf(new TreeSet<>(warnings));
    }
}
