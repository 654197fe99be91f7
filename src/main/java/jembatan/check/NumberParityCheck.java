package jembatan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.markdown.NumberReader;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Checks that the two versions of an article state the same numbers and dates, once each
 * language's conventions are undone ({@code 1.000} = {@code 1,000}, {@code 16 Mei 2025} =
 * {@code 16 May 2025}). A number that one version states more often than the other is reported
 * in the version that has more, naming the lines in both: a digit changed shows up as two
 * numbers, each stated in one version only; a number dropped, as one stated fewer times. The
 * title and description count too. Numbers written in words are out of scope.
 */
public final class NumberParityCheck {
    private final Site site;
    private final Map<RenderedMarkdown, Map<String, List<NumberMention>>> known;

    public NumberParityCheck(Site site) {
        this(site, new java.util.IdentityHashMap<>());
    }

    /**
     * {@code known} holds the numbers of bodies read before, by the identity of the body: a
     * rebuild that reuses an article's body reuses what was read of it.
     */
    public NumberParityCheck(Site site, Map<RenderedMarkdown, Map<String, List<NumberMention>>> known) {
        this.site = site;
        this.known = known;
    }

    public void check(Map<Article, RenderedMarkdown> bodies, Problems problems) {
        check(bodies, problems, site.translationPairs());
    }

    /** Checks some of the site's pairs: a rebuild checks only those with a body it has not checked before. */
    public void check(Map<Article, RenderedMarkdown> bodies, Problems problems, List<Site.Translation> pairs) {
        for (Site.Translation pair : pairs) {
            if (!bodies.containsKey(pair.original()) || !bodies.containsKey(pair.translated())) continue;
            Map<String, List<NumberMention>> a = known.computeIfAbsent(bodies.get(pair.original()), body -> mentions(pair.original(), body));
            Map<String, List<NumberMention>> b = known.computeIfAbsent(bodies.get(pair.translated()), body -> mentions(pair.translated(), body));
            compare(pair.original(), a, pair.translated(), b, problems);
            compare(pair.translated(), b, pair.original(), a, problems);
        }
    }

    private static void compare(Article here, Map<String, List<NumberMention>> mine, Article other, Map<String, List<NumberMention>> theirs, Problems problems) {
        for (Map.Entry<String, List<NumberMention>> entry : mine.entrySet()) {
            List<NumberMention> there = theirs.getOrDefault(entry.getKey(), List.of());
            List<NumberMention> found = entry.getValue();
            if (found.size() <= there.size()) continue;
            NumberMention extra = found.get(there.size());
            String where = there.isEmpty() ? "not in " + other.file()
                    : times(there.size()) + " in " + other.file() + " (line " + lines(there) + ")";
            // A mistake in either version (a misspelt key that drops the description) explains a number missing from one.
            problems.add(Problem.at(here.file(), extra.line(), "\"" + extra.written() + "\" is stated " + times(found.size()) + " here"
                            + (found.size() > 1 ? " (line " + lines(found) + ")" : "") + " but " + where,
                    counterpart(theirs, mine, other) + "the two languages must state the same numbers and dates; correct the one that is wrong")
                    .followingFrom(List.of(here.file(), other.file())));
        }
    }

    /** What the other version states and this one lacks: most often the same number, written differently by mistake. */
    private static String counterpart(Map<String, List<NumberMention>> theirs, Map<String, List<NumberMention>> mine, Article other) {
        List<String> lacking = new ArrayList<>();
        for (Map.Entry<String, List<NumberMention>> entry : theirs.entrySet()) {
            List<NumberMention> here = mine.getOrDefault(entry.getKey(), List.of());
            if (entry.getValue().size() > here.size() && here.isEmpty()) {
                NumberMention mention = entry.getValue().get(0);
                lacking.add("\"" + mention.written() + "\" (line " + mention.line() + ")");
            }
        }
        return lacking.isEmpty() ? "" : other.file() + " states " + String.join(", ", lacking) + " instead; ";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String lines(List<NumberMention> mentions) {
        return String.join(", ", mentions.stream().map(m -> String.valueOf(m.line())).distinct().toList());
    }

    /** The numbers of an article by value, in order: its title, its description, then its body. */
    private static Map<String, List<NumberMention>> mentions(Article article, RenderedMarkdown body) {
        NumberReader reader = NumberReader.of(article.language());
        List<NumberMention> all = new ArrayList<>();
        for (NumberReader.Found found : reader.read(article.title())) all.add(new NumberMention(found.value(), found.written(), article.front().line("title")));
        for (NumberReader.Found found : reader.read(article.front().description())) all.add(new NumberMention(found.value(), found.written(), article.front().line("description")));
        all.addAll(body.numbers());
        Map<String, List<NumberMention>> byValue = new TreeMap<>();
        for (NumberMention mention : all) byValue.computeIfAbsent(mention.value(), k -> new ArrayList<>()).add(mention);
        return byValue;
    }
}
