package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import jembatan.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run takes a cache and returns the next; no run changes a cache it was given, so any earlier
 * one still builds what its run built, and a failed run hands back the cache it was given.
 */
class BuildCacheTest {
    static final String A = "content/en/a.md";
    static final String ORIGINAL = "---\ntitle: One\ndescription: One, in brief.\n---\nText one.\n";

    @TempDir
    Path root;
    TestProject project;
    final BuildOptions options = BuildOptions.defaults();
    Build.Result first;

    @BeforeEach
    void firstRun() {
        project = TestProject.of(root, IncrementalBuildTest.PROJECT);
        first = Build.run(root, options, BuildCache.EMPTY, Optional.empty());
        assertInstanceOf(BuildOutcome.Built.class, first.outcome());
    }

    @Test
    void aCacheIsNotChangedByTheRunsMadeFromIt() {
        project.write(A, "---\ntitle: One, renamed\ndescription: One, renamed, in brief.\n---\nText one, edited.\n");
        Build.Result saved = Build.run(root, options, first.cache(), Optional.of(Set.of(A)));
        assertTrue(built(saved).site().text("en/a/index.html").orElseThrow().contains("Text one, edited."));
        project.write(A, "---\ntitle: One\ndescription: One, in brief.\n---\nText one, edited again.\n");
        Build.Result again = Build.run(root, options, saved.cache(), Optional.of(Set.of(A)));
        assertTrue(built(again).site().text("en/a/index.html").orElseThrow().contains("edited again"));
        project.write("content/en/c.md", "---\ntitle: Three\ndescription: Three, secara singkat.\n---\nText three.\n").write("content/id/c.md", "---\ntitle: Tiga\ndescription: Tiga, secara singkat.\n---\nTeks tiga.\n");
        Build.Result whole = Build.run(root, options, first.cache(), Optional.empty());
        assertEquals(built(first).pages() + 2, built(whole).pages());

        // The files as the first run read them: from its cache, told nothing changed, the run
        // reads nothing and must give the first run's site, which it can only find in that cache.
        project.write(A, ORIGINAL);
        deleteQuietly("content/en/c.md");
        deleteQuietly("content/id/c.md");
        Build.Result untouched = Build.run(root, options, first.cache(), Optional.of(Set.of()));
        assertEquals(0, built(untouched).rendered());
        assertSameSite(built(first), built(untouched));
        assertSameSite(built(first), built(Build.run(root, options, first.cache(), Optional.of(Set.of(A)))));
        BuildOutcome.Built reread = built(Build.run(root, options, first.cache(), Optional.empty()));
        assertEquals(0, reread.rendered());
        assertSameSite(built(first), reread);
    }

    @Test
    void aFailedRunReturnsTheCacheItWasGiven() {
        project.write(A, "---\ntitel: One\n---\n");
        Build.Result afterSave = Build.run(root, options, first.cache(), Optional.of(Set.of(A)));
        assertInstanceOf(BuildOutcome.Failed.class, afterSave.outcome());
        assertSame(first.cache(), afterSave.cache());
        Build.Result whole = Build.run(root, options, first.cache(), Optional.empty());
        assertInstanceOf(BuildOutcome.Failed.class, whole.outcome());
        assertSame(first.cache(), whole.cache());

        project.write(A, "---\ntitle: One\ndescription: One, in brief.\n---\nText one, fixed.\n");
        BuildOutcome.Built fixed = built(Build.run(root, options, whole.cache(), Optional.of(Set.of(A))));
        assertEquals(1, fixed.rendered());
        assertSameSite(built(Build.run(root, options, BuildCache.EMPTY, Optional.empty())), fixed);
    }

    private void deleteQuietly(String file) {
        try {
            java.nio.file.Files.deleteIfExists(root.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BuildOutcome.Built built(Build.Result result) {
        return assertInstanceOf(BuildOutcome.Built.class, result.outcome());
    }

    private static void assertSameSite(BuildOutcome.Built expected, BuildOutcome.Built actual) {
        assertEquals(expected.site().files().keySet(), actual.site().files().keySet());
        expected.site().files().forEach((file, bytes) -> assertArrayEquals(bytes, actual.site().files().get(file), file));
        assertEquals(expected.pages(), actual.pages());
        assertEquals(expected.warnings(), actual.warnings());
    }
}
