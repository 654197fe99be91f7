package jembatan.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * A flexmark sequence's characters as a {@link String}, as its {@code toString()} gives them.
 * flexmark copies them one {@code charAt} at a time, each checked against the bounds; most of the
 * sequences an article's nodes hold are one stretch of the article's own text, which is taken
 * whole instead. flexmark reads a NUL character as U+FFFD, and so does this.
 */
final class SourceString {
    private SourceString() {
    }

    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence stretch && stretch.getBase() instanceof String text) {
            String string = text.substring(stretch.getStartOffset(), stretch.getEndOffset());
            return string.indexOf('\0') < 0 ? string : string.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }
}
