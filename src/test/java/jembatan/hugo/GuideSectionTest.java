package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;

/** Section 11 of the editors' guide, "Coming from Hugo", held to the code: its tables list exactly the keys and shortcodes the import converts. */
class GuideSectionTest {

    @Test
    void theFrontMatterTableListsTheKeysTheImportReads() throws IOException {
        List<String> keys = new ArrayList<>(FrontMatterMapping.MAPPED);
        keys.addAll(FrontMatterMapping.READ_ELSEWHERE);
        assertEquals(keys.stream().sorted().toList(), firstColumn("| Hugo | Jembatan |").stream().map(k -> k.toLowerCase(Locale.ROOT)).sorted().toList());
    }

    @Test
    void theShortcodeTableListsTheShortcodesTheImportConverts() throws IOException {
        assertEquals(Shortcodes.CONVERTED.stream().sorted().toList(), firstColumn("| Hugo shortcode | Becomes |").stream().sorted().toList());
    }

    /** The first column of the guide's table under {@code header}, without its backticks. */
    private static List<String> firstColumn(String header) throws IOException {
        List<String> lines = Files.readAllLines(TestProject.REPOSITORY.resolve("content/README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf(header);
        List<String> column = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            column.add(lines.get(i).split("\\|")[1].strip().replace("`", ""));
        }
        return column;
    }
}
