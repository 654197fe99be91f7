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
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("title: Home\n---\n", "title: Home\n---\n[Report](https://example.com/r)\n")
                .replace("title: Beranda\n---\n", "title: Beranda\n---\n[Laporan](https://example.com/r)\n"));
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
        TestProject.Run run = TestProject.of(root, Fixtures.TWO_LANGUAGES.replace("title: Home\n---\n", "title: Home\n---\n[Gone](/en/gone/)\n")).run("check");
        assertEquals(1, run.status());
        assertEquals("content/en/index.md:4: link \"/en/gone/\" leads to /en/gone/, which is not a page of this site; "
                + "link to an article by its Markdown file (e.g. about.md) so the build finds its URL for you", run.errLines().get(0));
    }
}
