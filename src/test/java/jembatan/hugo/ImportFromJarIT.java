package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar imports a Hugo site on its own: the templates of a new project come out of the jar, byte for byte the repository's. */
class ImportFromJarIT {
    static final Path JAR = TestProject.REPOSITORY.resolve("target/jembatan.jar");

    @Test
    void theJarWritesTheTemplatesOfANewProject(@TempDir Path temp) throws Exception {
        Path into = temp.resolve("new");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "import", "hugo", HugoImportTest.FIXTURES.resolve("suffixes").toString(), "--into", into.toString(), "--today", HugoImportTest.TODAY)
                .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("out.txt")));
        assertEquals(HugoImportTest.textFiles(TestProject.REPOSITORY.resolve("templates")), HugoImportTest.textFiles(into.resolve("templates")));
    }
}
