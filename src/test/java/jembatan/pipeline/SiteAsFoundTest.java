package jembatan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a build from the build cache takes the pages of {@code site/} as they are: a page is read
 * and checked by its length and CRC once, and after that known by its length, time and identity
 * (as git knows a file), unless it had changed less than two seconds before it was read. Each
 * test changes a page behind the build's back in a way only reading would tell, and looks at
 * whether the build read it: a page it read is made again, one it did not is kept as found.
 */
class SiteAsFoundTest {
    static final String PAGE = "en/about/index.html";

    @TempDir
    Path tmp;

    @Test
    void aPageFoundOnceIsKnownAfterwardsByItsLengthTimeAndIdentityUnread() throws IOException {
        TestProject project = built();
        // Same length, same time, same file: only its bytes changed, which a look cannot tell.
        String tampered = tamper(project, false);

        assertEquals(0, project.run("build", "-q").status());

        assertEquals(tampered, page(project), "taken as found, unread");
    }

    @Test
    void aPageThatIsAnotherFileOfTheSameLengthAndTimeIsReadAndMadeAgain() throws IOException {
        TestProject project = built();
        String tampered = tamper(project, true);

        assertEquals(0, project.run("build", "-q").status());

        assertNotEquals(tampered, page(project));
        assertEquals(withoutCache(project), TestProject.files(project.root().resolve("site")));
    }

    @Test
    void aPageThatChangedLessThanTwoSecondsBeforeTheBuildReadItIsReadAgainNextTime() throws IOException {
        TestProject project = TestProject.copyOf(CacheFileTest.EVERY_FEATURE, tmp.resolve("project"));
        age(project.root(), Instant.now().minus(1, ChronoUnit.HOURS));
        assertEquals(0, project.run("build", "-q").status());
        // The build that reads the site finds it just written, as it is after a quick build.
        age(project.root().resolve("site"), Instant.now());
        assertEquals(0, project.run("build", "-q").status());
        String tampered = tamper(project, false);

        assertEquals(0, project.run("build", "-q").status());

        assertNotEquals(tampered, page(project), "read, and made again");
        assertEquals(withoutCache(project), TestProject.files(project.root().resolve("site")));
    }

    /** The fixture built twice, its files an hour old before each build: the second build read every page, and keeps what it found. */
    private TestProject built() throws IOException {
        TestProject project = TestProject.copyOf(CacheFileTest.EVERY_FEATURE, tmp.resolve("project"));
        age(project.root(), Instant.now().minus(1, ChronoUnit.HOURS));
        assertEquals(0, project.run("build", "-q").status());
        age(project.root().resolve("site"), Instant.now().minus(1, ChronoUnit.HOURS));
        assertEquals(0, project.run("build", "-q").status());
        return project;
    }

    /** Changes the page's bytes but not its length or time; {@code newFile}: as a new file in its place, else in place. */
    private static String tamper(TestProject project, boolean newFile) throws IOException {
        Path page = project.root().resolve("site").resolve(PAGE);
        FileTime time = Files.getLastModifiedTime(page);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String tampered = text.replace("<html", "<HTML");
        assertNotEquals(text, tampered);
        if (newFile) {
            Path other = page.resolveSibling("other.tmp");
            Files.writeString(other, tampered, StandardCharsets.UTF_8);
            Files.move(other, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.writeString(page, tampered, StandardCharsets.UTF_8);
        }
        Files.setLastModifiedTime(page, time);
        return tampered;
    }

    private static String page(TestProject project) throws IOException {
        return Files.readString(project.root().resolve("site").resolve(PAGE), StandardCharsets.UTF_8);
    }

    private Map<String, String> withoutCache(TestProject project) {
        Path other = tmp.resolve("without-cache");
        for (String folder : List.of("content", "templates")) TestProject.copyTree(project.root().resolve(folder), other.resolve(folder));
        assertEquals(0, TestProject.of(other, "").run("build", "-q", "--no-cache").status());
        return TestProject.files(other.resolve("site"));
    }

    private static void age(Path root, Instant when) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(file, FileTime.from(when));
        }
    }
}
