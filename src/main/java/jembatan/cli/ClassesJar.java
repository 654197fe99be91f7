package jembatan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The project's compiled classes as one jar, for {@code mvn generate}: Java's startup cache holds
 * classes from jars only, and Maven's classpath has them in a folder. Packing is not Maven's
 * business here (the jar plugin rewrites its jar on every run, which would make the cache stale
 * each time), so the jar is written only when the folder changed, known from a listing of its
 * files' names, sizes and times kept as the jar's comment; an unchanged folder costs one listing.
 */
final class ClassesJar {
    private ClassesJar() {
    }

    /** The jar of {@code classes} at {@code jar}, written if it is missing or the folder changed; nothing when it cannot be written. */
    static Optional<Path> packed(Path classes, Path jar) {
        try {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(classes)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            StringBuilder listing = new StringBuilder();
            for (Path file : files) {
                listing.append(entryName(classes, file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
            String comment = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
            if (comment.equals(commentOf(jar))) return Optional.of(jar);
            Files.createDirectories(jar.getParent());
            Path temporary = jar.resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.setComment(comment);
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(entryName(classes, file));
                    entry.setTime(0);
                    zip.putNextEntry(entry);
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            try {
                Files.move(temporary, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of(jar);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String entryName(Path classes, Path file) {
        return classes.relativize(file).toString().replace('\\', '/');
    }

    private static String commentOf(Path jar) {
        if (!Files.isRegularFile(jar)) return "";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String comment = zip.getComment();
            return comment == null ? "" : comment;
        } catch (IOException e) {
            return "";
        }
    }
}
