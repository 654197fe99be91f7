package jembatan.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * A {@code {{fact <id>}}} directive in a sentence, or anything written like one ({@code {{fakt x}}},
 * {@code {{fact}}}), parsed into a node of its own ({@link FactDirectives}) over its characters
 * in the article, so its offset gives its line. Until the article's facts are known it is shown as
 * written; {@link ArticleFacts} gives a known fact its value, which renders as a {@code <data>},
 * {@code <time>} or {@code <span>} element.
 */
final class InlineFact extends Node {
    /** The element that holds a value: a machine-readable one for amounts and days, a span otherwise. */
    enum Element { DATA, TIME, SPAN }

    /** A fact's value as the article shows it, and as machines read it. */
    record Shown(String factId, Element element, String text, String machine) {
    }

    private final String verb;
    private final Optional<String> id;
    private Optional<Shown> shown = Optional.empty();
    private Optional<Text> rest = Optional.empty();

    InlineFact(BasedSequence chars, String verb, Optional<String> id) {
        super(chars);
        this.verb = verb;
        this.id = id;
    }

    /** The word before the id: {@code fact} when written well. */
    String verb() {
        return verb;
    }

    /** The id after the verb, if any. */
    Optional<String> id() {
        return id;
    }

    Optional<Shown> shown() {
        return shown;
    }

    void show(Shown value) {
        shown = Optional.of(value);
    }

    /** The text that follows this directive in what flexmark parsed as one text, if any. */
    Optional<Text> rest() {
        return rest;
    }

    /** Notes {@code text} as the rest of this directive's text; returns it. */
    Text rest(Text text) {
        rest = Optional.of(text);
        return text;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
