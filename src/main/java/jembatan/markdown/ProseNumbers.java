package jembatan.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * The numbers one article's prose states, read a text at a time: a text as flexmark parsed it is
 * {@link Text} and the {@link InlineFact}s and the texts between and after them ({@link FactDirectives}), read as one with each fact a space
 * between its neighbours, then each fact's value as the article shows it (so a typed number in
 * the other language still matches it). Another generator's shortcodes and math in the run are
 * reported on the way ({@link ForeignSyntax}).
 */
final class ProseNumbers {
    private static final Pattern ADDRESS_SCHEME = Pattern.compile("^(?:https?://|mailto:|tel:)");
    private static final Pattern WEB_SCHEME = Pattern.compile("^(?:https?://)");
    private static final Pattern SLASH_AT_END = Pattern.compile("/$");

    private final NumberReader reader;
    private final ForeignSyntax foreign;
    private final ArticleFacts facts;
    private final List<NumberMention> numbers = new ArrayList<>();

    ProseNumbers(NumberReader reader, ForeignSyntax foreign, ArticleFacts facts) {
        this.reader = reader;
        this.foreign = foreign;
        this.facts = facts;
    }

    /** Whether a node begins a run of text outside code. */
    static boolean beginsText(Node node) {
        return node instanceof Text && !(node.getPrevious() instanceof InlineFact fact && fact.rest().filter(rest -> rest == node).isPresent())
                && !FactDirectives.insideCode(node);
    }

    /** Reads the run that begins at {@code first}, on {@code line}. */
    void read(Node first, int line, Problems problems, List<Problem> warnings) {
        List<Node> run = new ArrayList<>();
        run.add(first);
        for (Node node = first.getNext(); node instanceof InlineFact fact; node = node.getNext()) {
            run.add(fact);
            if (fact.rest().isPresent() && fact.getNext() == fact.rest().get()) run.add(node = fact.getNext());
        }
        StringBuilder prose = new StringBuilder();
        for (Node node : run) {
            if (node instanceof Text text) {
                String chars = SourceString.of(text.getChars());
                if (ForeignSyntax.mayHold(chars)) foreign.look(text, problems, warnings);
                prose.append(chars);
            } else {
                prose.append(' ');
            }
        }
        // A link whose text is its own address names a place on the web, not a number.
        boolean address = run.size() == 1 && run.get(0) instanceof Text text && addressText(text);
        add(address ? "" : prose.toString(), line);
        for (Node node : run) {
            if (node instanceof InlineFact fact) facts.inline(fact, line).ifPresent(shown -> add(shown.text(), line));
        }
    }

    private void add(String text, int line) {
        for (NumberReader.Found found : reader.read(text)) numbers.add(new NumberMention(found.value(), found.written(), line));
    }

    List<NumberMention> numbers() {
        return numbers;
    }

    private static String withoutSlash(String address) {
        return SLASH_AT_END.matcher(address).replaceFirst("");
    }

    /** Whether a text is the whole text of a link and the link's address ({@code [example.org/2023](https://example.org/2023)}). */
    private static boolean addressText(Text text) {
        if (!(text.getParent() instanceof Link link) || text.getPrevious() != null || text.getNext() != null) return false;
        String shown = text.getChars().toString().strip();
        String url = link.getUrl().toString();
        return url.equals(shown) || withoutSlash(ADDRESS_SCHEME.matcher(url).replaceFirst("")).equals(withoutSlash(WEB_SCHEME.matcher(shown).replaceFirst("")));
    }
}
