package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.config.SiteConfigLoader;
import jembatan.content.FrontMatter;
import jembatan.facts.FactType;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' guide, content/README.md, held to the code. A code block marked on the line just
 * above its opening fence with {@code <!-- file: content/en/x.md -->} is a whole file: all of
 * them together, over {@link Fixtures#TWO_LANGUAGES}, must build without a problem. A block
 * marked {@code <!-- from: content/facts/istanbul.yaml -->} is an excerpt: each of its lines
 * must be a line of that file of the repository. A block that starts and ends with {@code ---}
 * is front matter, and a real build must accept it. The guide's reference tables must list
 * exactly the keys and types the code reads.
 */
class GuideTest {
    static final Path GUIDE = TestProject.REPOSITORY.resolve("content/README.md");
    static final Pattern FENCE = Pattern.compile("^( *)```.*$");
    static final Pattern ANNOTATION = Pattern.compile("^<!-- (file|from): (\\S+) -->$");
    static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** A site of one language, so that one front matter example is a whole project with no translation to pair. */
    static final String ONE_LANGUAGE = """
            -- content/site.yaml --
            base_url: https://example.org/
            default_language: en
            languages:
              - {code: en, locale: en-GB, name: English, title: Site}
            -- content/en/index.md --
            ---
            title: Home
            description: Home, in brief.
            ---
            """;

    /** A fenced code block of the guide: the line of its opening fence, its annotation if any, and its lines. */
    record Block(int line, String kind, String path, List<String> lines) {
        String text() {
            return String.join("\n", lines) + "\n";
        }

        boolean isFrontMatter() {
            List<String> filled = lines.stream().filter(l -> !l.isBlank()).toList();
            return filled.size() >= 2 && filled.get(0).equals("---") && filled.get(filled.size() - 1).equals("---");
        }

        String where() {
            return "content/README.md:" + line;
        }
    }

    @Test
    void findsTheAnnotatedBlocksTheGuideIsCheckedBy() {
        List<Block> blocks = blocks();
        assertEquals(9, blocks.stream().filter(b -> b.kind().equals("file")).count(), "blocks marked <!-- file: ... -->");
        assertEquals(6, blocks.stream().filter(b -> b.kind().equals("from")).count(), "blocks marked <!-- from: ... -->");
        assertEquals(3, blocks.stream().filter(Block::isFrontMatter).count(), "front matter blocks");
        List<String> stray = new ArrayList<>();
        List<String> lines = guideLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean annotation = ANNOTATION.matcher(lines.get(i)).matches();
            if (annotation && (i + 1 >= lines.size() || !FENCE.matcher(lines.get(i + 1)).matches())) {
                stray.add("content/README.md:" + (i + 1) + " is not directly above a code block: " + lines.get(i));
            }
            if (!annotation && (lines.get(i).startsWith("<!-- file") || lines.get(i).startsWith("<!-- from"))) {
                stray.add("content/README.md:" + (i + 1) + " is not read as an annotation: " + lines.get(i));
            }
        }
        assertEquals(List.of(), stray);
    }

    @Test
    void theFilesOfTheGuideBuildTogetherWithoutAProblem(@TempDir Path root) {
        List<Block> files = annotated("file");
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES);
        for (Block block : files) {
            assertFalse(block.path().startsWith("/") || block.path().contains(".."), block.where() + ": a project path, please: " + block.path());
            project.write(block.path(), block.text());
        }
        BuildOutcome.Built built = project.built(BuildOptions.defaults().withDrafts());
        // A folder's segment of the address is its index.md's slug, or its name.
        Map<String, String> folderSlugs = new java.util.HashMap<>();
        for (Block block : files) {
            if (block.path().endsWith("/index.md")) {
                String folder = block.path().substring(0, block.path().length() - "/index.md".length());
                frontMatter(block).slug().ifPresent(slug -> folderSlugs.put(folder, slug));
            }
        }
        for (Block block : files) {
            Matcher article = Pattern.compile("content/(\\w+)/(.+)\\.md").matcher(block.path());
            if (!article.matches() || article.group(2).equals("index")) continue;
            List<String> segments = new ArrayList<>(List.of(article.group(2).split("/")));
            String last = segments.remove(segments.size() - 1);
            StringBuilder page = new StringBuilder(article.group(1) + "/");
            String folder = "content/" + article.group(1);
            for (String segment : segments) {
                folder += "/" + segment;
                page.append(folderSlugs.getOrDefault(folder, segment)).append('/');
            }
            if (!last.equals("index")) page.append(frontMatter(block).slug().orElse(last)).append('/');
            page.append("index.html");
            assertTrue(built.site().files().containsKey(page.toString()), block.where() + ": " + block.path() + " is published as " + page);
        }
    }

    @Test
    void everyExcerptIsMadeOfLinesOfTheFileItNames() throws IOException {
        List<String> drifted = new ArrayList<>();
        for (Block block : annotated("from")) {
            Path file = TestProject.REPOSITORY.resolve(block.path());
            assertTrue(Files.isRegularFile(file), block.where() + ": " + block.path() + " is not a file of the repository");
            Set<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::stripTrailing).collect(Collectors.toSet());
            assertTrue(block.lines().stream().anyMatch(l -> !l.isBlank()), block.where() + ": an empty excerpt");
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i).stripTrailing();
                if (!line.isEmpty() && !lines.contains(line)) {
                    drifted.add("content/README.md:" + (block.line() + 1 + i) + " is not a line of " + block.path() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), drifted);
    }

    @Test
    void aRealBuildAcceptsEveryFrontMatterExample(@TempDir Path root) {
        List<Block> examples = blocks().stream().filter(Block::isFrontMatter).toList();
        assertFalse(examples.isEmpty(), "the guide shows no front matter");
        for (Block block : examples) {
            // An example shows the top of an article; the text below it is the editor's.
            TestProject project = TestProject.of(root.resolve("line-" + block.line()), ONE_LANGUAGE).write("content/en/example.md", block.text() + "The article's text.\n");
            BuildOutcome outcome = project.build(BuildOptions.defaults().withDrafts());
            if (outcome instanceof BuildOutcome.Failed failed) {
                throw new AssertionError(block.where() + ": the front matter example is refused:\n"
                        + String.join("\n", failed.problems().stream().map(Object::toString).toList()));
            }
        }
    }

    @Test
    void theFrontMatterTableListsExactlyTheKeysTheBuildReads() {
        assertEquals(sorted(FrontMatter.KEYS), sorted(firstColumn("| Key | Type |")));
    }

    @Test
    void theUnknownKeyMessageInTheGuideListsTheKeysAsTheBuildDoes() {
        assertTrue(guide().contains("`the keys are: " + String.join(", ", FrontMatter.KEYS) + "`"),
                "the guide quotes: the keys are: " + String.join(", ", FrontMatter.KEYS));
    }

    @Test
    void theFactTypeTableListsExactlyTheTypesTheBuildReads() {
        assertEquals(sorted(FactType.names()), sorted(firstColumn("| `type:` |")));
    }

    @Test
    void theSiteSettingsTableListsExactlyTheKeysOfSiteYaml() {
        List<String> keys = new ArrayList<>(constant(SiteConfigLoader.class, "SITE_KEYS"));
        keys.addAll(constant(SiteConfigLoader.class, "LANGUAGE_KEYS"));
        assertEquals(sorted(keys), sorted(firstColumn("| Key | Required |")));
    }

    @Test
    void jembatanNewWritesTheFilesTheGuideShowsAndNeverOverwritesThem(@TempDir Path root) throws IOException {
        String command = guideLines().stream().filter(l -> l.startsWith("java -jar target/jembatan.jar new ")).findFirst()
                .orElseThrow(() -> new AssertionError("the guide shows no `java -jar target/jembatan.jar new ...` command"));
        String[] args = words(command.substring("java -jar target/jembatan.jar ".length())).toArray(String[]::new);
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES);
        TestProject.Run run = project.run(args);
        assertEquals(0, run.status(), run.err());
        List<String> written = run.out().lines().toList();
        for (String file : written) assertTrue(guide().contains("`" + file + "`"), "the guide names the file " + file);
        List<Block> shown = annotated("file").stream().filter(b -> written.contains(b.path())).toList();
        assertFalse(shown.isEmpty(), "the guide shows none of the files that " + command + " writes");
        for (Block block : shown) {
            String actual = Files.readString(root.resolve(block.path()), StandardCharsets.UTF_8);
            assertEquals(block.text().strip(), actual.strip(), block.where() + ": " + block.path() + " as jembatan new writes it");
        }
        TestProject.Run again = project.run(args);
        assertEquals(1, again.status());
        assertTrue(guide().contains("`" + again.err().strip() + "`"), "the guide quotes: " + again.err().strip());
    }

    /** Every fenced code block of the guide, with the annotation on the line just above it. */
    static List<Block> blocks() {
        List<String> lines = guideLines();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) continue;
            String indent = open.group(1);
            int start = i;
            List<String> content = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                String line = lines.get(i);
                content.add(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading());
            }
            assertTrue(i < lines.size(), "content/README.md:" + (start + 1) + ": the code block is not closed");
            Matcher annotation = start > 0 ? ANNOTATION.matcher(lines.get(start - 1)) : ANNOTATION.matcher("");
            boolean annotated = annotation.matches();
            blocks.add(new Block(start + 1, annotated ? annotation.group(1) : "", annotated ? annotation.group(2) : "", content));
        }
        return blocks;
    }

    /** The blocks with this annotation; there must be some, or the test would check nothing. */
    static List<Block> annotated(String kind) {
        List<Block> found = blocks().stream().filter(b -> b.kind().equals(kind)).toList();
        assertFalse(found.isEmpty(), "the guide has no block marked <!-- " + kind + ": ... -->");
        return found;
    }

    /** The code words of the first column of the table whose header starts with {@code header}. */
    static List<String> firstColumn(String header) {
        List<String> lines = guideLines();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                assertEquals(-1, at, "two tables start with " + header);
                at = i;
            }
        }
        assertTrue(at >= 0, "the guide has no table that starts with " + header);
        List<String> words = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String cell = lines.get(i).substring(1, lines.get(i).indexOf('|', 1));
            Matcher code = CODE.matcher(cell);
            while (code.find()) words.add(code.group(1));
        }
        return words;
    }

    static FrontMatter frontMatter(Block block) {
        String text = block.text();
        int close = text.indexOf("\n---\n", 3);
        Problems problems = new Problems();
        FrontMatter front = FrontMatter.parse(text.substring(4, close + 1), block.path(), 2, problems)
                .orElseThrow(() -> new AssertionError(block.where() + ": " + problems.sorted()));
        return front;
    }

    /** A command line's words, with "double quoted" words kept whole. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) words.add(word.group(1) != null ? word.group(1) : word.group(2));
        return words;
    }

    /** A package-private list of keys, read as the code holds it. */
    static List<String> constant(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return ((List<?>) field.get(null)).stream().map(String.class::cast).toList();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(owner.getSimpleName() + "." + name + " cannot be read", e);
        }
    }

    static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }

    static String guide() {
        try {
            return Files.readString(GUIDE, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> guideLines() {
        return Stream.of(guide().split("\n", -1)).toList();
    }
}
