package jembatan.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The problems a build has found so far. Stages add to it and carry on where they can, so that a
 * single run reports every mistake; {@link #sorted()} gives them in file and line order, without
 * duplicates, whatever order the stages found them in.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public void at(String file, int line, String message, String hint) {
        add(Problem.at(file, line, message, hint));
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    public synchronized int size() {
        return found.size();
    }

    public synchronized List<Problem> sorted() {
        return List.copyOf(new TreeSet<>(found));
    }
}
