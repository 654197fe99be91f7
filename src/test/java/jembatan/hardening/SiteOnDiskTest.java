package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.output.SiteLock;
import jembatan.output.WriteFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the site, unlucky: a build killed between the renames of its swap, another build
 * running, a folder that cannot be written, a full or read-only disk. Each ends in one sentence
 * and exit status 1, never an internal error, and {@code site/} is whole.
 */
@SuppressWarnings("try") // locks and read-only folders are held for their blocks, not used in them
class SiteOnDiskTest {
    static final String PROJECT = Fixtures.TWO_LANGUAGES + """
            -- content/id/a.md --
            ---
            title: A
            description: A, secara singkat.
            ---
            Teks.
            -- content/en/a.md --
            ---
            title: A
            description: A, in brief.
            ---
            Text.
            """;

    @Test
    void aSiteLeftAsideByABuildKilledMidSwapIsPutBackEvenByAFailedBuild(@TempDir Path root) throws IOException {
        TestProject project = TestProject.of(root, PROJECT);
        Fixtures.write(root, ".site.staging/previous/index.html", "published before the kill");
        project.write("content/en/a.md", "---\ntitel: A\ndescription: A, in brief.\n---\nText.\n");

        TestProject.Run run = project.run("build");

        assertEquals(1, run.status(), run.err());
        assertEquals("The site was not built; site/ is unchanged.", run.errLines().get(run.errLines().size() - 1));
        assertEquals("published before the kill", Files.readString(root.resolve("site/index.html")), "site/ is the last finished build's");
        assertFalse(Files.exists(root.resolve(".site.staging/previous")));
    }

    @Test
    void aSecondBuildWaitsForTheFirstNamingItsProcessAndGivesUpInOneSentence(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, PROJECT);
        long pid = ProcessHandle.current().pid();
        String before = System.getProperty("jembatan.lock.wait");
        System.setProperty("jembatan.lock.wait", "1");
        try (SiteLock held = SiteLock.acquire(root.resolve("site"), SiteLock.Patience.FOREVER)) {
            TestProject.Run run = CompletableFuture.supplyAsync(() -> project.run("build")).get(30, TimeUnit.SECONDS);
            assertEquals(1, run.status(), run.err());
            assertEquals(List.of("Another build of this project is running (process " + pid + "); waiting for it to finish (at most 1 second).",
                    "jembatan build: another build of this project (process " + pid + ") is still running after 1 second; wait for it to end, or stop it, then build again."),
                    run.errLines());
            assertFalse(Files.exists(root.resolve("site")));
        } finally {
            if (before == null) System.clearProperty("jembatan.lock.wait");
            else System.setProperty("jembatan.lock.wait", before);
        }
        assertEquals(0, project.run("build", "--quiet").status(), "the lock is free once its holder lets go");
    }

    @Test
    void aStagingFolderThatCannotBeWrittenIsOneSentenceAndTheSiteStays(@TempDir Path root) throws Exception {
        TestProject project = TestProject.of(root, PROJECT);
        assertEquals(0, project.run("build", "--quiet").status());
        assertEquals(0, project.run("build", "--quiet").status());
        String published = Files.readString(root.resolve("site/en/a/index.html"));
        project.write("content/en/a.md", "---\ntitle: A, edited\ndescription: A, edited, in brief.\n---\nText.\n");
        Path staging = root.resolve(".site.staging/next/en/a");
        try (ReadOnly folder = ReadOnly.make(staging)) {
            TestProject.Run run = project.run("build");
            assertEquals(1, run.status(), run.err());
            List<String> lines = run.errLines();
            assertTrue(lines.get(0).matches("\\.site\\.staging/next/en/a/index\\.html: cannot be written: permission denied; make the project folder, site/ and "
                    + "\\.site\\.staging/ writable for you, or build a copy of the project"), lines.get(0));
            assertEquals(List.of("1 problem.", "The site was not built; site/ is unchanged."), lines.subList(1, lines.size()));
        }
        assertEquals(published, Files.readString(root.resolve("site/en/a/index.html")));
        assertEquals(0, project.run("build", "--quiet").status(), "once writable again, the site builds");
    }

    @Test
    void aFullOrReadOnlyDiskAndAFolderNotOursAreEachOneSentence(@TempDir Path root) {
        assertEquals("site: cannot be written: the disk is full; free some space on the disk and build again",
                WriteFailure.problemOf(new IOException("No space left on device"), root).toString());
        assertEquals(".site.staging/next/x.html: cannot be written: the disk is read-only; build on a disk you can write to, e.g. from a copy of the project",
                WriteFailure.problemOf(new FileSystemException(root.resolve(".site.staging/next/x.html").toString(), null, "Read-only file system"), root).toString());
        assertEquals("site: cannot be written: permission denied; make the project folder, site/ and .site.staging/ writable for you, or build a copy of the project",
                WriteFailure.problemOf(new AccessDeniedException(root.resolve("site").toString()), root).toString());
    }

    /** A folder nobody may write in for a while: by its mode, or (as root, whom modes do not stop) by the immutable attribute. */
    record ReadOnly(Path folder, boolean immutable) implements AutoCloseable {
        static ReadOnly make(Path folder) throws Exception {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!writable(folder)) return new ReadOnly(folder, false);
            boolean set = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor() == 0;
            ReadOnly made = new ReadOnly(folder, set);
            if (!set || writable(folder)) {
                made.close();
                assumeTrue(false, "this machine lets any folder be written");
            }
            return made;
        }

        private static boolean writable(Path folder) {
            try {
                Files.delete(Files.createFile(folder.resolve(".probe")));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws Exception {
            if (immutable) new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
