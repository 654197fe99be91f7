package jembatan.markdown;

import java.util.List;

/**
 * An article's body as HTML, with what later stages need to know about it without parsing it
 * again: its headings (for anchors and tables of contents) and every link with the file line it
 * was written on, so that a broken link can be reported where the editor wrote it.
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<LinkRef> links) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
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
