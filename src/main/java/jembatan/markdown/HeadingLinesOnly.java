package jembatan.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;

/**
 * flexmark's heading parser, asked only about lines that can be headings. flexmark 0.64.8's
 * asks for the whole paragraph so far ({@code getParagraphContent()}) on every line it is
 * offered, before it looks at the line: a paragraph or table of n lines that start with a digit
 * or a {@code |} cost n² (a 40,000-row table, 20 s). A heading line starts, after its indent,
 * with one to six {@code #} and a space or the end ({@code ## Title}), or is a run of {@code =}
 * or of {@code -} alone (a setext underline); every other line is turned away here, unread, which
 * is what flexmark would answer. It takes the core parser's place in the same order (after block
 * quotes, before code, HTML, breaks, lists and indented code), with flexmark's default heading
 * options, which are the ones Jembatan uses.
 */
final class HeadingLinesOnly implements CustomBlockParserFactory {
    private final HeadingParser.Factory core = new HeadingParser.Factory();

    /** {@code options} with flexmark's own heading parser turned off, for this one to stand in. */
    static void replaceCore(MutableDataSet options) {
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory heading = core.apply(options);
        return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex()) ? heading.tryStart(state, matched) : BlockStart.none();
    }

    /** Whether the line, from its first non-space character, can be an ATX heading or a setext underline. */
    static boolean mayBeHeading(BasedSequence line, int start) {
        if (start >= line.length()) return false;
        char first = line.charAt(start);
        int end = start;
        while (end < line.length() && line.charAt(end) == first) end++;
        if (first == '#') return end - start <= 6 && (end == line.length() || " \t\r\n".indexOf(line.charAt(end)) >= 0);
        if (first != '=' && first != '-') return false;
        for (int i = end; i < line.length(); i++) if (" \t\r\n".indexOf(line.charAt(i)) < 0) return false;
        return true;
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return core.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return core.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }
}
