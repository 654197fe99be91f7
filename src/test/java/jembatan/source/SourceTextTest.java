package jembatan.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {
    private static final String FILE = "content/en/a.md";

    private final Problems problems = new Problems();

    private Optional<String> decode(byte[] bytes) {
        return SourceText.decode(bytes, FILE, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void byteOrderMarkIsDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '-', '-', '-', '\n'};

        assertEquals(Optional.of("---\n"), decode(bytes));
        assertTrue(problems.isEmpty());
    }

    @Test
    void onlyALeadingByteOrderMarkIsDropped() {
        assertEquals(Optional.of("a\uFEFFb"), decode("a\uFEFFb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void crlfAndCrBecomeLf() {
        assertEquals(Optional.of("a\nb\nc\n\nd"), decode("a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void crlfIsOneLineEndNotTwo() {
        assertEquals(Optional.of("---\ntitle: A\n---\n"), decode("---\r\ntitle: A\r\n---\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nonAsciiUtf8IsKept() {
        assertEquals(Optional.of("Perundingan — Україна"), decode("Perundingan — Україна".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latin1TextIsAProblemNotMojibake() {
        Optional<String> text = decode("café".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(Optional.empty(), text);
        assertEquals(List.of(FILE + ": is not UTF-8 text; save it with the UTF-8 encoding (most editors offer it under \"Save with encoding\")"), reported());
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsText() {
        // U+FFFD is what a lenient decoder puts for bad bytes; written as such it is a character like any other.
        assertEquals(Optional.of("tanda \uFFFD di teks"), decode("tanda \uFFFD di teks".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, problems.size());
    }

    @Test
    void truncatedUtf8SequenceIsAProblem() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x80};

        assertEquals(Optional.empty(), decode(bytes));
        assertEquals(1, problems.size());
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("a.md");
        Files.write(path, "\uFEFFtitle\r\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.of("title\n"), SourceText.read(path, FILE, problems));
    }

    @Test
    void missingFileIsAProblem(@TempDir Path dir) {
        assertEquals(Optional.empty(), SourceText.read(dir.resolve("gone.md"), FILE, problems));
        assertEquals(List.of(FILE + ": cannot be read (NoSuchFileException); check that the file exists and can be read"), reported());
    }
}
