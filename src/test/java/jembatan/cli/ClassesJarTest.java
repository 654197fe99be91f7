package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassesJarTest {
    @TempDir
    Path folder;

    @Test
    void theClassesFolderIsPackedOnceAndAgainOnlyWhenItChanges() throws IOException {
        Path classes = folder.resolve("classes");
        Files.createDirectories(classes.resolve("jembatan/cli"));
        Files.writeString(classes.resolve("jembatan/cli/Main.class"), "main");
        Files.writeString(classes.resolve("templates.txt"), "a resource");
        Path jar = folder.resolve("start/classes.jar");

        assertEquals(jar, ClassesJar.packed(classes, jar).orElseThrow());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertEquals(List.of("jembatan/cli/Main.class", "templates.txt"), zip.stream().map(entry -> entry.getName()).toList());
            assertArrayEquals("main".getBytes(), zip.getInputStream(zip.getEntry("jembatan/cli/Main.class")).readAllBytes());
        }
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(jar, old);
        ClassesJar.packed(classes, jar);
        assertEquals(old, Files.getLastModifiedTime(jar), "an unchanged folder leaves the jar, and the startup cache made for it, as they are");

        Files.writeString(classes.resolve("jembatan/cli/Main.class"), "main, compiled again");
        ClassesJar.packed(classes, jar);
        assertNotEquals(old, Files.getLastModifiedTime(jar));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertArrayEquals("main, compiled again".getBytes(), zip.getInputStream(zip.getEntry("jembatan/cli/Main.class")).readAllBytes());
        }
    }
}
