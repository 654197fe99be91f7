package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build cache names the generator that wrote it by Jembatan's version and the contents of its
 * code, so that a cache from another build of Jembatan is never read: the name changes with a
 * class's bytes and with the version, and not with the times a jar is packed at.
 */
class CacheKeyTest {
    @TempDir
    Path tmp;

    @Test
    void aClassFoldersNameChangesWithTheBytesOfAClassAndWithTheVersion() throws IOException {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("jembatan"));
        Files.write(classes.resolve("jembatan/Build.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("jembatan/Site.class"), new byte[] {4, 5, 6});
        String before = code("0.1.0", classes);
        assertEquals(before, code("0.1.0", classes), "the same code, the same name");
        assertNotEquals(before, code("0.1.1", classes), "another version");
        Files.write(classes.resolve("jembatan/Site.class"), new byte[] {4, 5, 7});
        assertNotEquals(before, code("0.1.0", classes), "a class changed");
    }

    @Test
    void aJarsNameChangesWithTheBytesOfAClassButNotWithWhenItWasPacked() throws IOException {
        Path jar = tmp.resolve("jembatan.jar");
        pack(jar, new byte[] {1, 2, 3}, 1_000_000_000_000L);
        String before = code("0.1.0", jar);
        pack(jar, new byte[] {1, 2, 3}, 1_700_000_000_000L);
        assertEquals(before, code("0.1.0", jar), "the same classes packed again");
        pack(jar, new byte[] {1, 2, 4}, 1_700_000_000_000L);
        assertNotEquals(before, code("0.1.0", jar), "a class changed");
    }

    private static String code(String version, Path source) {
        return CacheKey.code(version, List.of(source), new CRC32C());
    }

    private static void pack(Path jar, byte[] bytes, long time) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("jembatan/Build.class");
            entry.setLastModifiedTime(FileTime.fromMillis(time));
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
    }
}
