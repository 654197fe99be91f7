package jembatan.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of the built site, whatever wrote the link: articles, templates, partials; and editors' pictures. */
class SiteCheckTest {
    static final String ARTICLES = Fixtures.TWO_LANGUAGES + """
            -- content/id/a.md --
            ---
            title: Satu
            description: Satu, secara singkat.
            ---
            ![Peta Istanbul](../media/peta.png)
            -- content/en/a.md --
            ---
            title: One
            description: One, in brief.
            ---
            ![A map of Istanbul](/media/peta.png) and [the report](https://example.com/report).
            """;

    @Test
    void picturesInContentMediaArePublishedAndLinkedUnderTheBasePath(@TempDir Path root) {
        TestProject project = TestProject.of(root, ARTICLES).write("content/media/peta.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        BuildOutcome.Built built = project.built(BuildOptions.defaults().withBaseUrl("https://user.github.io/repo/"));
        assertTrue(built.site().files().containsKey("media/peta.png"));
        assertEquals("/repo/media/peta.png", TestProject.page(built, "id/a/index.html").selectFirst(".body img").attr("src"));
        assertEquals("/repo/media/peta.png", TestProject.page(built, "en/a/index.html").selectFirst(".body img").attr("src"));
        assertEquals(List.of("https://example.com/report"), List.copyOf(built.externalLinks().keySet()));
        assertEquals(List.of("/en/a/index.html"), List.copyOf(built.externalLinks().get("https://example.com/report")));
    }

    @Test
    void aPictureWithoutAltTextIsReportedAtItsLine(@TempDir Path root) {
        TestProject project = TestProject.of(root, ARTICLES.replace("![A map of Istanbul](/media/peta.png)", "![](/media/peta.png)"))
                .write("content/media/peta.png", new byte[] {1});
        assertEquals(List.of("content/en/a.md:5: picture \"/media/peta.png\" has no alt text; describe it for readers who cannot see it, "
                + "between the brackets: ![Delegations at the table](/media/peta.png)"), project.problems());
    }

    @Test
    void aPictureThatIsNotInContentMediaIsReportedAtItsLine(@TempDir Path root) {
        assertEquals(List.of(
                "content/en/a.md:5: link \"/media/peta.png\" leads to /media/peta.png, which is not in content/media/; add content/media/peta.png, or correct the name",
                "content/id/a.md:5: link \"../media/peta.png\" leads to /media/peta.png, which is not in content/media/; add content/media/peta.png, or correct the name"),
                TestProject.of(root, ARTICLES).problems());
    }

    @Test
    void aTemplatesBrokenLinkMissingAnchorAndPictureWithoutAltAreReportedForEachPage(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- templates/home.ftlh --
                <#import "partials/layout.ftlh" as layout>
                <@layout.frame><h1>${page.title}</h1><a href="/${lang.code}/nowhere/">x</a><a href="#nothing">y</a><img src="/robots.txt"></@layout.frame>
                """);
        assertEquals(List.of(
                "content/en/index.md: the page links to #nothing, but no element has the id nothing; give the target an id, or link to an existing one",
                "content/en/index.md: the page links to /en/nowhere/, which is not a file of this site; if the link is in a template, correct it there; an article links to another by its Markdown file",
                "content/en/index.md: the page shows the picture /robots.txt without alt text; describe every picture; in a template, give <img> an alt attribute",
                "content/id/index.md: the page links to #nothing, but no element has the id nothing; give the target an id, or link to an existing one",
                "content/id/index.md: the page links to /id/nowhere/, which is not a file of this site; if the link is in a template, correct it there; an article links to another by its Markdown file",
                "content/id/index.md: the page shows the picture /robots.txt without alt text; describe every picture; in a template, give <img> an alt attribute"),
                project.problems());
    }

    @Test
    void aTemplatesMistakeOnALaterPageOfAListIsReportedAtTheHomePage(@TempDir Path root) {
        // One article a page: the second of two is /<lang>/page/2/, made from the home page, so its problems name that file.
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("default_language: id\n", "default_language: id\npaginate: 1\n") + """
                -- content/id/a.md --
                ---
                title: Satu
                description: Satu, secara singkat.
                ---
                Teks.
                -- content/id/b.md --
                ---
                title: Dua
                description: Dua, secara singkat.
                ---
                Teks.
                -- content/en/a.md --
                ---
                title: One
                description: One, in brief.
                ---
                Text.
                -- content/en/b.md --
                ---
                title: Two
                description: Two, in brief.
                ---
                Text.
                -- templates/home.ftlh --
                <#import "partials/layout.ftlh" as layout>
                <@layout.frame><h1>${page.title}</h1><#if pager?? && pager.number == 2><a href="/${lang.code}/nowhere/">x</a></#if></@layout.frame>
                """);
        assertEquals(List.of(
                "content/en/index.md: the page links to /en/nowhere/, which is not a file of this site; if the link is in a template, correct it there; an article links to another by its Markdown file",
                "content/id/index.md: the page links to /id/nowhere/, which is not a file of this site; if the link is in a template, correct it there; an article links to another by its Markdown file"),
                project.problems());
    }

    @Test
    void hreflangThatDoesNotNameThePageBackIsReported(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- templates/home.ftlh --
                <#import "partials/layout.ftlh" as layout>
                <@layout.frame><h1>${page.title}</h1></@layout.frame>
                """);
        project.write("templates/partials/layout.ftlh", new String(readLayout(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<link rel=\"alternate\" hreflang=\"${link.hreflang}\" href=\"${link.href}\">",
                        "<#if lang.code == \"id\" || link.hreflang != \"id\"><link rel=\"alternate\" hreflang=\"${link.hreflang}\" href=\"${link.href}\"></#if>"));
        assertEquals(List.of("content/id/index.md: the page names https://example.org/en/ as its en version, which does not name it back; "
                + "every version must list every other in its hreflang links"), project.problems());
    }

    private static byte[] readLayout() {
        try {
            return java.nio.file.Files.readAllBytes(TestProject.REPOSITORY.resolve("templates/partials/layout.ftlh"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
