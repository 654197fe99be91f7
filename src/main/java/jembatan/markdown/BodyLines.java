package jembatan.markdown;

import java.util.Arrays;
import jembatan.content.Article;

/**
 * Where each line of an article's body starts, so that a node's offset gives its file line by a
 * binary search: flexmark's own {@code getStartLineNumber()} scans the text from its start, which
 * over every node of an article is quadratic.
 */
record BodyLines(int firstLine, int[] starts) {
    static BodyLines of(Article article) {
        return new BodyLines(article.bodyLine(), starts(article.body()));
    }

    /** The file line of a body offset. */
    int at(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return firstLine + (found >= 0 ? found : -found - 2);
    }

    private static int[] starts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = at + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
