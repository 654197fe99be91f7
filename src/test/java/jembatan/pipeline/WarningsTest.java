package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.report.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings travel with each article's rendering: a build that reuses it (a rebuild, a preview's
 * quick run) reports them again, and a failed build reports them after its errors.
 */
class WarningsTest {
    private static final String IFRAME = "content/en/index.md:5: warning: <iframe> is not allowed in an article and was removed "
            + "(its text, if any, is kept); link to it instead: [Watch the video](https://...)";

    @TempDir
    Path root;
    TestProject project;
    Rebuilds build;

    @BeforeEach
    void project() {
        project = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("Home, in brief.\n---\n", "Home, in brief.\n---\n<iframe src=\"https://v.example/\"></iframe>\n"));
        build = new Rebuilds(root);
    }

    private List<String> warnings(BuildOutcome outcome) {
        return assertInstanceOf(BuildOutcome.Built.class, outcome).warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void aBuildWithWarningsSucceedsAndEveryRebuildReportsThemAgain() {
        assertEquals(List.of(IFRAME), warnings(build.run(BuildOptions.defaults())));
        BuildOutcome.Built again = assertInstanceOf(BuildOutcome.Built.class, build.run(BuildOptions.defaults()));
        assertEquals(0, again.rendered(), "the article's rendering was reused");
        assertEquals(List.of(IFRAME), warnings(again));
    }

    @Test
    void aQuickRunAfterAnEditElsewhereKeepsTheWarningAndOneAfterTheFixDropsIt() {
        BuildOptions options = BuildOptions.defaults();
        warnings(build.run(options));
        project.write("content/id/index.md", "---\ntitle: Beranda\ndescription: Beranda, secara singkat.\n---\nTeks baru.\n");
        assertEquals(List.of(IFRAME), warnings(build.run(options, Set.of("content/id/index.md"))));
        assertEquals(List.of(IFRAME), warnings(build.run(options, Set.of())));
        project.write("content/en/index.md", "---\ntitle: Home\ndescription: Home, in brief.\n---\n[The video](https://v.example/)\n");
        assertEquals(List.of(), warnings(build.run(options, Set.of("content/en/index.md"))));
    }

    @Test
    void aFailedBuildListsItsErrorsThenItsWarnings() {
        build.run(BuildOptions.defaults());
        project.write("content/id/index.md", "---\ntitle: Beranda\ndescription: Beranda, secara singkat.\n---\n{{< tab >}}\n");
        BuildOutcome.Failed failed = assertInstanceOf(BuildOutcome.Failed.class, build.run(BuildOptions.defaults()));
        assertEquals(List.of("content/id/index.md:5: \"{{< tab >}}\" is another generator's shortcode; "
                + "remove it; Jembatan has no shortcodes, write the content as Markdown", IFRAME),
                failed.problems().stream().map(Problem::toString).toList());
    }
}
