package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code import hugo} refuses: it never writes into SOURCE or into a folder that holds anything, and a Hugo file it cannot read stops it before it writes. */
class ImportRefusalsTest {

    @Test
    void aFolderThatHoldsAnythingIsNeverWrittenInto(@TempDir Path temp) throws IOException {
        Path into = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(into.resolve("notes.txt"), "mine");
        TestProject.Run run = HugoImportTest.importHugo(HugoImportTest.FIXTURES.resolve("suffixes"), into);
        assertEquals(1, run.status());
        assertEquals(List.of("jembatan import hugo: " + into + " is not empty; choose a new or empty folder with --into, nothing was written"), run.errLines());
        assertEquals(List.of(into.resolve("notes.txt")), Files.list(into).toList());
    }

    @Test
    void nothingIsWrittenIntoTheHugoProject(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("hugo");
        TestProject.copyTree(HugoImportTest.FIXTURES.resolve("suffixes"), source);
        long before;
        try (var walk = Files.walk(source)) {
            before = walk.count();
        }
        TestProject.Run run = HugoImportTest.importHugo(source, source.resolve("jembatan"));
        assertEquals(1, run.status());
        assertTrue(run.err().contains("is inside the Hugo project, which the import never writes into"), run.err());
        try (var walk = Files.walk(source)) {
            assertEquals(before, walk.count());
        }
    }

    @Test
    void aFrontMatterThatCannotBeReadIsReportedAtItsLineAndNothingIsWritten(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("hugo");
        TestProject.copyTree(HugoImportTest.FIXTURES.resolve("suffixes"), source);
        Files.writeString(source.resolve("content/broken.en.md"), "+++\ntitle = \"Broken\"\ndate = 2024-13-01\n+++\nText.\n");
        Path into = temp.resolve("new");
        TestProject.Run run = HugoImportTest.importHugo(source, into);
        assertEquals(1, run.status());
        assertEquals("content/broken.en.md:3: TOML syntax error", run.errLines().get(0).replaceAll(": TOML syntax error: .*", ": TOML syntax error"));
        assertTrue(run.errLines().get(0).endsWith("; correct the TOML here; a text value needs \"double quotes\""), run.err());
        assertEquals("Nothing was imported; correct the Hugo project and import again.", run.errLines().get(run.errLines().size() - 1));
        assertFalse(Files.exists(into));
    }

    @Test
    void aFolderWithoutHugosConfigurationIsNoHugoProject(@TempDir Path temp) throws IOException {
        TestProject.Run run = HugoImportTest.importHugo(Files.createDirectories(temp.resolve("hugo")), temp.resolve("new"));
        assertEquals(1, run.status());
        assertEquals(".: no Hugo configuration was found; give the folder that holds hugo.toml (or config.toml, hugo.yaml, config/_default/)", run.errLines().get(0));
    }
}
