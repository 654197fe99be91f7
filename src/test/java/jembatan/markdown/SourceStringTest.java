package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stretch of an article's text is read and searched as flexmark reads and searches it. */
class SourceStringTest {
    private static final List<String> TEXTS = List.of("", "{", "{{", "a{{", "{{a", "::::", "a:::b{{c", "{{fact x}} and ::: factbox y\n:::",
            "{ {:: :{{{", "line\u0000nul {{", "caf\u00e9 \u2014 {{ \uD83D\uDE42 :::");

    @Test
    void everyStretchHoldsWhatFlexmarkFindsInIt() {
        for (String text : TEXTS) {
            BasedSequence whole = BasedSequence.of(text);
            for (int start = 0; start <= text.length(); start++) {
                for (int end = start; end <= text.length(); end++) {
                    BasedSequence stretch = whole.subSequence(start, end);
                    assertInstanceOf(String.class, assertInstanceOf(SubSequence.class, stretch).getBase());
                    for (String what : List.of("{{", ":::", "{")) {
                        assertEquals(stretch.indexOf(what) >= 0, SourceString.contains(stretch, what), text + " [" + start + ", " + end + ") " + what);
                    }
                    assertEquals(stretch.toString(), SourceString.of(stretch), text + " [" + start + ", " + end + ")");
                }
            }
        }
    }
}
