package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.facts.Fact;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.facts.FactValue;
import jembatan.facts.Source;
import jembatan.report.Problems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built page of this project's site and of the fixture with boxes cites its sources into one
 * list of its own: every citation leads to an entry of that page's list, every entry is cited, the
 * entries are numbered in the order the page first cites them, no box keeps a list of its own, the
 * prose cites a fact where it first states it, and a quote cites exactly the sources the data gives for the quote (not its speaker's).
 */
class SourcesOnEveryPageTest {
    @TempDir
    static Path fixture;

    static Stream<String> projects() {
        return Stream.of("repository", "every-feature");
    }

    private static Path root(String project) {
        if (project.equals("repository")) return TestProject.REPOSITORY;
        Path root = fixture.resolve(project);
        if (!root.toFile().exists()) TestProject.copyOf(TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature"), root);
        return root;
    }

    @ParameterizedTest
    @MethodSource("projects")
    void everyPageNumbersItsSourcesOnceInOrderOfFirstUse(String project) {
        Path root = root(project);
        BuildOutcome outcome = Build.run(root, BuildOptions.defaults());
        if (outcome instanceof BuildOutcome.Failed failed) throw new AssertionError(failed.problems().toString());
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        FactSheet sheet = sheet(root);
        int pagesWithSources = 0;
        int quotes = 0;
        for (String file : built.site().files().keySet()) {
            if (!file.endsWith(".html")) continue;
            Document page = TestProject.page(built, file);
            assertTrue(page.select("footer.factbox-sources, [data-source]").isEmpty(), file + " keeps a box's own list or an unnumbered citation");
            List<Element> citations = page.select("a[href^=#source-]");
            List<Element> entries = page.select("section.page-sources li");
            if (citations.isEmpty()) {
                assertTrue(entries.isEmpty(), file + " lists sources it does not cite");
                continue;
            }
            pagesWithSources++;
            assertEquals(1, page.select("section.page-sources").size(), file + " has one list of sources");
            Set<String> citedInProse = new java.util.HashSet<>();
            for (Element value : page.select("[data-fact]")) {
                if (value.closest("aside.factbox") != null) continue;
                Element next = value.nextElementSibling();
                boolean cites = next != null && next.is("sup.ref");
                // The prose cites a fact where it first states it, and not at every later mention.
                assertEquals(citedInProse.add(value.attr("data-fact")) && !sheet.facts().get(value.attr("data-fact")).sources().isEmpty(), cites,
                        file + ": " + value.outerHtml());
            }
            Set<String> firstUse = new LinkedHashSet<>();
            for (Element citation : citations) {
                String href = citation.attr("href");
                assertTrue(href.matches("#source-\\d+"), file + ": " + citation.outerHtml());
                assertNotNull(page.selectFirst("section.page-sources li" + href), file + " cites " + href + ", which its list lacks");
                String n = href.substring("#source-".length());
                assertEquals(n, citation.text().replaceAll("[\\[\\]]", ""), file + ": the citation's text is its number");
                assertFalse(citation.attr("aria-label").isBlank(), file + ": " + citation.outerHtml() + " has an accessible name");
                assertTrue(citation.attr("aria-label").endsWith(" " + n), file + ": " + citation.attr("aria-label"));
                firstUse.add(n);
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= entries.size(); i++) expected.add(String.valueOf(i));
            assertEquals(expected, List.copyOf(firstUse), file + ": numbered in order of first use, every entry cited");
            assertEquals(expected, entries.stream().map(e -> e.id().substring("source-".length())).toList(), file);
            for (Element figure : page.select("figure.factbox-quote")) {
                Fact quote = quoteShown(figure, sheet, page.selectFirst("html").attr("lang"));
                List<String> cited = figure.select("a[href^=#source-]").stream()
                        .map(a -> page.selectFirst("section.page-sources li" + a.attr("href")).text()).toList();
                List<String> given = quote.sources().stream().map(id -> entryText(sheet.sources().get(id), page)).toList();
                assertEquals(given, cited, file + ": quote " + quote.id() + " cites exactly its own sources");
                quotes++;
            }
        }
        assertTrue(pagesWithSources >= 2, project + ": pages with sources, in both languages");
        assertTrue(quotes >= 2, project + ": quotes checked");
    }

    /** The quote of the data that a figure shows: the one whose words it holds. */
    private static Fact quoteShown(Element figure, FactSheet sheet, String lang) {
        for (Fact fact : sheet.facts().values()) {
            if (!(fact.value() instanceof FactValue.Quote quote)) continue;
            String words = quote.words().byLanguage().getOrDefault(lang.substring(0, 2), quote.words().shared());
            if (!words.isEmpty() && figure.text().contains(words)) return fact;
        }
        throw new AssertionError("no quote of the data in " + figure.outerHtml());
    }

    /** The text of a source's entry as the page lists it: the entry with its outlet, address and date. */
    private static String entryText(Source source, Document page) {
        String lang = page.selectFirst("html").attr("lang").substring(0, 2);
        String outlet = source.outlet().byLanguage().getOrDefault(lang, source.outlet().shared());
        return page.select("section.page-sources li").stream()
                .filter(li -> li.text().startsWith(outlet))
                .filter(li -> source.url().map(url -> li.selectFirst("a[href=" + url + "]") != null).orElse(li.selectFirst("a") == null))
                .filter(li -> source.date().map(d -> li.selectFirst("time[datetime=" + d + "]") != null).orElse(li.selectFirst("time") == null))
                .map(Element::text).findFirst()
                .orElseThrow(() -> new AssertionError(source.id() + " is not in the list of " + page.location()));
    }

    private static FactSheet sheet(Path root) {
        Problems problems = new Problems();
        SiteConfig config = SiteConfigLoader.load(root, problems).orElseThrow();
        FactSheet sheet = FactSheetLoader.load(root, config, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        return sheet;
    }
}
