package jembatan.hugo;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a Markdown text that are code (fenced and indented blocks, inline code spans), as
 * flexmark reads them: there, a shortcode or a link is text, and the import leaves it as typed.
 */
final class CodeRanges {
    private static final Parser PARSER = Parser.builder().build();
    private final int[] starts;
    private final int[] ends;

    private CodeRanges(List<int[]> ranges) {
        starts = ranges.stream().mapToInt(r -> r[0]).toArray();
        ends = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    static CodeRanges of(String text) {
        List<int[]> ranges = new ArrayList<>();
        collect(PARSER.parse(text), ranges);
        return new CodeRanges(ranges);
    }

    private static void collect(Node node, List<int[]> ranges) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof Code) {
                ranges.add(new int[] {child.getStartOffset(), child.getEndOffset()});
            } else {
                collect(child, ranges);
            }
        }
    }

    /** Whether the character at {@code offset} is code; ranges come in text order. */
    boolean contains(int offset) {
        for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
            if (offset < ends[i]) return true;
        }
        return false;
    }

    /** The end of the code range holding {@code offset}, or {@code offset} itself. */
    int skip(int offset) {
        for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
            if (offset < ends[i]) return ends[i];
        }
        return offset;
    }
}
