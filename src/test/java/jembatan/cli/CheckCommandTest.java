package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jembatan.Fixtures;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void checksWithoutWritingAndListsExternalLinks(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("Home, in brief.\n---\n", "Home, in brief.\n---\n[Report](https://example.com/r)\n")
                .replace("Beranda, secara singkat.\n---\n", "Beranda, secara singkat.\n---\n[Laporan](https://example.com/r)\n"));
        TestProject.Run run = project.run("check", "--external");
        assertEquals(0, run.status(), run.err());
        assertEquals("""
                Checked 4 pages: every link, anchor, picture and translation is in order.
                1 external link, not fetched:
                  https://example.com/r  (/en/index.html, /id/index.html)
                """, run.out());
        assertTrue(Files.notExists(root.resolve("site")), "check writes nothing");
    }

    @Test
    void aBrokenLinkFailsTheCheck(@TempDir Path root) {
        TestProject.Run run = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("Home, in brief.\n---\n", "Home, in brief.\n---\n[Gone](/en/gone/)\n")).run("check");
        assertEquals(1, run.status());
        assertEquals("content/en/index.md:5: link \"/en/gone/\" leads to /en/gone/, which is not a page of this site; "
                + "link to an article by its Markdown file (e.g. about.md) so the build finds its URL for you", run.errLines().get(0));
    }

    private static final String WITH_IFRAME = Fixtures.TWO_LANGUAGES.replace("Home, in brief.\n---\n", "Home, in brief.\n---\n<iframe src=\"https://v.example/\"></iframe>\n");
    private static final String IFRAME = "content/en/index.md:5: warning: <iframe> is not allowed in an article and was removed "
            + "(its text, if any, is kept); link to it instead: [Watch the video](https://...)";

    @Test
    void warningsArePrintedAndCountedAndDoNotFailTheCheckOrTheBuild(@TempDir Path root) {
        TestProject project = TestProject.of(root, WITH_IFRAME);
        TestProject.Run check = project.run("check");
        assertEquals(0, check.status(), check.err());
        assertEquals(java.util.List.of(IFRAME, "1 warning."), check.errLines());
        assertTrue(check.out().startsWith("Checked 4 pages: "), check.out());

        TestProject.Run build = project.run("build");
        assertEquals(0, build.status(), build.err());
        assertEquals(java.util.List.of(IFRAME, "1 warning."), build.errLines());
        assertTrue(build.out().startsWith("Built 4 pages "), build.out());
        TestProject.Run quiet = project.run("build", "--quiet");
        assertEquals("", quiet.out());
        assertEquals(java.util.List.of(IFRAME, "1 warning."), quiet.errLines(), "--quiet still says what the build removed");
    }

    @Test
    void aFailedBuildPrintsItsErrorsThenItsWarningsAndCountsBoth(@TempDir Path root) {
        TestProject project = TestProject.of(root, WITH_IFRAME.replace("Beranda, secara singkat.\n---\n", "Beranda, secara singkat.\n---\n{{% notice %}}\n"));
        TestProject.Run run = project.run("build");
        assertEquals(1, run.status(), run.err());
        assertEquals(java.util.List.of(
                "content/id/index.md:5: \"{{% notice %}}\" is another generator's shortcode; remove it; Jembatan has no shortcodes, write the content as Markdown",
                IFRAME, "1 problem, 1 warning.", "The site was not built; site/ is unchanged."), run.errLines());
    }
}
