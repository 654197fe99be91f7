package jembatan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import jembatan.html.BuiltSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record a write keeps of the tree it made ({@link StagedTree}), which the write that finds
 * that tree in the staging folder again, two builds later, trusts for each folder whose time is
 * the one recorded. Each test leaves a stray file in a folder of the staging folder: one the
 * write lists is removed; one in a folder the record vouches for is not seen, which is how a test
 * can tell the record was used.
 */
class StagedTreeTest {
    static final Map<String, String> PAGES = Map.of("index.html", "home", "en/a/index.html", "a", "en/b/index.html", "b");

    @TempDir
    Path project;

    @Test
    void aFolderTheRecordVouchesForIsNotListed() throws IOException {
        Path site = twoWrites();
        settle();
        stray(true);

        assertTrue(strayPublished(site), "a change that keeps its folder's time is not seen");
    }

    @Test
    void aFolderWhoseTimeChangedIsListedAndWhatItHoldsRemoved() throws IOException {
        Path site = twoWrites();
        settle();
        stray(false);

        SiteWriter.Written written = new SiteWriter(site).write(built(PAGES));

        assertFalse(Files.exists(site.resolve("en/a/stray.html")));
        assertEquals(new SiteWriter.Written(0, 3, 1), written, "the pages were the staging folder's already");
    }

    @Test
    void aFolderThatChangedLessThanTwoSecondsBeforeItWasRecordedIsListed() throws IOException {
        Path site = twoWrites();
        stray(true);

        assertFalse(strayPublished(site));
    }

    @Test
    void aRecordOfAnotherTreeIsNotUsed() throws IOException {
        Path site = twoWrites();
        settle();
        Path staging = project.resolve(".site.staging/next");
        Path moved = Files.move(staging, project.resolve("elsewhere"));
        Files.createDirectories(staging);
        Files.move(moved.resolve("index.html"), staging.resolve("index.html"));
        Files.move(moved.resolve("en"), staging.resolve("en"));
        stray(true);

        assertFalse(strayPublished(site), "the staging folder is another folder, whatever it holds");
    }

    @Test
    void aDamagedRecordIsNotUsed() throws IOException {
        Path site = twoWrites();
        Path record = project.resolve(".site.staging/next.tree");
        byte[] bytes = Files.readAllBytes(record);
        bytes[bytes.length / 2] ^= 1;
        Files.write(record, bytes);
        settle();
        stray(true);

        assertFalse(strayPublished(site));
    }

    @Test
    void theStagingFoldersRecordGoesBeforeTheFolderChanges() throws IOException {
        Path site = twoWrites();
        settle();
        assertTrue(Files.exists(project.resolve(".site.staging/next.tree")));
        SiteWriter full = new SiteWriter(site, (file, bytes) -> {
            throw new IOException("No space left on device");
        });

        assertThrows(IOException.class, () -> full.write(built(Map.of("index.html", "changed"))));

        assertFalse(Files.exists(project.resolve(".site.staging/next.tree")), "a write that did not finish leaves its tree unrecorded");
        assertEquals("home", Files.readString(site.resolve("index.html")));
    }

    /** Writes the pages again, and says whether the stray file of {@link #stray} is in the new site. */
    private boolean strayPublished(Path site) throws IOException {
        new SiteWriter(site).write(built(PAGES));
        return Files.exists(site.resolve("en/a/stray.html"));
    }

    /** Two writes of the pages: each tree, site/'s and the staging folder's, has its record. */
    private Path twoWrites() throws IOException {
        Path site = project.resolve("site");
        new SiteWriter(site).write(built(PAGES));
        new SiteWriter(site).write(built(PAGES));
        assertTrue(Files.exists(project.resolve(".site.staging/next.tree")));
        assertTrue(Files.exists(project.resolve(".site.staging/site.tree")));
        return site;
    }

    /** The records written long after their folders last changed, as they are when builds are seconds apart. */
    private void settle() throws IOException {
        FileTime later = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS));
        for (String record : new String[] {"next.tree", "site.tree"}) Files.setLastModifiedTime(project.resolve(".site.staging").resolve(record), later);
    }

    /** A file the new site does not have, in a folder of the staging folder; {@code keepTime}: the folder keeps its time. */
    private void stray(boolean keepTime) throws IOException {
        Path folder = project.resolve(".site.staging/next/en/a");
        FileTime time = Files.getLastModifiedTime(folder);
        Files.writeString(folder.resolve("stray.html"), "left by a person", StandardCharsets.UTF_8);
        if (keepTime) Files.setLastModifiedTime(folder, time);
    }

    private static BuiltSite built(Map<String, String> texts) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        texts.forEach((file, text) -> files.put(file, text.getBytes(StandardCharsets.UTF_8)));
        return BuiltSite.of(files);
    }
}
