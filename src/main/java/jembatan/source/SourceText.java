package jembatan.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jembatan.report.Problems;

/**
 * Reads an editor's text file the same way on every laptop: strict UTF-8 (a file in another
 * encoding is a problem, not mojibake), a byte order mark dropped, and CRLF or CR line ends
 * turned into LF, so the same text builds the same bytes wherever it was saved.
 */
public final class SourceText {
    private SourceText() {
    }

    /** Larger files are refused before they are read: no article or data file is this large. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Reads {@code path}, known to editors as {@code file} (relative to the project). A file that
     * is, or lies behind, a link leading outside the project is refused: a project cannot publish
     * what it does not hold.
     */
    public static Optional<String> read(Path path, String file, Problems problems) {
        byte[] bytes;
        try {
            if (!insideProject(path, file)) {
                problems.at(file, 0, "is a link to a file outside the project", "copy the file into the project instead of linking to it");
                return Optional.empty();
            }
            if (Files.size(path) > MAX_BYTES) {
                problems.at(file, 0, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB", "split it into several articles");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.at(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check that the file exists and can be read");
            return Optional.empty();
        }
        return decode(bytes, file, problems);
    }

    /** Whether the real file lies under the project folder, which is {@code path} less the segments of {@code file}. */
    static boolean insideProject(Path path, String file) throws IOException {
        Path root = path.toAbsolutePath();
        for (int i = file.split("/").length; i > 0 && root != null; i--) root = root.getParent();
        if (root == null) return true;
        return path.toRealPath().startsWith(root.toRealPath());
    }

    public static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.at(file, 0, "is not UTF-8 text", "save it with the UTF-8 encoding (most editors offer it under \"Save with encoding\")");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
