package jembatan.markdown;

import java.util.List;
import jembatan.report.Problem;

/**
 * An article's body as HTML, with what later stages need to know about it without parsing it
 * again: its headings (for anchors and tables of contents), every link, every fact box and inline
 * fact, and every number the prose states, each with the file line it was written on, so that a
 * broken link or a number that differs from the translation is reported where the editor wrote it.
 * Fact boxes are left as {@code <x-factbox box="id">} markers for the render stage to fill.
 * {@code warnings} are what the stage did in the editor's place (raw HTML the allow-list removed,
 * math left as typed): they belong to the article's rendering, so a build that reuses it reports
 * them again.
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<LinkRef> links, List<FactRef> facts,
                               List<NumberMention> numbers, List<Problem> warnings) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        facts = List.copyOf(facts);
        numbers = List.copyOf(numbers);
        warnings = List.copyOf(warnings);
    }

    /** The element that stands for a fact box until the render stage fills it. */
    public static final String BOX_MARKER = "x-factbox";

    /** A fact box ({@code ::: factbox id}) or an inline fact ({@code {{fact id}}}) and its line. */
    public record FactRef(String id, Kind kind, int line) {
        public enum Kind { BOX, INLINE }
    }

    /**
     * A number or date the prose states, with its conventions undone ({@code 1000},
     * {@code 2025-05-16}), as written ({@code 1.000}), and its line.
     */
    public record NumberMention(String value, String written, int line) {
    }

    /** A heading: its level (1–6), text, generated {@code id}, and file line. */
    public record Heading(int level, String text, String id, int line) {
    }

    /**
     * A link or image source as written ({@code written}), what it points to after resolution
     * ({@code target}: a site path such as {@code /en/about/#sources}, or the external URL as is),
     * its kind, and its file line.
     */
    public record LinkRef(String written, String target, Kind kind, int line) {
        public enum Kind { SITE, ANCHOR, EXTERNAL }
    }
}
