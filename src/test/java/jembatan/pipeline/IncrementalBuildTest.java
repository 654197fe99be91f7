package jembatan.pipeline;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jembatan.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build from the last run's cache re-renders only the pages an edit changes, and gives the same bytes as a fresh build. */
class IncrementalBuildTest {
    static final String PROJECT = Fixtures.TWO_LANGUAGES.replace("languages:\n", "menu: [b.md]\nlanguages:\n") + """
            -- content/id/a.md --
            ---
            title: Satu
            description: Satu, secara singkat.
            ---
            Teks satu.
            -- content/en/a.md --
            ---
            title: One
            description: One, in brief.
            ---
            Text one.
            -- content/id/b.md --
            ---
            title: Dua
            weight: 1
            description: Dua, secara singkat.
            ---
            Teks dua.
            -- content/en/b.md --
            ---
            title: Two
            weight: 1
            description: Two, in brief.
            ---
            Text two.
            """;

    @TempDir
    Path root;
    TestProject project;
    Rebuilds build;

    @BeforeEach
    void firstBuild() {
        project = TestProject.of(root, PROJECT);
        build = new Rebuilds(root);
        BuildOutcome.Built first = built();
        assertEquals(8, first.pages());
        assertEquals(8, first.rendered());
    }

    private BuildOutcome.Built built() {
        return assertInstanceOf(BuildOutcome.Built.class, build.run(BuildOptions.defaults()));
    }

    @Test
    void nothingChangedRendersNothing() {
        assertEquals(0, built().rendered());
    }

    @Test
    void anEditToOneArticlesTextRendersOnlyThatPage() {
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText one, edited.\n");
        BuildOutcome.Built after = built();
        assertEquals(1, after.rendered());
        assertTrue(after.site().text("en/a/index.html").orElseThrow().contains("Text one, edited."));
    }

    @Test
    void aNewTitleRendersThePageItsTranslationAndTheListsThatShowIt() {
        project.write("content/en/a.md", "---\ntitle: One, renamed\ndescription: One, renamed, in brief.\n---\nText one.\n");
        // en/a (itself), id/a (its switcher names it), en/ (the home page lists it).
        assertEquals(3, built().rendered());
    }

    @Test
    void aMenuTitleChangeRendersEveryPageOfThatLanguageThatShowsTheMenu() {
        project.write("content/en/b.md", "---\ntitle: Two, renamed\nweight: 1\ndescription: Two, renamed, in brief.\n---\nText two.\n");
        // en/, en/a/, en/b/ show the menu; id/b/ names it in its switcher.
        assertEquals(4, built().rendered());
    }

    @Test
    void aTemplateChangeRendersEverything() {
        project.write("templates/article.ftlh", "<#import \"partials/layout.ftlh\" as layout>\n<@layout.frame><h1>${page.title}</h1></@layout.frame>\n");
        assertEquals(8, built().rendered());
    }

    @Test
    void anIncrementalBuildGivesTheSameBytesAsAFreshOne() {
        project.write("content/en/a.md", "---\ntitle: One, renamed\ndescription: One, renamed, in brief.\n---\nText one, edited.\n");
        assertIdenticalToAFreshBuild(built());
    }

    @Test
    void aFailedBuildIsFollowedByAGoodOneWhenTheMistakeIsFixed() {
        project.write("content/en/a.md", "---\ntitel: One\ndescription: One, in brief.\n---\nText one.\n");
        assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText one.\n");
        // The failed run kept the last good run's cache: the file is as that run read it, and no page is made again.
        BuildOutcome.Built fixed = built();
        assertEquals(0, fixed.rendered());
        assertIdenticalToAFreshBuild(fixed);
    }

    @Test
    void aFileThatStaysBrokenIsReportedOnEveryRebuild() {
        project.write("content/en/c.md", "---\ntitel: Three\ndescription: Three, in brief.\n---\nText three.\n");
        for (int run = 0; run < 2; run++) {
            BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
            assertEquals("content/en/c.md:2: unknown front matter key \"titel\"; did you mean \"title\"?", failed.problems().get(0).toString(), "run " + run);
        }
    }

    @Test
    void aNewTitleReachesTheFeedAndTheSitemapIsKept() {
        project.write("content/en/a.md", "---\ntitle: One\ndate: 2025-05-16\ndescription: One, in brief.\n---\nText one.\n");
        BuildOutcome.Built dated = built();
        project.write("content/en/a.md", "---\ntitle: One\ndate: 2025-05-16\ndescription: One, in brief.\n---\nText one, edited.\n");
        BuildOutcome.Built edited = built();
        assertTrue(edited.site().files().get("en/feed.xml") == dated.site().files().get("en/feed.xml"), "the same feed, reused");
        project.write("content/en/a.md", "---\ntitle: One, renamed\ndate: 2025-05-16\ndescription: One, renamed, in brief.\n---\nText one.\n");
        BuildOutcome.Built renamed = built();
        assertTrue(renamed.site().text("en/feed.xml").orElseThrow().contains("<title>One, renamed</title>"));
        assertTrue(renamed.site().files().get("id/feed.xml") == dated.site().files().get("id/feed.xml"), "the other language's feed, reused");
        assertTrue(renamed.site().files().get("sitemap.xml") == dated.site().files().get("sitemap.xml"), "the sitemap shows no titles, reused");
        project.write("content/en/a.md", "---\ntitle: One, renamed\ndate: 2025-05-17\ndescription: One, renamed, in brief.\n---\nText one.\n");
        assertTrue(built().site().text("sitemap.xml").orElseThrow().contains("<lastmod>2025-05-17</lastmod>"));
    }

    @Test
    void aNumberChangedInOneLanguageIsCaughtByTheRebuild() {
        project.write("content/id/a.md", "---\ntitle: Satu\ndescription: Satu, secara singkat.\n---\nTeks satu: 1.000 orang.\n");
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText one: 1,000 people.\n");
        built();
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText one: 1,200 people.\n");
        BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
        assertTrue(failed.problems().toString().contains("content/en/a.md:5: \"1,200\" here, but content/id/a.md states \"1.000\" (line 5)"), failed.problems().toString());
    }

    @Test
    void aPageLeavingTheMenuLeavesItOnEveryPage() {
        project.write("content/site.yaml", Fixtures.TWO_LANGUAGES.substring(0, Fixtures.TWO_LANGUAGES.indexOf("-- content/id/index.md"))
                .replace("-- content/site.yaml --\n", "").replace("languages:\n", "menu: {id: [b.md]}\nlanguages:\n"));
        BuildOutcome.Built after = built();
        // A new configuration: every page is made again.
        assertEquals(8, after.rendered());
        assertTrue(!after.site().text("en/a/index.html").orElseThrow().contains("<nav class=\"menu"), "menu gone from en/a/");
        assertIdenticalToAFreshBuild(after);
    }

    @Test
    void aHeadingRemovedIsReportedWhereAnotherArticleLinksToIt() {
        project.write("content/en/b.md", "---\ntitle: Two\nweight: 1\ndescription: Two, in brief.\n---\n## Details\n\nText two.\n");
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nSee [the details](b.md#details).\n");
        built();
        project.write("content/en/b.md", "---\ntitle: Two\nweight: 1\ndescription: Two, in brief.\n---\nText two.\n");
        BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
        assertEquals("content/en/a.md:5: link \"b.md#details\" leads to #details, which is not on /en/b/", failed.problems().get(0).toString().split(";")[0]);
    }

    @Test
    void aBrokenLinkWrittenInAnEditIsReportedThoughNothingElseChanged() {
        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nSee [the details](b.md#nowhere).\n");
        BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
        assertEquals("content/en/a.md:5: link \"b.md#nowhere\" leads to #nowhere, which is not on /en/b/", failed.problems().get(0).toString().split(";")[0]);
    }

    private void assertIdenticalToAFreshBuild(BuildOutcome.Built incremental) {
        BuildOutcome.Built fresh = assertInstanceOf(BuildOutcome.Built.class, Build.run(root, BuildOptions.defaults()));
        assertEquals(fresh.site().files().keySet(), incremental.site().files().keySet());
        fresh.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, incremental.site().files().get(file), file));
    }
}
