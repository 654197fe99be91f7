package jembatan.config;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jembatan.config.Language;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {
    private static final Language ID = Fixtures.ID;
    private static final Language EN = Fixtures.EN;

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private void write(String file, String text) {
        Fixtures.write(root, file, text);
    }

    private Map<Language, Dictionary> load() {
        return Dictionary.loadAll(root, List.of(ID, EN), problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void readsEachLanguagesStrings() throws IOException {
        write("templates/i18n/id.yaml", "sources: Sumber\nread_in: \"Baca dalam {language}\"\n");
        write("templates/i18n/en.yaml", "sources: Sources\nread_in: \"Read in {language}\"\n");

        Map<Language, Dictionary> dictionaries = load();

        assertEquals(List.of(), reported());
        assertEquals(Map.of("sources", "Sumber", "read_in", "Baca dalam {language}"), dictionaries.get(ID).strings());
        assertEquals("Read in Indonesian", dictionaries.get(EN).format("read_in", Map.of("language", "Indonesian")));
    }

    @Test
    void keyMissingFromOneLanguageNamesTheFileThatHasIt() throws IOException {
        write("templates/i18n/id.yaml", "sources: Sumber\n");
        write("templates/i18n/en.yaml", "# English\nsources: Sources\nread_in: \"Read in {language}\"\n");

        load();

        assertEquals(List.of("templates/i18n/id.yaml: interface string \"read_in\" is missing (templates/i18n/en.yaml:3 has it); "
                + "add `read_in: ...` in Bahasa Indonesia"), reported());
    }

    @Test
    void keysMissingOnBothSidesAreEachReported() throws IOException {
        write("templates/i18n/id.yaml", "sources: Sumber\nby: Oleh\n");
        write("templates/i18n/en.yaml", "sources: Sources\nupdated: Updated\n");

        load();

        assertEquals(List.of(
                "templates/i18n/en.yaml: interface string \"by\" is missing (templates/i18n/id.yaml:2 has it); add `by: ...` in English",
                "templates/i18n/id.yaml: interface string \"updated\" is missing (templates/i18n/en.yaml:2 has it); add `updated: ...` in Bahasa Indonesia"),
                reported());
    }

    @Test
    void missingDictionaryIsReportedWithWhatToCopy() throws IOException {
        write("templates/i18n/en.yaml", "sources: Sources\n");

        Map<Language, Dictionary> dictionaries = load();

        assertEquals(List.of("templates/i18n/id.yaml: the interface strings for Bahasa Indonesia are missing; "
                + "copy another language's file under templates/i18n/ to templates/i18n/id.yaml and translate it"), reported());
        assertEquals(List.of(EN), List.copyOf(dictionaries.keySet()));
    }

    @Test
    void valueThatIsNotTextIsReportedAtItsLine() throws IOException {
        write("templates/i18n/id.yaml", "sources: Sumber\nmenu: [a, b]\n");
        write("templates/i18n/en.yaml", "sources: Sources\n");

        load();

        assertEquals(List.of("templates/i18n/id.yaml:2: \"menu\" must be text, not a list; write it as `menu: \"...\"`"), reported());
    }

    @Test
    void formatLeavesUnknownKeysAndPlaceholdersVisible() {
        Dictionary dictionary = new Dictionary(EN, Map.of("read_in", "Read in {language}"));

        assertEquals("missing_key", dictionary.format("missing_key", Map.of()));
        assertEquals("Read in {language}", dictionary.format("read_in", Map.of()));
    }
}
