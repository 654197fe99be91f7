package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a build finds saved since the stored run's listing: what it alone reads again. */
class ProjectFilesTest {
    @TempDir
    Path root;

    private static final FileTime HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    private void write(String file, String text, FileTime time) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        Files.setLastModifiedTime(path, time);
    }

    @Test
    void filesAddedRemovedOrChangedAreSavedAndOnlyThose() throws IOException {
        write("content/en/a.md", "a", HOUR_AGO);
        write("content/en/b.md", "b", HOUR_AGO);
        write("templates/page.ftlh", "page", HOUR_AGO);
        write("notes/todo.txt", "not read by a build", HOUR_AGO);
        ProjectFiles before = ProjectFiles.of(root).orElseThrow();
        FileTime written = FileTime.from(Instant.now());

        write("content/en/a.md", "a, longer", HOUR_AGO); // same time, another size
        Files.delete(root.resolve("content/en/b.md"));
        write("content/id/c.md", "c", HOUR_AGO);
        write("notes/todo.txt", "still not read", FileTime.from(Instant.now()));
        assertEquals(Optional.of(Set.of("content/en/a.md", "content/en/b.md", "content/id/c.md")),
                ProjectFiles.of(root).orElseThrow().savedSince(before, written));
    }

    @Test
    void aFileDatedWithinTwoSecondsOfTheListingIsSavedWhateverItsStamp() throws IOException {
        FileTime now = FileTime.from(Instant.now());
        write("content/en/a.md", "a", now);
        write("content/en/b.md", "b", HOUR_AGO);
        ProjectFiles before = ProjectFiles.of(root).orElseThrow();
        // Saved again in the same tick of a coarse clock: the same size and time, other bytes.
        write("content/en/a.md", "A", now);
        assertEquals(Optional.of(Set.of("content/en/a.md")), ProjectFiles.of(root).orElseThrow().savedSince(before, now));
    }

    @Test
    void aProjectWithALinkOrInAnotherFolderIsNotListedToBeTrusted() throws IOException {
        write("content/en/a.md", "a", HOUR_AGO);
        ProjectFiles here = ProjectFiles.of(root).orElseThrow();
        Path moved = root.resolveSibling(root.getFileName() + "-moved");
        Files.move(root, moved);
        try {
            assertEquals(Optional.empty(), ProjectFiles.of(moved).orElseThrow().savedSince(here, FileTime.from(Instant.now())));
            Files.createSymbolicLink(moved.resolve("content/en/b.md"), moved.resolve("content/en/a.md"));
            assertTrue(ProjectFiles.of(moved).isEmpty(), "what a link leads to may change without a trace in the listing");
        } finally {
            Files.move(moved, root);
        }
    }
}
