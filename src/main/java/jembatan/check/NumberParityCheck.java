package jembatan.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import jembatan.check.Mismatches.Mention;
import jembatan.check.Mismatches.Mismatch;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.FrontMatter;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactValue;
import jembatan.markdown.NumberReader;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Checks that the two versions of an article state the same numbers and dates, once each
 * language's conventions are undone ({@link NumberReader}: {@code 1.000} = {@code 1,000},
 * {@code 16 Mei 2025} = {@code May 16, 2025}, "empat" = "four"). Each discrepancy is one
 * problem, in the translation (the original is the default language's version, which the
 * translation follows): a number changed names the original's value and line, and the hint
 * writes it the translation's way ({@code write 1,000}); a number dropped or added says how
 * often each version states it. The title and description count too. What an editor marked
 * {@code differs:} is not compared.
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
            if (pair.original().front().differs().all() || pair.translated().front().differs().all()) continue;
            compare(pair.translated(), b, pair.original(), a, problems);
        }
    }

    /**
     * Reports, in {@code here} (the translation), what it states differently from {@code there}; a
     * mistake in either version (a misspelt key that drops the description) explains it.
     */
    private static void compare(Article here, Map<String, List<NumberMention>> mine, Article there, Map<String, List<NumberMention>> theirs, Problems problems) {
        FactFormatter writer = new FactFormatter(here.language(), new Dictionary(here.language(), Map.of()));
        List<Mention> a = flat(mine);
        List<Mention> b = flat(theirs);
        for (Mismatch m : Mismatches.of(strengthened(a, b), strengthened(b, a), excused(here), excused(there))) {
            if (m.here().isPresent() && m.there().isPresent()) {
                Mention mention = m.here().get();
                Mention other = m.there().get();
                problems.add(Problem.at(here.file(), mention.line(), "\"" + mention.written() + "\" here, but " + there.file() + " states \"" + other.written()
                                + "\" (line " + other.line() + ")",
                        "write " + written(other.value(), writer) + ", or correct line " + other.line() + " there if it is the one that is wrong;"
                                + " the two languages must state the same numbers and dates").followingFrom(List.of(here.file(), there.file())));
            } else if (m.here().isPresent()) {
                Mention mention = m.here().get();
                String where = m.allThere().isEmpty() ? "not in " + there.file()
                        : Mismatches.times(m.allThere().size()) + " in " + there.file() + " (line " + Mismatches.lines(m.allThere()) + ")";
                problems.add(Problem.at(here.file(), mention.line(), "\"" + mention.written() + "\" is stated " + Mismatches.times(m.allHere().size()) + " here"
                                + (m.allHere().size() > 1 ? " (line " + Mismatches.lines(m.allHere()) + ")" : "") + " but " + where,
                        "remove it here, or state it there too; the two languages must state the same numbers and dates").followingFrom(List.of(here.file(), there.file())));
            } else {
                Mention other = m.there().orElseThrow();
                String here_ = m.allHere().isEmpty() ? "not here" : Mismatches.times(m.allHere().size()) + " here (line " + Mismatches.lines(m.allHere()) + ")";
                problems.add(Problem.at(here.file(), other.line(), "\"" + other.written() + "\" is stated " + Mismatches.times(m.allThere().size()) + " in " + there.file()
                                + " (line " + Mismatches.lines(m.allThere()) + ") but " + here_,
                        "write " + written(other.value(), writer) + " here too, or remove it there;"
                                + " the two languages must state the same numbers and dates").followingFrom(List.of(here.file(), there.file())));
            }
        }
    }

    /** A value as the translation's language writes it, as the fact boxes write it: {@code 1,000}, {@code 14 July 2023}. */
    static String written(String value, FactFormatter writer) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return writer.value(new FactValue.Day(LocalDate.parse(value)), false);
        if (value.matches("\\d{4}-\\d{2}")) return writer.value(new FactValue.Month(YearMonth.parse(value)), false);
        if (value.matches("--\\d{2}-\\d{2}")) {
            // A day without a year: the locale's long date without its year, in the locale's order.
            String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                    java.time.chrono.IsoChronology.INSTANCE, writer.language().locale());
            String dayMonth = pattern.indexOf('M') < pattern.indexOf('d') ? "MMMM d" : "d MMMM";
            return DateTimeFormatter.ofPattern(dayMonth, writer.language().locale()).format(LocalDate.parse("2000" + value.substring(1)));
        }
        return writer.number(new BigDecimal(value));
    }

    /** Whether a mention is one the editor marked as deliberately different in its file: by its text, or by its value. */
    private static Predicate<Mention> excused(Article article) {
        FrontMatter.Differs differs = article.front().differs();
        if (differs.written().isEmpty()) return mention -> false;
        Set<String> values = new HashSet<>();
        NumberReader reader = NumberReader.of(article.language());
        for (String written : differs.written()) for (NumberReader.Found found : reader.read(written)) values.add(found.value());
        return mention -> values.contains(mention.value()) || differs.written().contains(mention.written());
    }

    private static List<Mention> flat(Map<String, List<NumberMention>> byValue) {
        List<Mention> all = new ArrayList<>();
        byValue.forEach((value, mentions) -> {
            for (NumberMention mention : mentions) all.add(new Mention(value, kind(value), mention.written(), mention.line()));
        });
        all.sort(java.util.Comparator.comparingInt(Mention::line));
        return all;
    }

    /**
     * The mentions of one version with its weak ones ("the two", "kedua": {@code ~2}) taken for
     * the number where the other version states it more often than this one, and dropped elsewhere.
     */
    private static List<Mention> strengthened(List<Mention> side, List<Mention> other) {
        Map<String, Integer> deficit = new java.util.HashMap<>();
        for (Mention m : other) if (!m.value().startsWith("~")) deficit.merge(m.value(), 1, Integer::sum);
        for (Mention m : side) if (!m.value().startsWith("~")) deficit.merge(m.value(), -1, Integer::sum);
        List<Mention> result = new ArrayList<>();
        for (Mention m : side) {
            if (!m.value().startsWith("~")) {
                result.add(m);
                continue;
            }
            String value = m.value().substring(1);
            if (deficit.getOrDefault(value, 0) > 0) {
                deficit.merge(value, -1, Integer::sum);
                result.add(new Mention(value, m.kind(), m.written(), m.line()));
            }
        }
        return result;
    }

    /** Only a number is taken for a number changed, a date for a date. */
    private static String kind(String value) {
        return value.contains("-") ? "date" : "number";
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
