package jembatan.build;

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

/** A build that remembers its last run re-renders only the pages an edit changes, and gives the same bytes as a fresh build. */
class IncrementalBuildTest {
    static final String PROJECT = Fixtures.TWO_LANGUAGES + """
            -- content/id/a.md --
            ---
            title: Satu
            ---
            Teks satu.
            -- content/en/a.md --
            ---
            title: One
            ---
            Text one.
            -- content/id/b.md --
            ---
            title: Dua
            weight: 1
            ---
            Teks dua.
            -- content/en/b.md --
            ---
            title: Two
            weight: 1
            ---
            Text two.
            """;

    @TempDir
    Path root;
    TestProject project;
    Build build;

    @BeforeEach
    void firstBuild() {
        project = TestProject.of(root, PROJECT);
        build = new Build(root);
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
        project.write("content/en/a.md", "---\ntitle: One\n---\nText one, edited.\n");
        BuildOutcome.Built after = built();
        assertEquals(1, after.rendered());
        assertTrue(after.site().text("en/a/index.html").orElseThrow().contains("Text one, edited."));
    }

    @Test
    void aNewTitleRendersThePageItsTranslationAndTheListsThatShowIt() {
        project.write("content/en/a.md", "---\ntitle: One, renamed\n---\nText one.\n");
        // en/a (itself), id/a (its switcher names it), en/ (the home page lists it).
        assertEquals(3, built().rendered());
    }

    @Test
    void aMenuTitleChangeRendersEveryPageOfThatLanguageThatShowsTheMenu() {
        project.write("content/en/b.md", "---\ntitle: Two, renamed\nweight: 1\n---\nText two.\n");
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
        project.write("content/en/a.md", "---\ntitle: One, renamed\n---\nText one, edited.\n");
        BuildOutcome.Built incremental = built();
        BuildOutcome.Built fresh = assertInstanceOf(BuildOutcome.Built.class, Build.run(root, BuildOptions.defaults()));
        assertEquals(fresh.site().files().keySet(), incremental.site().files().keySet());
        fresh.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, incremental.site().files().get(file), file));
    }

    @Test
    void aFailedBuildIsFollowedByAGoodOneWhenTheMistakeIsFixed() {
        project.write("content/en/a.md", "---\ntitel: One\n---\n");
        assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
        project.write("content/en/a.md", "---\ntitle: One\n---\nText one.\n");
        assertEquals(8, built().rendered());
    }

    @Test
    void aFileThatStaysBrokenIsReportedOnEveryRebuild() {
        project.write("content/en/c.md", "---\ntitel: Three\n---\n");
        for (int run = 0; run < 2; run++) {
            BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
            assertEquals("content/en/c.md:2: unknown front matter key \"titel\"; did you mean \"title\"?", failed.problems().get(0).toString(), "run " + run);
        }
    }

    @Test
    void aNewTitleReachesTheFeedAndTheSitemapIsKeptOtherwise() {
        byte[] sitemap = built().site().files().get("sitemap.xml");
        project.write("content/en/a.md", "---\ntitle: One\n---\nText one, edited.\n");
        assertTrue(built().site().files().get("sitemap.xml") == sitemap, "the same sitemap, reused");
        project.write("content/en/a.md", "---\ntitle: One, renamed\ndate: 2025-05-16\n---\nText one.\n");
        assertTrue(built().site().text("en/feed.xml").orElseThrow().contains("<title>One, renamed</title>"));
    }
}
