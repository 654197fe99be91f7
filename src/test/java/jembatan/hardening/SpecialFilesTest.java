package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jembatan.TestProject;
import jembatan.serve.LiveSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is not a file, where editors' and designers' files go: a named pipe, a device, a socket,
 * a sparse file of gigabytes, names some file systems refuse. Each is a problem naming the file
 * and what it is; {@code build}, {@code check} and {@code status} always return, and the preview
 * goes on rebuilding when such a file comes and goes.
 */
class SpecialFilesTest {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String NOT_A_FILE = "remove it, or put a file in its place; only files are read from content/ and templates/";

    @Test
    void aNamedPipeAnywhereIsAProblemAndEveryCommandReturns(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, SiteOnDiskTest.PROJECT);
        for (String pipe : List.of("content/en/pipe.md", "content/facts/pipe.yaml", "templates/partials/pipe.ftlh", "templates/assets/pipe.css", "content/media/pipe.pdf")) {
            mkfifo(root.resolve(pipe));
        }
        List<String> expected = List.of(
                "content/en/pipe.md: is a named pipe (FIFO), not a file; " + NOT_A_FILE,
                "content/facts/pipe.yaml: is a named pipe (FIFO), not a file; " + NOT_A_FILE,
                "content/media/pipe.pdf: is a named pipe (FIFO), not a file; " + NOT_A_FILE,
                "templates/assets/pipe.css: is a named pipe (FIFO), not a file; " + NOT_A_FILE,
                "templates/partials/pipe.ftlh: is a named pipe (FIFO), not a file; " + NOT_A_FILE);
        assertTimeoutPreemptively(PATIENCE, () -> {
            List<String> build = problems(project.run("build"), 1);
            assertEquals(List.of(expected.get(0), expected.get(1), expected.get(4)), build);
            Files.delete(root.resolve("templates/partials/pipe.ftlh")); // the templates stop a build before the files it publishes are read
            Files.delete(root.resolve("content/en/pipe.md"));
            Files.delete(root.resolve("content/facts/pipe.yaml"));
            assertEquals(expected.subList(2, 4), problems(project.run("check"), 1));
            TestProject.Run status = project.run("status");
            assertTrue(status.out().contains("index"), status.out() + status.err());
        });
    }

    @Test
    void aPipeAsTheSiteConfigurationOrAnArticleIsReportedByStatusToo(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, SiteOnDiskTest.PROJECT);
        mkfifo(root.resolve("content/id/pipe.md"));
        assertTimeoutPreemptively(PATIENCE, () -> {
            TestProject.Run status = project.run("status");
            assertTrue(status.out().contains("content/id/pipe.md"), status.out() + status.err());
            Files.delete(root.resolve("content/site.yaml"));
            mkfifo(root.resolve("content/site.yaml"));
            assertEquals(List.of("content/site.yaml: is a named pipe (FIFO), not a file; " + NOT_A_FILE), problems(project.run("build"), 1));
        });
    }

    @Test
    void aDeviceAndASocketAreNamedForWhatTheyAre(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, SiteOnDiskTest.PROJECT);
        assumeTrue(new ProcessBuilder("mknod", root.resolve("content/en/zero.md").toString(), "c", "1", "5").start().waitFor() == 0, "mknod is allowed here");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(root.resolve("content/en/socket.md")));
            assertTimeoutPreemptively(PATIENCE, () -> assertEquals(List.of(
                    "content/en/socket.md: is a socket, not a file; " + NOT_A_FILE,
                    "content/en/zero.md: is a character device, not a file; " + NOT_A_FILE), problems(project.run("build"), 1)));
        }
    }

    @Test
    void aSparseMediaFileOfGigabytesIsRefusedWithoutReadingItAndOddNamesAreRefused(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, SiteOnDiskTest.PROJECT);
        Files.createDirectories(root.resolve("content/media/odd\\folder"));
        try (RandomAccessFile sparse = new RandomAccessFile(root.resolve("content/media/film.mp4").toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        project.write("content/media/a:b.txt", "x").write("content/media/a\\b.txt", "x").write("content/media/odd\\folder/inside.txt", "x");
        assertTimeoutPreemptively(PATIENCE, () -> assertEquals(List.of(
                "content/media/a:b.txt: the name \"a:b.txt\" has \":\", which some file systems refuse or read as part of a path; rename it with letters, digits, \"-\", \"_\" and \".\"",
                "content/media/a\\b.txt: the name \"a\\b.txt\" has \"\\\", which some file systems refuse or read as part of a path; rename it with letters, digits, \"-\", \"_\" and \".\"",
                "content/media/film.mp4: is larger than 100 MB; GitHub Pages refuses files over 100 MB; make it smaller, or publish it elsewhere and link to it",
                "content/media/odd\\folder: the name \"odd\\folder\" has \"\\\", which some file systems refuse or read as part of a path; rename it with letters, digits, \"-\", \"_\" and \".\""),
                problems(project.run("check"), 1)));
    }

    @Test
    void thePreviewGoesOnRebuildingWhenAPipeComesAndGoes(@TempDir Path root) throws Exception {
        TestProject.of(root, SiteOnDiskTest.PROJECT);
        LiveSite live = new LiveSite(root, "http://127.0.0.1:1313/", LocalDate.of(2026, 1, 1));
        assertFalse(live.rebuild().failed());
        Path pipe = root.resolve("content/en/pipe.md");
        mkfifo(pipe);
        assertTimeoutPreemptively(PATIENCE, () -> {
            LiveSite.State with = live.rebuild(Set.of(pipe));
            assertEquals(List.of("content/en/pipe.md: is a named pipe (FIFO), not a file; " + NOT_A_FILE), with.problems().stream().map(Object::toString).toList());
            Files.delete(pipe);
            assertFalse(live.rebuild(Set.of(pipe)).failed(), "the site comes back once the pipe is gone");
        });
    }

    private static List<String> problems(TestProject.Run run, int status) {
        assertEquals(status, run.status(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        List<String> lines = run.errLines();
        return lines.subList(0, lines.size() - (lines.get(lines.size() - 1).startsWith("The site was not built") ? 2 : 1));
    }

    static void mkfifo(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        assumeTrue(new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0, "mkfifo is here");
    }
}
