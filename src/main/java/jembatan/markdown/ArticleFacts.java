package jembatan.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.content.Article;
import jembatan.facts.Fact;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactValue;
import jembatan.markdown.RenderedMarkdown.FactRef;
import jembatan.report.Problem;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * The directives of one article against the site's facts: a box or fact the sheet lacks, an
 * inline directive misspelt, a table or quote in a sentence, and a line that looks like a box
 * directive inside a paragraph are problems at their line; a known fact gets its value in the
 * article's language. Each box and inline fact shown is recorded with its line.
 */
final class ArticleFacts {
    /** Anything that looks like a directive, to catch a misspelt one. */
    private static final Pattern DIRECTIVE_LIKE = Pattern.compile("^\\s*:::.*", Pattern.MULTILINE);

    private final Article article;
    private final FactSheet facts;
    private final Optional<FactFormatter> formatter;
    private final Problems problems;
    private final List<FactRef> refs = new ArrayList<>();

    ArticleFacts(Article article, FactSheet facts, Optional<FactFormatter> formatter, Problems problems) {
        this.article = article;
        this.facts = facts;
        this.formatter = formatter;
        this.problems = problems;
    }

    /** A box directive: recorded when the sheet has the box, a problem otherwise. */
    void box(FactBoxBlock box, int line) {
        String id = box.id();
        if (facts.box(id).isPresent()) {
            refs.add(new FactRef(id, FactRef.Kind.BOX, line));
            return;
        }
        problems.add(Problem.at(article.file(), line, "unknown fact box \"" + id + "\"",
                Suggestion.didYouMean(id, facts.boxes().keySet(), facts.boxes().isEmpty()
                        ? "declare boxes under boxes: in a file in content/facts/"
                        : "the boxes are: " + String.join(", ", facts.boxes().keySet())))
                .followingFrom(facts.gaps().behindBox(id)));
    }

    /** A paragraph that is not a box directive but has a line that looks like one. */
    void paragraph(Paragraph paragraph, int line) {
        if (!SourceString.contains(paragraph.getChars(), ":::")) return;
        String text = paragraph.getChars().toString().strip();
        Matcher directive = DIRECTIVE_LIKE.matcher(text);
        while (directive.find()) {
            int offset = (int) text.substring(0, directive.start()).chars().filter(c -> c == '\n').count();
            problems.at(article.file(), line + offset, "\"" + directive.group().strip() + "\" is not a fact box directive",
                    "write `::: factbox <box-id>` on a line of its own, with an empty line before and after it");
        }
    }

    /** An inline directive: given its value when it names a fact that can stand in a sentence. */
    Optional<InlineFact.Shown> inline(InlineFact directive, int line) {
        Optional<Fact> fact = known(directive, line);
        if (fact.isEmpty() || formatter.isEmpty()) return Optional.empty();
        refs.add(new FactRef(fact.get().id(), FactRef.Kind.INLINE, line));
        FactValue value = fact.get().value();
        // A duration of years and months is no valid HTML datetime: it stays a plain span.
        InlineFact.Element element = value instanceof FactValue.Amount ? InlineFact.Element.DATA
                : value instanceof FactValue.Day || value instanceof FactValue.Month ? InlineFact.Element.TIME : InlineFact.Element.SPAN;
        InlineFact.Shown shown = new InlineFact.Shown(fact.get().id(), element, formatter.get().value(fact.get()), FactFormatter.machine(value));
        directive.show(shown);
        return Optional.of(shown);
    }

    private Optional<Fact> known(InlineFact directive, int line) {
        if (!directive.verb().equals("fact") || directive.id().isEmpty()) {
            problems.at(article.file(), line, "\"" + directive.getChars() + "\" is not an inline fact", "write {{fact <fact-id>}}");
            return Optional.empty();
        }
        String id = directive.id().get();
        Optional<Fact> fact = facts.fact(id);
        if (fact.isEmpty()) {
            problems.add(Problem.at(article.file(), line, "unknown fact \"" + id + "\"", Suggestion.didYouMean(id, facts.facts().keySet(),
                    facts.facts().isEmpty() ? "declare it under facts: in a file in content/facts/" : "check the id in content/facts/"))
                    .followingFrom(facts.gaps().behindFact(id)));
            return Optional.empty();
        }
        if (fact.get().value() instanceof FactValue.Table || fact.get().value() instanceof FactValue.Quote) {
            problems.at(article.file(), line, "fact \"" + id + "\" is a " + fact.get().type().yamlName() + " and cannot stand in a sentence",
                    "show it in a box: ::: factbox <box-id>");
            return Optional.empty();
        }
        return fact;
    }

    List<FactRef> refs() {
        return refs;
    }
}
