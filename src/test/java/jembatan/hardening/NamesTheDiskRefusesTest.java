package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses a file system refuses, or that would put a folder where the build writes a file:
 * each is a problem at the line that made it, found by {@code check} as by {@code build} (when
 * check passes, the build does too), and never an internal error from the write.
 */
class NamesTheDiskRefusesTest {
    static final String RESERVED = "is the name of a file the build writes (index.html, feed.xml, sitemap.xml, robots.txt, 404.html)";

    /** The same problems from check and build, exit 1 both, and the build wrote nothing. */
    private static List<String> checkedAndBuilt(TestProject project) {
        TestProject.Run check = project.run("check");
        TestProject.Run build = project.run("build");
        assertEquals(1, check.status(), check.err());
        assertEquals(1, build.status(), build.err());
        assertFalse(build.err().contains("internal error"), build.err());
        List<String> found = check.errLines().subList(0, check.errLines().size() - 1);
        assertEquals(found, build.errLines().subList(0, build.errLines().size() - 2), "check finds what build finds");
        assertFalse(Files.exists(project.root().resolve("site")));
        return found;
    }

    private static TestProject pair(Path root, String front) {
        return TestProject.of(root, SiteOnDiskTest.PROJECT).write("content/en/a.md", "---\ntitle: A\n" + front + "description: A, in brief.\n---\nText.\n");
    }

    @Test
    void aSlugThatIsTheNameOfAFileTheBuildWritesIsRefusedAtItsLine(@TempDir Path root) {
        for (String slug : List.of("index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html")) {
            assertEquals(List.of("content/en/a.md:3: slug \"" + slug + "\" " + RESERVED + "; choose another slug"),
                    checkedAndBuilt(pair(root, "slug: " + slug + "\n")), slug);
        }
    }

    @Test
    void aSlugOrATagLongerThanAFileNameIsRefusedWithTheLimit(@TempDir Path root) {
        String slug = "a".repeat(300);
        assertEquals(List.of("content/en/a.md:3: slug \"" + "a".repeat(40) + "…\" is 300 bytes long in UTF-8; a file system takes names of at most 255 bytes; shorten it"),
                checkedAndBuilt(pair(root, "slug: " + slug + "\n")));
        String tag = "Topik " + "panjang ".repeat(40);
        assertEquals(List.of("content/en/a.md:3: tag \"" + tag.substring(0, 40) + "…\" makes an address whose last part is 325 bytes long in UTF-8; "
                        + "a file system takes names of at most 255 bytes; shorten the tag"),
                checkedAndBuilt(pair(root, "tags: [\"" + tag + "\"]\n")));
    }

    @Test
    void anAddressLongerThanAPathTheSystemTakesIsRefusedAtThePage(@TempDir Path root) {
        TestProject project = TestProject.of(root, SiteOnDiskTest.PROJECT);
        StringBuilder folder = new StringBuilder("content/en");
        for (int depth = 1; depth <= 15; depth++) {
            folder.append("/f").append(depth);
            project.write(folder + "/index.md", "---\ntitle: F\nslug: " + "s".repeat(255) + "\n" + (depth == 1 ? "translation: none\n" : "") + "description: F, in brief.\n---\n");
        }
        project.write(folder + "/deep.md", "---\ntitle: Deep\nslug: " + "d".repeat(255) + "\ndescription: Deep, in brief.\n---\nText.\n");
        List<String> found = checkedAndBuilt(project);
        assertEquals(1, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith(folder + "/deep.md:3: the file for /en/sss"), found.get(0));
        assertTrue(found.get(0).matches(".* would have a path \\d{4} bytes long where this project is; a file system takes paths of at most 4095 bytes; "
                + "give the page, or the folders above it, shorter slugs, or move the project to a folder with a shorter path"), found.get(0));
    }

    @Test
    void anOldAddressWithAColonIsRefused(@TempDir Path root) {
        assertEquals(List.of("content/en/a.md:3: alias \"/en/a:b/\" has \":\", which some file systems refuse in a name; write the old address without it"),
                checkedAndBuilt(pair(root, "aliases: [/en/a:b/]\n")));
    }
}
