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

    /**
     * Whether {@code chars} holds {@code what}, as flexmark's {@code indexOf(what) >= 0} answers.
     * flexmark's search reads each character through two layers of checked calls; a stretch of
     * the article's own text is searched in it, between the stretch's ends. The directives are
     * looked for this way in every paragraph and text, which was 3 % of a cold build's CPU.
     */
    static boolean contains(BasedSequence chars, String what) {
        if (chars instanceof SubSequence stretch && stretch.getBase() instanceof String text) {
            char first = what.charAt(0);
            for (int at = stretch.getStartOffset(), last = stretch.getEndOffset() - what.length(); at <= last; at++) {
                if (text.charAt(at) == first && text.startsWith(what, at)) return true;
            }
            return false;
        }
        return chars.indexOf(what) >= 0;
    }
}

