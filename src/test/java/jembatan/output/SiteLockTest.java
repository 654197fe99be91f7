package jembatan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("try") // locks are held for their blocks, not used in them
class SiteLockTest {
    @TempDir
    Path project;

    @Test
    void theHolderWritesItsProcessIdAndASecondBuildIsToldWhoHoldsIt() throws Exception {
        Path site = project.resolve("site");
        long pid = ProcessHandle.current().pid();
        try (SiteLock held = SiteLock.acquire(site, SiteLock.Patience.FOREVER)) {
            assertEquals(pid + "\n", Files.readString(project.resolve(".site.staging/lock")));
            List<Long> asked = new ArrayList<>();
            SiteLock.Busy busy = CompletableFuture.supplyAsync(() -> assertThrows(SiteLock.Busy.class,
                    () -> SiteLock.acquire(site, holder -> asked.add(holder) && asked.size() < 3))).get(10, TimeUnit.SECONDS);
            assertEquals(pid, busy.holder());
            assertEquals(List.of(pid, pid, pid), asked);
        }
    }

    @Test
    void theLockIsReentrantForItsThreadAndFreeOnceClosed() throws Exception {
        Path site = project.resolve("site");
        try (SiteLock outer = SiteLock.acquire(site, SiteLock.Patience.FOREVER)) {
            new SiteWriter(site).write(jembatan.html.BuiltSite.of(java.util.Map.of("index.html", new byte[] {1})));
        }
        boolean taken = CompletableFuture.supplyAsync(() -> {
            try (SiteLock other = SiteLock.acquire(site, holder -> false)) {
                return true;
            } catch (Exception e) {
                return false;
            }
        }).get(10, TimeUnit.SECONDS);
        assertTrue(taken, "another thread takes the lock once it is let go");
    }

    @Test
    void aLockFileThatIsALinkIsReplacedNeverWrittenThrough() throws Exception {
        Path outside = Files.writeString(project.resolve("outside.txt"), "not the build's");
        Files.createDirectories(project.resolve(".site.staging"));
        Files.createLink(project.resolve(".site.staging/lock"), outside);
        try (SiteLock lock = SiteLock.acquire(project.resolve("site"), SiteLock.Patience.FOREVER)) {
            assertEquals("not the build's", Files.readString(outside));
        }
        Files.delete(project.resolve(".site.staging/lock"));
        Files.createSymbolicLink(project.resolve(".site.staging/lock"), outside);
        try (SiteLock lock = SiteLock.acquire(project.resolve("site"), SiteLock.Patience.FOREVER)) {
            assertEquals("not the build's", Files.readString(outside));
        }
    }
}
