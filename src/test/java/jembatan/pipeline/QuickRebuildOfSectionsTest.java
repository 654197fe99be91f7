package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import jembatan.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's quick run on a site of sections ends where a fresh build does: a new title, weight,
 * date or label of a page or a folder's page reaches its section's list, the pages before and
 * after it, its tags' pages and the breadcrumbs of everything under a folder.
 */
class QuickRebuildOfSectionsTest {
    static final Path FIXTURE = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/real-site");

    @TempDir
    Path root;
    TestProject project;
    Rebuilds build;
    final BuildOptions options = BuildOptions.defaults();

    @BeforeEach
    void firstBuild() {
        project = TestProject.copyOf(FIXTURE, root);
        build = new Rebuilds(root);
        assertInstanceOf(BuildOutcome.Built.class, build.run(options));
    }

    @Test
    void randomSavesInSectionsEndWhereAFreshBuildDoes() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> f.contains("/learn/") || f.contains("/news/") || f.contains("/reference/api/") || f.endsWith("/about.md")).sorted().toList();
        }
        Random random = new Random(20261201);
        for (int step = 0; step < 40; step++) {
            String file = files.get(random.nextInt(files.size()));
            String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
            String edited = switch (random.nextInt(6)) {
                case 0 -> text.replaceFirst("(?m)^title: ", "title: " + (char) ('A' + random.nextInt(26)));
                case 1 -> text.contains("\nweight: ") ? text.replaceFirst("(?m)^weight: \\d+", "weight: " + random.nextInt(9))
                        : text.replaceFirst("---\n", "---\nweight: " + random.nextInt(9) + "\n");
                case 2 -> text.replaceFirst("---\n", "---\nmenu_title: Short " + step + "\n");
                case 3 -> text.contains("\ndate: ") ? text : text.replaceFirst("---\n", "---\ndate: 2025-0" + (1 + random.nextInt(9)) + "-10T08:00:00+07:00\n");
                case 4 -> text + "\nMore words.\n";
                default -> Files.readString(FIXTURE.resolve(file), StandardCharsets.UTF_8);
            };
            project.write(file, edited);
            BuildOutcome quick = build.run(options, Set.of(file));
            String what = "step " + step + ", " + file;
            assertInstanceOf(BuildOutcome.Built.class, quick, what);
            QuickRebuildTest.assertSameOutcome(Build.run(root, options), quick, what);
        }
    }

    @Test
    void aRenamedPageReachesThePagesAtItsOldAddresses() throws IOException {
        String file = "content/en/about.md";
        project.write(file, Files.readString(root.resolve(file), StandardCharsets.UTF_8).replace("title: About", "title: About us"));
        BuildOutcome quick = build.run(options, Set.of(file));
        assertEquals("This page has moved to About us", TestProject.page((BuildOutcome.Built) quick, "about-us/index.html").selectFirst("body p").text());
        QuickRebuildTest.assertSameOutcome(Build.run(root, options), quick, "about renamed");
    }

    @Test
    void aFoldersNewLabelReachesTheBreadcrumbsOfEverythingUnderIt() {
        String file = "content/en/learn/index.md";
        project.write(file, "---\ntitle: Learn to program\nmenu_title: Courses\nweight: 1\ndescription: Courses from the start.\n---\nCourses, from the first line of code on.\n");
        BuildOutcome.Built quick = assertInstanceOf(BuildOutcome.Built.class, build.run(options, Set.of(file)));
        assertEquals(List.of("Home", "Courses", "Go", "Basics", "Variables", "Declaring variables"),
                TestProject.page(quick, "en/learn/go/basics/variables/declaring/index.html").select("nav.breadcrumbs li").eachText());
        assertTrue(quick.site().text("en/index.html").orElseThrow().contains(">Courses</a>"), "the menu shows the label too");
    }
}
