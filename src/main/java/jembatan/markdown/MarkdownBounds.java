package jembatan.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The bounds an article's Markdown is held to, so that no text, however it is written, makes the
 * build overflow its stack or spend the square of its length. flexmark parses and renders nested
 * blocks and inline elements by recursion (1,000 {@code >} overflowed the renderer's stack, and
 * 5 MB of them took minutes to parse), and it copies a paragraph's segment list one element at a
 * time as it grows, so a paragraph whose lines each lose a prefix (inside a quote or a list item)
 * costs the square of its lines. Hence three bounds, each a problem at the line that passes it:
 * quotes and lists nested at most {@value #DEPTH} levels deep, and a quote, list or indented
 * block at most {@value #NESTED_RUN} lines long, found by one pass over the text before flexmark
 * sees it; inline elements (emphasis, links, pictures) nested at most {@value #DEPTH} deep, found
 * in the parsed tree before it is rendered; and a paragraph or table inside a quote, a list or a
 * footnote at most {@value #NESTED_LINES} lines long, found by flexmark's first paragraph step,
 * which then stops the parse. Real articles come nowhere near any of them.
 */
final class MarkdownBounds {
    /** How deep quotes and lists, and inline elements, may be nested. */
    static final int DEPTH = 100;
    /** How many lines a paragraph or table inside a quote or a list may have. */
    static final int NESTED_LINES = 1_000;
    /** How many lines a quote, a list or an indented block may run without a line at the left margin. */
    static final int NESTED_RUN = 20_000;

    private MarkdownBounds() {
    }

    /** A bound passed: at which offset of the body, and which. */
    record Passed(int offset, String message, String hint) {
    }

    static Passed tooDeep(int offset) {
        return new Passed(offset, "quotes, lists or emphasis are nested more than " + DEPTH + " levels deep here",
                "nest them less deeply; a reader cannot follow more than a few levels anyway");
    }

    /**
     * The first line (outside fenced code at the left margin) whose quote and list markers could nest
     * deeper than {@link #DEPTH}: each {@code >} and list marker before the text counts as a
     * level, and so do every two columns of indent before them, as a nested list needs them (an
     * upper bound, so no line it lets pass is nested deeper); or the first line of a quote, list or
     * indented block that runs more than {@link #NESTED_RUN} lines, each of which loses its prefix
     * to flexmark at a cost that grows with the lines before it.
     */
    static Optional<Passed> beforeParsing(String body) {
        char fence = 0;
        int fenceLength = 0;
        int runStart = 0;
        int runLines = 0;
        for (int start = 0; start < body.length(); ) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            int opened = fenceAt(body, start, end);
            if (fence == 0 && opened > 0) {
                fence = body.charAt(start);
                fenceLength = opened;
            } else if (fence != 0) {
                if (opened >= fenceLength && body.charAt(start) == fence) fence = 0;
            } else if (levels(body, start, end) > DEPTH) {
                return Optional.of(tooDeep(start));
            } else if (start < end && " \t\r>".indexOf(body.charAt(start)) < 0) {
                runLines = 0;
            } else if (runLines > 0 || !blank(body, start, end)) {
                if (runLines++ == 0) runStart = start;
                if (runLines > NESTED_RUN) {
                    return Optional.of(new Passed(runStart, "this quote, list or indented block runs on for more than " + NESTED_RUN + " lines",
                            "end it sooner: write what follows at the left margin"));
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The levels a line's prefix can open: its markers, and half the columns of space among them
     * (but the one space that follows a marker, which is the marker's own).
     */
    private static int levels(String body, int start, int end) {
        int columns = 0;
        int markers = 0;
        int i = start;
        while (i < end) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t') {
                columns += c == ' ' ? 1 : 4;
                i++;
                continue;
            }
            if (c == '>') {
                i++;
            } else if ((c == '-' || c == '+' || c == '*') && spaceOrEnd(body, i + 1, end)) {
                i++;
            } else {
                int digits = i;
                while (digits < end && digits - i < 9 && Character.isDigit(body.charAt(digits))) digits++;
                if (digits == i || digits == end || ".)".indexOf(body.charAt(digits)) < 0 || !spaceOrEnd(body, digits + 1, end)) break;
                i = digits + 1;
            }
            markers++;
            if (i < end && body.charAt(i) == ' ') i++;
        }
        return markers == 0 ? 0 : markers + columns / 2;
    }

    private static boolean blank(String body, int start, int end) {
        for (int i = start; i < end; i++) if (!Character.isWhitespace(body.charAt(i))) return false;
        return true;
    }

    private static boolean spaceOrEnd(String body, int at, int end) {
        return at >= end || body.charAt(at) == ' ' || body.charAt(at) == '\t' || body.charAt(at) == '\r';
    }

    /**
     * The length of the fence (three or more backticks or tildes at the left margin) a line
     * starts with; 0 if none. An indented fence may be a list item's, which this pass cannot tell.
     */
    private static int fenceAt(String body, int start, int end) {
        int i = start;
        if (i >= end || (body.charAt(i) != '`' && body.charAt(i) != '~')) return 0;
        int run = i;
        while (run < end && body.charAt(run) == body.charAt(i)) run++;
        return run - i >= 3 ? run - i : 0;
    }

    /**
     * The first node of a parsed document nested deeper than {@link #DEPTH}, in quotes and list
     * items or in inline elements, walked without recursion; its offset.
     */
    static OptionalInt tooDeepAfterParsing(Document document) {
        record Visit(Node node, int blocks, int inlines) {
        }
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(document, 0, 0));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            if (visit.blocks() > DEPTH || visit.inlines() > DEPTH) return OptionalInt.of(visit.node().getStartOffset());
            boolean container = visit.node() instanceof BlockQuote || visit.node() instanceof ListItem;
            boolean inline = !(visit.node() instanceof Block);
            for (Node child = visit.node().getFirstChild(); child != null; child = child.getNext()) {
                pending.push(new Visit(child, visit.blocks() + (container ? 1 : 0), visit.inlines() + (inline ? 1 : 0)));
            }
        }
        return OptionalInt.empty();
    }

    /** The stack of the thread an article is rendered on again when the build thread's overflowed: reserved, and used only as deep as the text needs. */
    private static final long LARGE_STACK = 256L << 20;

    /** What {@code work} gives on a thread with a large stack; nothing when it overflows even that. */
    static Optional<RenderedMarkdown> onLargeStack(Supplier<RenderedMarkdown> work) {
        AtomicReference<RenderedMarkdown> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "markdown-large-stack", LARGE_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering Markdown", e);
        }
        if (failure.get() instanceof StackOverflowError) return Optional.empty();
        if (failure.get() instanceof RuntimeException e) throw e;
        if (failure.get() instanceof Error e) throw e;
        return Optional.of(result.get());
    }

    /** The problem for a text that overflowed even the large stack: its longest line is the likely place. */
    static Passed overflowed(String body) {
        int longest = 0;
        int length = -1;
        for (int start = 0; start <= body.length(); ) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            if (end - start > length) {
                length = end - start;
                longest = start;
            }
            start = end + 1;
        }
        return new Passed(longest, "the Markdown reader ran out of stack on this article; its longest line (this one, " + length
                + " characters) is the likely cause", "split the line, or shorten what repeats in it (an HTML comment, a link title, a table row)");
    }

    /** Thrown out of flexmark's parse when a paragraph inside a quote or a list is too long: the rest is not worth its cost. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Passed passed;

        TooLong(Passed passed) {
            super(passed.message(), null, false, false);
            this.passed = passed;
        }
    }

    /** flexmark's first paragraph step: it counts a nested paragraph's lines before anything builds its text. */
    static final class NestedLines implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return NestedLines::check;
        }

        private static int check(Paragraph paragraph, ParserState state) {
            if (paragraph.getLineCount() > NESTED_LINES && !(paragraph.getParent() instanceof Document)) {
                throw new TooLong(new Passed(paragraph.getStartOffset(),
                        "this paragraph or table inside a quote, a list or a footnote has " + paragraph.getLineCount() + " lines, more than " + NESTED_LINES,
                        "end the quote or the list before it, or split it with empty lines"));
            }
            return 0;
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
