package jembatan.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.check.Mismatches.Mention;
import jembatan.check.Mismatches.Mismatch;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.facts.Fact;
import jembatan.facts.FactSheet;
import jembatan.facts.FactValue;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.FactRef;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Checks that the two versions of an article name the same people and places of the facts, as
 * often: a person fact's {@code name} and a place fact's name (its value in the language, up to
 * a comma or a bracket: "Istanbul" of "Istanbul, Dolmabahçe Palace (…)"). A person is counted
 * by surname (the last word of the name), so that "Rustem Umerov" and, later, "Umerov" are two
 * mentions; an inline {@code {{fact id}}} of the fact counts too. Another person's name put in
 * place of one is one problem, in the translation: "names Hakan Fidan where … names Rustem
 * Umerov (line 6)".
 */
public final class NameParityCheck {
    private final FactSheet facts;

    public NameParityCheck(FactSheet facts) {
        this.facts = facts;
    }

    /** A name to look for: the fact, the name shown in messages, the word counted. */
    private record Name(String fact, String shown, Pattern pattern) {
    }

    public void check(Map<Article, RenderedMarkdown> bodies, Problems problems, List<Site.Translation> pairs) {
        for (Site.Translation pair : pairs) {
            RenderedMarkdown original = bodies.get(pair.original());
            RenderedMarkdown translated = bodies.get(pair.translated());
            if (original == null || translated == null) continue;
            if (pair.original().front().differs().all() || pair.translated().front().differs().all()) continue;
            Article here = pair.translated();
            Article there = pair.original();
            List<Mention> mine = mentions(here, translated);
            List<Mention> theirs = mentions(there, original);
            for (Mismatch m : Mismatches.of(mine, theirs, marked(here), marked(there))) {
                if (m.here().isPresent() && m.there().isPresent()) {
                    problems.add(Problem.at(here.file(), m.here().get().line(), "names " + m.here().get().written() + " where " + there.file() + " names "
                                    + m.there().get().written() + " (line " + m.there().get().line() + ")",
                            "write " + m.there().get().written() + ", or correct it there if that is the one that is wrong; the two languages must name the same people and places").followingFrom(List.of(here.file(), there.file())));
                } else if (m.here().isPresent()) {
                    Mention mention = m.here().get();
                    problems.add(Problem.at(here.file(), mention.line(), "names " + mention.written() + " " + Mismatches.times(m.allHere().size()) + " here but "
                                    + (m.allThere().isEmpty() ? "not in " + there.file() : Mismatches.times(m.allThere().size()) + " in " + there.file()),
                            "name them as often in both languages, or mark the difference in the front matter: differs: [\"" + mention.written() + "\"]").followingFrom(List.of(here.file(), there.file())));
                } else {
                    Mention other = m.there().orElseThrow();
                    problems.add(Problem.at(here.file(), other.line(), there.file() + " names " + other.written() + " " + Mismatches.times(m.allThere().size())
                                    + " (line " + Mismatches.lines(m.allThere()) + ") but this version "
                                    + (m.allHere().isEmpty() ? "never does" : Mismatches.times(m.allHere().size())),
                            "name " + other.written() + " here too, or remove it there; the two languages must name the same people and places").followingFrom(List.of(here.file(), there.file())));
                }
            }
        }
    }

    private static java.util.function.Predicate<Mention> marked(Article article) {
        List<String> written = article.front().differs().written();
        return mention -> written.contains(mention.written()) || written.stream().anyMatch(w -> mention.written().endsWith(" " + w));
    }

    /** The names of a language, found once per check: every article of it looks for the same. */
    private final Map<Language, Map<String, Name>> byLanguage = new java.util.HashMap<>();

    private Map<String, Name> names(Language language) {
        return byLanguage.computeIfAbsent(language, this::namesIn);
    }

    private Map<String, Name> namesIn(Language language) {
        Map<String, Name> names = new LinkedHashMap<>();
        for (Fact fact : facts.facts().values()) nameOf(fact, language).ifPresent(name -> names.put(fact.id(), name));
        return names;
    }

    /** A person's name (counted by its last word) or a place's (up to a comma or bracket); none for other facts or a name too short to count. */
    private static java.util.Optional<Name> nameOf(Fact fact, Language language) {
        String shown;
        String counted;
        if (fact.value() instanceof FactValue.Person person && !person.name().isBlank()) {
            shown = person.name().strip();
            String[] words = shown.split("\\s+");
            counted = words[words.length - 1];
        } else if (fact.value() instanceof FactValue.Text text && fact.type() == jembatan.facts.FactType.PLACE) {
            shown = text.text().in(language).split("[,(]", 2)[0].strip();
            counted = shown;
        } else {
            return java.util.Optional.empty();
        }
        if (counted.length() < 2) return java.util.Optional.empty();
        return java.util.Optional.of(new Name(fact.id(), shown, Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(counted) + "(?![\\p{L}\\d])")));
    }

    /** Each mention of a name in an article: its title, description, body lines, and its inline facts. */
    private List<Mention> mentions(Article article, RenderedMarkdown body) {
        Map<String, Name> names = names(article.language());
        List<Mention> found = new ArrayList<>();
        count(names, article.title(), article.front().line("title"), found);
        count(names, article.front().description(), article.front().line("description"), found);
        String[] lines = article.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) count(names, lines[i], article.bodyLine() + i, found);
        for (FactRef ref : body.facts()) {
            Name name = names.get(ref.id());
            if (ref.kind() == FactRef.Kind.INLINE && name != null) found.add(new Mention(name.fact(), "name", name.shown(), ref.line()));
        }
        found.sort(java.util.Comparator.comparingInt(Mention::line));
        return found;
    }

    private static void count(Map<String, Name> names, String text, int line, List<Mention> found) {
        if (text.isEmpty()) return;
        for (Name name : names.values()) {
            Matcher m = name.pattern().matcher(text);
            while (m.find()) found.add(new Mention(name.fact(), "name", name.shown(), line));
        }
    }
}
