package jembatan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview rebuilds from the last good run, and never loses a save that a failed run could not take in. */
class LiveSiteTest {
    @TempDir
    Path root;

    @Test
    void aSaveAfterAFailedOneStillSeesTheMistakeUntilItIsFixed() {
        TestProject project = TestProject.of(root, PreviewServerTest.PROJECT);
        LiveSite live = new LiveSite(root, "http://127.0.0.1:1313/", LocalDate.of(2025, 5, 16));
        assertFalse(live.rebuild().failed());

        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nSee [nowhere](nowhere.md).\n");
        assertTrue(live.rebuild(List.of(root.resolve("content/en/a.md"))).failed());
        // Another file saved: the run starts from the last good one, which has not seen the broken link.
        project.write("content/id/a.md", "---\ntitle: Satu\ndescription: Satu, secara singkat.\n---\nTeks baru.\n");
        LiveSite.State other = live.rebuild(List.of(root.resolve("content/id/a.md")));
        assertTrue(other.failed());
        assertTrue(other.problems().get(0).toString().startsWith("content/en/a.md:5: link \"nowhere.md\""), other.problems().toString());

        project.write("content/en/a.md", "---\ntitle: One\ndescription: One, in brief.\n---\nText, fixed.\n");
        LiveSite.State fixed = live.rebuild(List.of(root.resolve("content/en/a.md")));
        assertFalse(fixed.failed());
        assertTrue(fixed.site().text("en/a/index.html").orElseThrow().contains("Text, fixed."));
        assertTrue(fixed.site().text("id/a/index.html").orElseThrow().contains("Teks baru."));
        assertEquals(2, fixed.rendered());
    }
}
