package jembatan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jembatan.Fixtures;
import jembatan.TestProject;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content from many hands: raw HTML passes an allow-list, dangerous addresses are dropped, odd files are refused. */
class HostileContentTest {

    /** Both versions carry the same body, so that the numbers in it agree. */
    private static String pair(String body) {
        return Fixtures.TWO_LANGUAGES + "-- content/id/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\n" + body + "-- content/en/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\n" + body;
    }

    @Test
    void rawHtmlPassesTheAllowListAndDangerousAddressesAreDropped(@TempDir Path root) {
        BuildOutcome.Built built = TestProject.of(root, pair("""
                Text <script>alert(1)</script> <b onclick="steal()">bold</b> <sup>1</sup> <span lang="id">kata</span>.

                <iframe src="https://evil.example/"></iframe>
                <style>body{display:none}</style>

                [bad](javascript:alert(1)) [worse](VBScript:msgbox) [mail](mailto:desk@example.org) ![pixel](data:image/png;base64,AAAA)

                <a href="javascript:alert(2)">raw</a> <img src="https://example.com/x.png" onerror="alert(3)" alt="x"> <p style="color:red">styled</p>
                """)).built(BuildOptions.defaults());
        String html = built.site().text("en/a/index.html").orElseThrow();
        Document page = TestProject.page(built, "en/a/index.html");
        for (String gone : List.of("<script>alert", "onclick", "<iframe", "display:none", "javascript:", "VBScript:", "data:image", "onerror", "style=")) {
            assertFalse(html.contains(gone), gone + " is dropped");
        }
        assertEquals("bold", page.selectFirst(".body b").text());
        assertEquals("1", page.selectFirst(".body sup").text());
        assertEquals("id", page.selectFirst(".body span[lang]").attr("lang"));
        assertEquals("mailto:desk@example.org", page.selectFirst(".body a:contains(mail)").attr("href"));
        assertTrue(page.select(".body a[href]:contains(bad), .body a[href]:contains(worse)").isEmpty(), "no address left on them");
    }

    @Test
    void articlesWithoutRawHtmlAreLeftAsMarkdownWroteThem(@TempDir Path root) {
        BuildOutcome.Built built = TestProject.of(root, pair("## Heading\n\nText with [a link](/en/) and `code`.\n")).built(BuildOptions.defaults());
        Document page = TestProject.page(built, "en/a/index.html");
        assertEquals("heading", page.selectFirst(".body h2").id());
        assertEquals("/en/", page.selectFirst(".body a").attr("href"));
    }

    @Test
    void slugsWithInvisibleOrBidiCharactersAreRefused(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES
                + "-- content/id/a.md --\n---\ntitle: A\nslug: \"ab\u200Bc\"\ndescription: A, secara singkat.\n---\nTeks.\n-- content/en/a.md --\n---\ntitle: A\nslug: \"ab\u202Ec\"\ndescription: A, in brief.\n---\nText.\n");
        List<String> problems = project.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/en/a.md:3: slug \"ab\u202Ec\" is not a single URL segment"), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/id/a.md:3: slug \"ab\u200Bc\" is not a single URL segment"), problems.get(1));
    }

    @Test
    void aContentFileThatLinksOutsideTheProjectIsRefused(@TempDir Path tmp) throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Secret\ndescription: Secret, secara singkat.\n---\nsecret text\n");
        Path root = tmp.resolve("project");
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + "-- content/id/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\nTeks.\n");
        Files.createSymbolicLink(root.resolve("content/en/a.md"), outside);
        assertEquals(List.of("content/en/a.md: is a link to a file outside the project; copy the file into the project instead of linking to it"),
                project.problems());
    }

    @Test
    void aHostileTemplateCannotRunJavaOrReadFiles(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + """
                -- templates/home.ftlh --
                <#include "/../../../../../../etc/passwd">
                """);
        List<String> problems = project.problems();
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().noneMatch(p -> p.contains("root:")), problems.toString());
        TestProject api = TestProject.of(root.resolve("api"), Fixtures.TWO_LANGUAGES + """
                -- templates/home.ftlh --
                ${page.title?api.getClass()}
                """);
        assertTrue(api.problems().get(0).contains("?api"), api.problems().toString());
    }

    @Test
    void anArticleTooLargeToBeAnArticleIsRefusedNamingIt(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES + "-- content/id/a.md --\n---\ntitle: A\ndescription: A, secara singkat.\n---\nTeks.\n");
        project.write("content/en/a.md", "---\ntitle: A\ndescription: A, in brief.\n---\n" + "word ".repeat(2_200_000));
        assertEquals(List.of("content/en/a.md: is larger than 10 MB; split it into several articles"), project.problems());
    }

    @Test
    void dataAndInterfaceFilesLinkingOutsideTheProjectAreRefusedToo(@TempDir Path tmp) throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.yaml"), "facts: {}\n");
        Path root = tmp.resolve("project");
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES);
        Files.createDirectories(root.resolve("content/facts"));
        Files.createSymbolicLink(root.resolve("content/facts/secret.yaml"), outside);
        assertEquals(List.of("content/facts/secret.yaml: is a link to a file outside the project; copy the file into the project instead of linking to it"),
                project.problems());
    }

    @Test
    void pictureNamesThatDifferOnlyInCaseOrNormalizationAreReported(@TempDir Path root) {
        TestProject project = TestProject.of(root, Fixtures.TWO_LANGUAGES)
                .write("content/media/Peta.png", new byte[] {1})
                .write("content/media/peta.png", new byte[] {2})
                .write("content/media/cafe\u0301.png", new byte[] {3})
                .write("content/media/caf\u00e9.png", new byte[] {4});
        List<String> problems = project.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.contains("only in case or accents' encoding")), problems.toString());
    }

    @Test
    void byteOrderMarksAndWindowsLineEndsBuildTheSameBytes(@TempDir Path tmp) throws Exception {
        Path fixture = TestProject.REPOSITORY.resolve("src/test/resources/fixtures/every-feature");
        BuildOutcome.Built plain = TestProject.copyOf(fixture, tmp.resolve("plain")).built(BuildOptions.defaults());
        Path windows = tmp.resolve("windows");
        TestProject copy = TestProject.copyOf(fixture, windows);
        try (var walk = Files.walk(windows.resolve("content"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file).replace("\n", "\r\n");
                Files.write(file, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        BuildOutcome.Built converted = copy.built(BuildOptions.defaults());
        assertEquals(plain.site().files().keySet(), converted.site().files().keySet());
        plain.site().files().forEach((file, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, converted.site().files().get(file), file));
    }
}
