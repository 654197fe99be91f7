package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's direction, pinned: a stage may import only the stages before it, so data flows
 * one way and each stage can be tested alone. Only {@code cli} prints or exits.
 */
class ArchitectureTest {
    /** The stages in pipeline order; each may use those listed before it. */
    static final List<String> ORDER = List.of("report", "source", "config", "content", "facts", "markdown", "render", "html", "check", "output", "build", "serve", "hugo", "cli");
    static final Path SOURCES = TestProject.REPOSITORY.resolve("src/main/java/jembatan");
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?jembatan\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void everyPackageIsAStageInTheOrder() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertEquals(ORDER.stream().sorted().toList(), dirs.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void stagesImportOnlyEarlierStages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String stage = SOURCES.relativize(file).getName(0).toString();
            Matcher imports = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (imports.find()) {
                if (ORDER.indexOf(imports.group(1)) > ORDER.indexOf(stage)) violations.add(SOURCES.relativize(file) + " imports " + imports.group(1));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (SOURCES.relativize(file).startsWith("cli")) continue;
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String call : List.of("System.out", "System.err", "System.exit", "printStackTrace")) {
                if (text.contains(call)) violations.add(SOURCES.relativize(file) + " uses " + call);
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(javaFiles().size() > 20);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
