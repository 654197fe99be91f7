package jembatan.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code ::: factbox <id>} directive: a paragraph that is nothing but the directive, parsed into
 * a block of its own ({@link FactDirectives}). Its characters are the paragraph's, so its offset
 * gives its line; it renders as the marker the render stage replaces with the drawn box.
 */
final class FactBoxBlock extends Block {
    private final String id;

    FactBoxBlock(BasedSequence chars, String id) {
        super(chars);
        this.id = id;
    }

    /** The box's id as written. */
    String id() {
        return id;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
