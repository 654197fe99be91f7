package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals("fn-1-heading", HeadingIds.slug("Fn 1"));
        assertEquals("fnref-2-heading", HeadingIds.slug("fnref 2"));
        assertEquals("fn-one", HeadingIds.slug("fn one"));
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
}
