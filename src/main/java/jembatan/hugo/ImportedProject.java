package jembatan.hugo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import jembatan.report.Problem;

/**
 * A Jembatan project made from a Hugo one, before it is written: each file by its path in the
 * project ({@code content/en/docs/intro.md}), as text or as a copy of a SOURCE file (a picture),
 * and the report: pages per language, counts of what was converted and what was left out by
 * kind, and each thing left out at its SOURCE file and line.
 */
public record ImportedProject(SortedMap<String, ProjectFile> files, Map<String, Integer> pagesByLanguage, int pairs,
                              Map<String, Integer> converted, Map<String, Integer> dropped, List<Problem> notes) {

    /** A file of the new project. */
    public sealed interface ProjectFile permits Text, Copy {
    }

    /** A file the import wrote. */
    public record Text(String text) implements ProjectFile {
    }

    /** A file copied from SOURCE as it is. */
    public record Copy(Path from) implements ProjectFile {
    }

    /** The report's lines before the notes: what was imported, then the counts by kind. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        pagesByLanguage.forEach((language, count) -> pages.append(pages.length() == 0 ? "" : ", ").append(count).append(" in ").append(language));
        int total = pagesByLanguage.values().stream().mapToInt(Integer::intValue).sum();
        lines.add("Imported " + total + " pages (" + pages + "), " + pairs + (pairs == 1 ? " pair" : " pairs") + ".");
        lines.add("Converted:" + (converted.isEmpty() ? " nothing." : ""));
        converted.forEach((kind, count) -> lines.add(String.format(Locale.ROOT, "  %5d  %s", count, kind)));
        lines.add("Left out:" + (dropped.isEmpty() ? " nothing." : ""));
        dropped.forEach((kind, count) -> lines.add(String.format(Locale.ROOT, "  %5d  %s", count, kind)));
        return lines;
    }
}
