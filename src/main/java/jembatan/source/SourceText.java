package jembatan.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jembatan.report.Problems;

/**
 * Reads an editor's text file the same way on every laptop: strict UTF-8 (a file in another
 * encoding is a problem, not mojibake), a byte order mark dropped, and CRLF or CR line ends
 * turned into LF, so the same text builds the same bytes wherever it was saved.
 */
public final class SourceText {
    private SourceText() {
    }

    /** Larger files are refused: no article or data file is this large. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Reads {@code path}, known to editors as {@code file} (relative to the project). A file that
     * is, or lies behind, a link leading outside the project is refused: a project cannot publish
     * what it does not hold.
     */
    public static Optional<String> read(Path path, String file, Problems problems) {
        return readBytes(path, file, MAX_BYTES, "split it into several articles", problems).flatMap(bytes -> decode(bytes, file, problems));
    }

    /**
     * The bytes of {@code path}, at most {@code limit} of them, or nothing with a problem: a link
     * leading outside the project, anything but a file (a named pipe would never end, a device
     * never stop), or more than {@code limit} bytes ({@code tooLarge} says what to do). The bound
     * holds while reading, whatever size the file system reports: 0 for a pipe or a device, and
     * a sparse file's size is no promise about what reading it costs.
     */
    public static Optional<byte[]> readBytes(Path path, String file, long limit, String tooLarge, Problems problems) {
        try {
            if (!insideProject(path, file)) {
                problems.at(file, 0, "is a link to a file outside the project", "copy the file into the project instead of linking to it");
                return Optional.empty();
            }
            Optional<String> other = notAFile(path);
            if (other.isPresent()) {
                problems.at(file, 0, "is " + other.get() + ", not a file", "remove it, or put a file in its place; only files are read from content/ and templates/");
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > limit) {
                problems.at(file, 0, "is larger than " + size(limit), tooLarge);
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.at(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check that the file exists and can be read");
            return Optional.empty();
        }
    }

    /**
     * Reports, under {@code folder} (known to editors as {@code name}), what another program
     * would read and must not: anything but a file or a folder, and files over {@link #MAX_BYTES}.
     * For the designers' templates, which a library reads itself; {@code skipped} names the
     * sub-folders read another way. Links are left to the reader, which refuses them. Returns
     * whether nothing was reported.
     */
    public static boolean reportWhatIsNotAFile(Path folder, String name, Set<String> skipped, Problems problems) {
        int before = problems.size();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                String relative = folder.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                String file = name + "/" + relative;
                if (skipped.contains(relative.split("/")[0]) || Files.isSymbolicLink(path) || Files.isDirectory(path)) continue;
                Optional<String> other = notAFile(path);
                if (other.isPresent()) {
                    problems.at(file, 0, "is " + other.get() + ", not a file", "remove it, or put a file in its place; only files are read from content/ and templates/");
                } else if (Files.size(path) > MAX_BYTES) {
                    problems.at(file, 0, "is larger than " + size(MAX_BYTES), "no template is this large; remove it, or move it out of " + name + "/");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.at(name, 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
        }
        return problems.size() == before;
    }

    /** {@code 10485760} as "10 MB". */
    public static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /**
     * What {@code path} is when it is not a file (a link is followed, as reading it would): a
     * folder, a named pipe, a device, a socket; nothing for a file. Asked before a file is opened,
     * since opening a named pipe waits for a writer that may never come.
     */
    public static Optional<String> notAFile(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) return Optional.empty();
        if (attributes.isDirectory()) return Optional.of("a folder");
        int mode;
        try {
            mode = ((Number) Files.getAttribute(path, "unix:mode")).intValue() & 0170000;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.of("a special file");
        }
        return Optional.of(switch (mode) {
            case 0010000 -> "a named pipe (FIFO)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "a special file";
        });
    }

    /** Whether the real file lies under the project folder, which is {@code path} less the segments of {@code file}. */
    static boolean insideProject(Path path, String file) throws IOException {
        Path root = path.toAbsolutePath();
        for (int i = file.split("/").length; i > 0 && root != null; i--) root = root.getParent();
        if (root == null) return true;
        return path.toRealPath().startsWith(root.toRealPath());
    }

    public static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        // The String constructor is the JVM's fast decoder, but it puts U+FFFD where the bytes are
        // not UTF-8; only a text that then holds one is decoded again, strictly, to tell.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                problems.at(file, 0, "is not UTF-8 text", "save it with the UTF-8 encoding (most editors offer it under \"Save with encoding\")");
                return Optional.empty();
            }
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
