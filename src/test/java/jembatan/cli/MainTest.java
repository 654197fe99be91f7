package jembatan.cli;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jembatan.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    static final String PROJECT = Fixtures.TWO_LANGUAGES + """
            -- content/id/a.md --
            ---
            title: A
            draft: true
            ---
            """;

    @Test
    void helpListsEveryOptionOfBuild() {
        StringWriter out = new StringWriter();
        int status = Main.run(new String[] {"build", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, status);
        for (String option : List.of("--project", "--drafts", "--base-url", "--quiet", "--verbose", "--help")) {
            assertTrue(out.toString().contains(option), option + " in:\n" + out);
        }
    }

    @Test
    void helpAndAMisspeltCommandKnowEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help"})) {
            StringWriter out = new StringWriter();
            assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter())));
            for (String command : List.of("build", "check", "serve", "new", "status", "help")) {
                assertTrue(out.toString().contains("\n  " + command + " "), command + " in:\n" + out);
            }
        }
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"bild", "-q"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("Did you mean: jembatan build?"), err.toString());
        StringWriter help = new StringWriter();
        assertEquals(0, Main.run(new String[] {"help", "status"}, new PrintWriter(help), new PrintWriter(new StringWriter())));
        assertTrue(help.toString().startsWith("Usage: jembatan status"), help.toString());
    }

    @Test
    void timingsNameEveryStageOfTheBuildAndTheWrite(@TempDir Path tmp) {
        TestProject.Run run = TestProject.of(tmp, PROJECT).run("build", "-q", "--timings");
        assertEquals(0, run.status(), run.err());
        List<String> stages = run.err().lines().map(line -> line.strip().split("\\s{2,}")[0]).toList();
        assertEquals(List.of("cache", "configuration", "facts", "content", "markdown", "translation checks", "pages", "site checks", "write",
                "keep cache", "total"), stages, run.err());
        assertEquals("", run.out(), "quiet");
    }

    @Test
    void withoutASubcommandItPrintsTheCommandsThereAre() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[0], new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertTrue(out.toString().contains("build"), out.toString());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithStatusTwo() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"build", "--draft"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("Unknown option: '--draft'"), err.toString());
    }

    @Test
    void buildWritesTheSiteAndSaysWhatItBuilt(@TempDir Path tmp) {
        TestProject project = TestProject.of(tmp, PROJECT);
        TestProject.Run run = project.run("build");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Built 4 pages (11 files, 11 written) in "), run.out());
        assertTrue(Files.isRegularFile(tmp.resolve("site/en/index.html")));
        assertFalse(Files.exists(tmp.resolve("site/id/a/index.html")));
        assertEquals("", project.run("build", "--quiet").out());
    }

    @Test
    void draftsAndBaseUrlOptionsReachTheBuild(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.of(tmp, PROJECT);
        assertEquals(0, project.run("build", "--drafts", "--base-url", "https://user.github.io/fork/").status());
        String draft = Files.readString(tmp.resolve("site/id/a/index.html"), StandardCharsets.UTF_8);
        assertTrue(draft.matches("(?s).*href=\"/fork/assets/style\\.[0-9a-f]{10}\\.css\".*"), draft);
        assertTrue(draft.contains("https://user.github.io/fork/id/a/"), draft);
    }

    @Test
    void aRebuildRemovesPagesThatNoLongerExist(@TempDir Path tmp) throws Exception {
        TestProject project = TestProject.of(tmp, PROJECT);
        assertEquals(0, project.run("build", "--drafts").status());
        assertTrue(Files.exists(tmp.resolve("site/id/a/index.html")));
        assertEquals(0, project.run("build").status());
        assertFalse(Files.exists(tmp.resolve("site/id/a/index.html")));
        assertTrue(Files.exists(tmp.resolve(".site.staging/next/id/a/index.html")), "the site before is kept to make the next one from");
        assertFalse(Files.exists(tmp.resolve(".site.staging/previous")));
    }

    @Test
    void aBadBaseUrlOnTheCommandLineIsAProblemNotACrash(@TempDir Path tmp) {
        TestProject.Run run = TestProject.of(tmp, PROJECT).run("build", "--base-url", "ftp://x/");
        assertEquals(1, run.status());
        assertEquals("--base-url: \"ftp://x/\" is not an absolute http(s) address; write e.g. https://user.github.io/repo/", run.errLines().get(0));
    }

    @Test
    void mavenLauncherThrowsInsteadOfExitingWhenTheBuildFails(@TempDir Path tmp) {
        TestProject.of(tmp, "-- content/site.yaml --\nbase_url: nowhere\n");
        IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> MavenLauncher.main(new String[] {"build", "--quiet", "--project", tmp.toString()}));
        assertTrue(failure.getMessage().contains("exit status 1"), failure.getMessage());
    }

    @Test
    void serveOnABusyPortSaysSoAndSuggestsAnother(@TempDir Path tmp) throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            TestProject.Run run = TestProject.of(tmp, PROJECT).run("serve", "--port", String.valueOf(busy.getLocalPort()));
            assertEquals(1, run.status());
            assertTrue(run.err().startsWith("jembatan serve: cannot listen on 127.0.0.1:" + busy.getLocalPort()), run.err());
            assertTrue(run.err().contains("Choose another port with --port"), run.err());
        }
    }
}
