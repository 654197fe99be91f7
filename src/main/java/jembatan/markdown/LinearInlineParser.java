package jembatan.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * flexmark's inline parser with its two matching steps made to cost the match, not the
 * paragraph. flexmark 0.64.8 reads each token it matches (the spaces after a link's text, its
 * address, its title) through {@code Matcher.toMatchResult()}, which on Java 17 copies the whole
 * input, the rest of the paragraph included, into a new String: a paragraph of 5,000 links took
 * 24 s, of 10,000 links 68 s. Here the match is read from the matcher itself, which copies
 * nothing; the result is the same sequence, so the parse is the same.
 *
 * <p>flexmark adds its reader of link reference definitions ({@code [id]: https://...}) only
 * with its own inline parser, so {@link #install} adds it back with this one.
 */
final class LinearInlineParser extends InlineParserImpl {
    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /** {@code builder} with this inline parser, and the reading of link reference definitions it needs. */
    static Parser.Builder install(Parser.Builder builder) {
        return builder.customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public @Nullable BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public @Nullable BasedSequence @Nullable [] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re);
        if (matcher == null) return null;
        @Nullable BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }
}
