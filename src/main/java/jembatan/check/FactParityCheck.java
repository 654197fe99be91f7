package jembatan.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.FactRef;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Checks that the versions of an article show the same fact boxes and the same inline facts: a
 * box placed in the Indonesian article and forgotten in the English one is reported in the
 * article that lacks it, naming the line where its translation has it.
 */
public final class FactParityCheck {
    private final Site site;

    public FactParityCheck(Site site) {
        this.site = site;
    }

    public void check(Map<Article, RenderedMarkdown> bodies, Problems problems) {
        check(bodies, problems, site.translationPairs());
    }

    /** Checks some of the site's pairs: a rebuild checks only those with a body it has not checked before. */
    public void check(Map<Article, RenderedMarkdown> bodies, Problems problems, List<Site.Translation> pairs) {
        for (Site.Translation pair : pairs) {
            RenderedMarkdown a = bodies.get(pair.original());
            RenderedMarkdown b = bodies.get(pair.translated());
            if (a == null || b == null) continue;
            compare(pair.original(), a, pair.translated(), b, problems);
            compare(pair.translated(), b, pair.original(), a, problems);
        }
    }

    /** Reports what {@code has} shows and {@code lacks} does not, in {@code lacks}. */
    private static void compare(Article has, RenderedMarkdown hasBody, Article lacks, RenderedMarkdown lacksBody, Problems problems) {
        for (FactRef.Kind kind : FactRef.Kind.values()) {
            Map<String, List<Integer>> here = lines(hasBody, kind);
            Map<String, List<Integer>> there = lines(lacksBody, kind);
            for (Map.Entry<String, List<Integer>> ref : here.entrySet()) {
                int missing = ref.getValue().size() - there.getOrDefault(ref.getKey(), List.of()).size();
                if (missing <= 0) continue;
                String what = kind == FactRef.Kind.BOX ? "fact box \"" + ref.getKey() + "\"" : "fact \"" + ref.getKey() + "\"";
                String how = kind == FactRef.Kind.BOX ? "place `::: factbox " + ref.getKey() + "` here too" : "write {{fact " + ref.getKey() + "}} here too";
                // A mistake in either version (an id misspelt, front matter unreadable) explains a fact missing from one.
                problems.add(Problem.at(lacks.file(), 1, what + " is in " + has.file() + " (line " + join(ref.getValue()) + ") but "
                        + (missing == ref.getValue().size() ? "not here" : "only " + (ref.getValue().size() - missing) + " of " + ref.getValue().size() + " times here"),
                        how + ", so both languages show the same facts").followingFrom(List.of(lacks.file(), has.file())));
            }
        }
    }

    private static Map<String, List<Integer>> lines(RenderedMarkdown body, FactRef.Kind kind) {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (FactRef ref : body.facts()) {
            if (ref.kind() == kind) lines.computeIfAbsent(ref.id(), k -> new ArrayList<>()).add(ref.line());
        }
        return lines;
    }

    static String join(List<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}
