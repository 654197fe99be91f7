package jembatan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's direction, pinned on the compiled classes' real references (imports, fully
 * qualified names, constants and lambdas alike, as ArchUnit reads them from the bytecode): a
 * stage may use only the stages before it, so data flows one way and each stage can be tested
 * alone. Only {@code cli} prints, exits or reads the calendar clock, so a build's output is a
 * function of its input; a timer ({@code System.nanoTime}) is allowed where a stage bounds its
 * own time.
 */
class ArchitectureTest {
    /** The stages in pipeline order; each may use those listed before it. */
    static final List<String> ORDER = List.of("report", "source", "config", "content", "facts", "markdown", "render", "html", "check", "output", "pipeline", "serve", "hugo", "cli");
    static final Path SOURCES = TestProject.REPOSITORY.resolve("src/main/java/jembatan");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jembatan");
    }

    @Test
    void everyPackageIsAStageInTheOrder() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertEquals(ORDER.stream().sorted().toList(), dirs.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(classes.size() > 100, "the compiled classes were found: " + classes.size());
        for (String stage : ORDER) {
            assertTrue(Files.isRegularFile(SOURCES.resolve(stage).resolve("package-info.java")), stage + " says what it is in a package-info.java");
        }
    }

    @Test
    void stagesUseOnlyEarlierStages() {
        for (int i = 0; i < ORDER.size() - 1; i++) {
            String[] later = ORDER.subList(i + 1, ORDER.size()).stream().map(stage -> "jembatan." + stage + "..").toArray(String[]::new);
            stageRule(ORDER.get(i), later).check(classes);
        }
    }

    @Test
    void theRuleCatchesAReferenceToALaterStage() {
        // html.HtmlFinisher is used by pipeline, which comes after it: read backwards, the rule must fail.
        assertThrows(AssertionError.class, () -> stageRule("pipeline", "jembatan.html..").check(classes));
    }

    private static ArchRule stageRule(String stage, String... later) {
        return noClasses().that().resideInAPackage("jembatan." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(later)
                .because("a stage uses only the stages before it: " + String.join(" → ", ORDER));
    }

    @Test
    void onlyTheCommandLinePrintsExitsOrReadsTheClock() {
        noClasses().that().resideOutsideOfPackage("jembatan.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("only cli prints or exits; every other stage returns values")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("jembatan.cli..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .because("the day a build thinks it is comes from the command line (--today), so output is a function of input")
                .check(classes);
    }

    /** Every package is null-marked: a type without {@code @Nullable} never holds null. */
    @Test
    void everyPackageStatesItsNullness() {
        for (String stage : ORDER) {
            assertTrue(classes.getPackage("jembatan." + stage).isAnnotatedWith(NullMarked.class),
                    stage + "/package-info.java says @NullMarked: what may be absent is Optional or @Nullable, never an unstated null");
        }
    }
}
