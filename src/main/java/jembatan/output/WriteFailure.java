package jembatan.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import jembatan.report.Problem;

/**
 * Why {@code site/} could not be written, in an editor's words: a full disk, a read-only one, a
 * folder that is not ours to write, or what the system said. The content is not at fault and
 * {@code site/} is as it was (the write stops before its swap, or undoes it), so each is a
 * {@link Problem} at the file that could not be written, with what to do, and not an internal error.
 */
public final class WriteFailure {
    private WriteFailure() {
    }

    /** The problem {@code failure} means, at its file relative to {@code project} when it names one. */
    public static Problem problemOf(IOException failure, Path project) {
        String reason = failure instanceof FileSystemException system && system.getReason() != null ? system.getReason() : String.valueOf(failure.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        String file = fileOf(failure, project);
        if (lower.contains("no space left") || lower.contains("disk quota exceeded") || lower.contains("not enough space")) {
            return Problem.inFile(file, "cannot be written: the disk is full", "free some space on the disk and build again");
        }
        if (lower.contains("read-only file system")) {
            return Problem.inFile(file, "cannot be written: the disk is read-only", "build on a disk you can write to, e.g. from a copy of the project");
        }
        if (failure instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return Problem.inFile(file, "cannot be written: permission denied",
                    "make the project folder, site/ and .site.staging/ writable for you, or build a copy of the project");
        }
        return Problem.inFile(file, "cannot be written (" + reason + ")", "check the disk and the folder's permissions, then build again");
    }

    /** The file a failure names, relative to the project (with forward slashes) when it is inside it; {@code site} when it names none. */
    private static String fileOf(IOException failure, Path project) {
        if (!(failure instanceof FileSystemException system) || system.getFile() == null) return "site";
        Path file = Path.of(system.getFile()).toAbsolutePath().normalize();
        Path root = project.toAbsolutePath().normalize();
        return (file.startsWith(root) && !file.equals(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }
}
