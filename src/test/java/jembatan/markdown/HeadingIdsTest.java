package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heading ids as GitHub (and Hugo, by default) make them, so that anchors copied from either work. */
class HeadingIdsTest {
    @TempDir
    Path root;

    @Test
    void keepsUnderscoresLetterCaseFoldedAndPunctuationRemoved() {
        assertEquals("my_var", HeadingIds.slug("my_var"));
        assertEquals("step-1-install_go", HeadingIds.slug("Step 1: install_go"));
        assertEquals("c--c", HeadingIds.slug("C++ & C#"));
        assertEquals("ienumerablet", HeadingIds.slug("IEnumerable<T>"));
        assertEquals("what-they-said", HeadingIds.slug("What they said"));
        assertEquals("über-cool----dash", HeadingIds.slug("Über-cool -- dash"));
    }

    @Test
    void keepsIndonesianAndOtherLettersAndMarks() {
        assertEquals("sekilas-perundingan-1000-tahanan", HeadingIds.slug("Sekilas perundingan: 1.000 tahanan"));
        assertEquals("apa-kata-mereka", HeadingIds.slug("Apa kata mereka?"));
        // Like GitHub: "İ" lowercases to "i" and a combining dot, which is a mark and stays.
        assertEquals("i\u0307stanbul-türkiye", HeadingIds.slug("İstanbul, “Türkiye”"));
    }

    @Test
    void aFootnoteLikeIdIsToldApartFromTheFootnotes() {
        assertEquals(List.of("fn-1-heading", "fnref-2-heading", "fn-one"), OneArticle.render(root, "## Fn 1\n\n## fnref 2\n\n## fn one\n").ids());
    }

    @Test
    void headingsInAnArticleGetThemAndDuplicatesCountAsOnGitHub() {
        OneArticle article = OneArticle.render(root, """
                ## my_var

                ## IEnumerable<T>

                ## Step 1: install_go

                ## C++ & C#

                ## Sources

                ## Sources

                ## Sources-1

                ## Sources
                """);
        assertEquals(List.of(), article.errors());
        assertEquals(List.of("my_var", "ienumerablet", "step-1-install_go", "c--c", "sources", "sources-1", "sources-1-1", "sources-2"), article.ids());
        assertEquals(article.ids(), Jsoup.parse(article.html()).select("h2").eachAttr("id"));
    }

    @Test
    void eachArticleCountsItsOwnDuplicates() {
        assertEquals(List.of("a", "a-1"), OneArticle.render(root, "## A\n\n## A\n").ids());
        assertEquals(List.of("a", "a-1"), OneArticle.render(root, "## A\n\n## A\n").ids());
    }

    @Test
    void headingIdsAreUniqueWhateverTheOrderOfTheirTexts() {
        assertEquals(List.of("a", "a-1", "a-1-1"), OneArticle.render(root, "## A\n\n## A\n\n## A 1\n").ids());
        assertEquals(List.of("a-1", "a", "a-2"), OneArticle.render(root, "## A 1\n\n## A\n\n## A\n").ids());
    }

    @Test
    void theLayoutsOwnIdsAreTakenBeforeTheFirstHeading() {
        assertEquals(List.of("content-heading", "index-title-heading", "content-heading-1"),
                OneArticle.render(root, "## Content\n\n## Index title\n\n## Content\n").ids());
    }

    @Test
    void aNumberThatTellsDuplicatesApartSkipsTheFootnotesThePageHas() {
        OneArticle article = OneArticle.render(root, "## Fn\n\n## Fn\n\n## Fn\n\nA note[^a] and another[^b].\n\n[^a]: One.\n\n[^b]: Two.\n");
        assertEquals(List.of("fn", "fn-3", "fn-4"), article.ids());
        // Without footnotes the count is GitHub's.
        assertEquals(List.of("fn", "fn-1"), OneArticle.render(root, "## Fn\n\n## Fn\n").ids());
    }

    @Test
    void everyIdTheTemplatesWriteIsReservedOrABoxs() throws IOException {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\bid=\"([^\"]*)\"");
        List<String> unexpected = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(jembatan.TestProject.REPOSITORY.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
                var found = id.matcher(java.nio.file.Files.readString(file));
                while (found.find()) {
                    String value = found.group(1);
                    boolean box = value.startsWith("${box.anchor}") || value.equals("${source.anchor}");
                    if (!box && !HeadingIds.RESERVED.contains(value)) unexpected.add(file.getFileName() + ": " + value);
                }
            }
        }
        assertEquals(List.of(), unexpected, "add them to HeadingIds.RESERVED and to section 4 of the guide");
    }
}
