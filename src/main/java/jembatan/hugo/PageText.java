package jembatan.hugo;

/**
 * One page's text on its way into the new project: where it goes, where its links lead, the
 * report that counts what was done to it, and the SOURCE line its text starts at, so that each
 * thing left out is reported at the line it was written on.
 */
record PageText(Placement placement, LinkTargets targets, ImportReport report, int firstLine) {

    /** The SOURCE line of {@code offset} in {@code text}, which starts at {@link #firstLine}. */
    int line(String text, int offset) {
        int line = firstLine;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    void drop(String kind, int line, String what, String fix) {
        report.dropped(kind, placement.page().source(), line, what, fix);
    }

    /** A word the import writes into the page, in the page's language. */
    String words(String english, String indonesian) {
        return placement.language().equals("id") ? indonesian : english;
    }
}
