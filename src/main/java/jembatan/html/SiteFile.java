package jembatan.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32C;

/**
 * One file of a {@link BuiltSite}: the bytes the build made ({@link Made}), or a file of the
 * published {@code site/} that the build found just as an earlier build made it and takes as it
 * is ({@link Published}), without holding its bytes: a build from the build cache takes most of
 * a large site so, and a writer links such a file instead of writing it.
 */
public sealed interface SiteFile permits SiteFile.Made, SiteFile.Published {

    /** The file's length in bytes. */
    int length();

    /** The file's bytes; a {@link Published} one is read now. */
    byte[] bytes();

    /** Bytes the build made. */
    record Made(byte[] bytes) implements SiteFile {
        @Override
        public int length() {
            return bytes.length;
        }
    }

    /**
     * A file of {@code site/} as the build found it: its path, its length and CRC-32C (those the
     * earlier build made it with), and its time and identity (the file system's key) when the
     * build found it, which tell a writer that it is still that very file; {@code modified} is 0
     * when the build did not take them (see {@code StoredRun}).
     */
    record Published(Path path, int length, int check, long modified, long identity) implements SiteFile {

        /**
         * Reads the file, which must still have the length and check it had when the build found
         * it: the build does not hold another copy of these bytes.
         */
        @Override
        public byte[] bytes() {
            try {
                byte[] bytes = Files.readAllBytes(path);
                if (bytes.length != length || checkOf(bytes) != check) {
                    throw new IOException(path + " changed while the build ran; build again");
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A file's identity as its attributes give it: the hash of the file system's key (device and inode), 0 where there is none. */
        public static long identityOf(BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            return key == null ? 0 : key.hashCode();
        }

        /** The CRC-32C of {@code bytes}, as {@code check} holds it. */
        public static int checkOf(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return (int) crc.getValue();
        }
    }
}
