package jembatan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation corpus has the shape the benchmark promises, the same bytes for the same seed, and builds without a problem. */
class DocsCorpusTest {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void mostPagesAreInEnglishOnlyInFoldersUpToSixDeepAndAMinorityIsLong() throws IOException {
        DocsCorpus.Written written = DocsCorpus.writeJembatan(dir, 1000, 1, TEMPLATES);
        assertTrue(Math.abs(written.files() - 1000) < 60, written.files() + " files");
        assertTrue(written.englishOnly() >= 0.78 && written.englishOnly() <= 0.87, written.englishOnly() + " in English only");
        assertEquals(DocsTree.MAX_DEPTH, written.deepest());
        List<Integer> sizes = new ArrayList<>(written.sizes());
        sizes.sort(null);
        long long20 = sizes.stream().filter(size -> size > 20_000).count();
        assertTrue(long20 > 0.03 * sizes.size() && long20 < 0.12 * sizes.size(), long20 + " files over 20 KB of " + sizes.size());
        assertTrue(sizes.get(sizes.size() - 1) > 200_000 && sizes.get(sizes.size() - 1) < 520_000, "largest " + sizes.get(sizes.size() - 1));
        int median = sizes.get(sizes.size() / 2);
        assertTrue(median > 2_000 && median < 12_000, "median " + median);

        List<String> texts = new ArrayList<>();
        for (Path file : markdown(dir.resolve("content"))) texts.add(Files.readString(file));
        assertTrue(texts.stream().allMatch(text -> text.matches("(?s)---\n.*title: .*\ndate: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00(Z|[+-]\\d\\d:\\d\\d)\n.*")),
                "every page has a date with a time and an offset");
        assertTrue(texts.stream().filter(text -> text.contains("\nweight: ")).count() > texts.size() / 2, "most pages have a weight");
        assertTrue(texts.stream().filter(text -> text.contains("\ntags: [")).count() > texts.size() / 2, "most pages have tags");
        assertTrue(texts.stream().anyMatch(text -> text.contains("\naliases: [")), "some pages keep an old address");
        assertTrue(texts.stream().filter(text -> text.startsWith("---\ntitle: \"Overview\"")).count() > 30, "many pages are called Overview");
        for (String part : List.of("```go\n", "| Option |", "\n  - ", "- [x] ", "[^1]: ", "](../", "_", "## See also")) {
            assertTrue(texts.stream().anyMatch(text -> text.contains(part)), part);
        }
        String site = Files.readString(dir.resolve("content/site.yaml"));
        assertTrue(site.contains("menu: [learn/index.md") && site.contains("  - id: keamanan\n    en: security"), site);
    }

    @Test
    void foldersWithoutAnIndexAndOneLanguageFoldersAndLocalizedSlugsAreAllThere() throws IOException {
        DocsTree tree = DocsTree.grow(1000, 1);
        assertTrue(tree.folders().stream().anyMatch(folder -> !folder.index()), "some folders have no index.md");
        assertTrue(tree.folders().stream().anyMatch(DocsTree.Folder::marked), "some folders are marked translation: none");
        assertTrue(tree.pages().stream().anyMatch(DocsTree.Page::marked), "some single pages are marked translation: none");
        assertTrue(tree.folders().stream().allMatch(folder -> folder.depth() <= DocsTree.MAX_DEPTH));
        assertTrue(tree.folders().stream().anyMatch(folder -> folder.translated() && folder.depth() >= 2), "translated folders below the top");
        DocsCorpus.writeJembatan(dir, 300, 1, TEMPLATES);
        try (Stream<Path> files = Files.walk(dir.resolve("content/id"))) {
            assertTrue(files.filter(file -> file.endsWith("index.md")).anyMatch(file -> read(file).contains("\nslug: ")), "Indonesian folders have their slugs");
        }
    }

    @Test
    void folderNamesTheirSlugsAndPageNamesNeverMeet() {
        Set<String> slugs = new HashSet<>(DocsWords.FOLDER_SLUGS.values());
        assertEquals(DocsWords.FOLDER_SLUGS.size(), slugs.size(), "each folder its own Indonesian slug");
        for (List<String> page : DocsWords.PAGES) {
            assertTrue(!DocsWords.FOLDER_SLUGS.containsKey(page.get(0)) && !slugs.contains(page.get(0)), page.get(0));
        }
        for (var entry : DocsWords.FOLDER_SLUGS.entrySet()) {
            assertTrue(!slugs.contains(entry.getKey()) || entry.getValue().equals(entry.getKey()), entry.getKey() + " is another folder's slug");
        }
    }

    @Test
    void theSameSeedAndSizeGiveTheSameBytes() throws IOException {
        DocsCorpus.writeJembatan(dir.resolve("a"), 200, 7, TEMPLATES);
        DocsCorpus.writeJembatan(dir.resolve("b"), 200, 7, TEMPLATES);
        DocsCorpus.writeHugo(dir.resolve("hugo-a"), 200, 7);
        DocsCorpus.writeHugo(dir.resolve("hugo-b"), 200, 7);
        for (String pair : List.of("a b", "hugo-a hugo-b")) {
            List<Path> first = markdown(dir.resolve(pair.split(" ")[0]));
            List<Path> second = markdown(dir.resolve(pair.split(" ")[1]));
            assertEquals(first.size(), second.size());
            for (int i = 0; i < first.size(); i++) assertEquals(read(first.get(i)), read(second.get(i)), first.get(i).toString());
        }
    }

    @Test
    void aSmallCorpusBuildsWithoutAProblemOrAWarning() throws IOException {
        DocsCorpus.Written written = DocsCorpus.writeJembatan(dir, 150, 3, TEMPLATES);
        BuildOutcome outcome = Build.run(dir, BuildOptions.defaults().asOf(LocalDate.of(2026, 1, 1)));
        assertInstanceOf(BuildOutcome.Built.class, outcome, outcome::toString);
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        assertEquals(List.of(), built.warnings());
        assertTrue(built.pages() > written.files(), built.pages() + " pages from " + written.files() + " files");
    }

    private static List<Path> markdown(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
