package jembatan.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jembatan.config.Dictionary;
import jembatan.facts.Fact;
import jembatan.facts.FactSheet;
import jembatan.facts.Source;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Numbers the sources a page cites, once for the whole page. Boxes are drawn once per language
 * and shared by every page that places them, so a drawn box names each source by its id
 * ({@code <a data-source="id">}); only the page, once all its boxes and inline facts are in place,
 * knows which source it cites first. This step reads the page's body as the document
 * {@link FactBoxExpander} drew the boxes into, gives each inline fact its citation where the prose
 * first states it, numbers the sources in order of first use, points every citation at
 * {@code #source-<n>}, and returns the sources in that order for the page's list.
 */
final class Citations {
    /** The attribute by which a drawn box names a source before the page numbers it. */
    static final String SOURCE_ATTRIBUTE = "data-source";
    /** The id of a page's list of sources. */
    static final String LIST_ID = "page-sources";

    // Parsed once: every page that shows facts runs these, and parsing a query each time cost as much as running it.
    private static final Evaluator INLINE_FACT = QueryParser.parse("[data-fact]");
    private static final Evaluator IN_A_BOX = QueryParser.parse("aside.factbox");
    private static final Evaluator CITATION = QueryParser.parse("a[" + SOURCE_ATTRIBUTE + "]");

    private Citations() {
    }

    /** The anchor of the {@code n}th entry of a page's list of sources. */
    static String anchor(int n) {
        return "source-" + n;
    }

    /** Numbers the citations in {@code body}, a parsed page body; the sources it cites, in the order of their numbers. */
    static List<Source> number(Element body, FactSheet sheet, Dictionary dictionary) {
        // An inline fact ({{fact id}}) cites its sources right after its value, as a box row does:
        // where the prose first states it. A name cited at every mention would bury the sentences.
        Set<String> citedInProse = new HashSet<>();
        for (Element value : body.select(INLINE_FACT)) {
            Fact fact = sheet.facts().get(value.attr("data-fact"));
            if (fact == null || fact.sources().isEmpty() || value.closest(IN_A_BOX) != null) continue;
            if (!citedInProse.add(fact.id())) continue;
            Element refs = new Element("sup").addClass("ref");
            for (String source : fact.sources()) refs.appendChild(placeholder(source));
            value.after(refs);
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Source> cited = new ArrayList<>();
        for (Element link : body.select(CITATION)) {
            String id = link.attr(SOURCE_ATTRIBUTE);
            Source source = sheet.sources().get(id);
            link.removeAttr(SOURCE_ATTRIBUTE);
            if (source == null) {
                link.remove();
                continue;
            }
            Integer n = numbers.get(id);
            if (n == null) {
                cited.add(source);
                n = cited.size();
                numbers.put(id, n);
            }
            link.attr("href", "#" + anchor(n));
            link.attr("aria-label", dictionary.format("citation.label", Map.of("n", String.valueOf(n))));
            link.text("[" + n + "]");
        }
        return List.copyOf(cited);
    }

    /** A citation of a source not numbered yet, as the box partials write it. */
    private static Element placeholder(String source) {
        return new Element("a").attr("href", "#" + LIST_ID).attr(SOURCE_ATTRIBUTE, source);
    }
}
