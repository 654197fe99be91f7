package jembatan.render;

import jembatan.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    private static final String PAGE = "content/en/a.md";
    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private void write(String file, String text) {
        Fixtures.write(root, file, text);
    }

    private Optional<String> render(String template, Map<String, Object> model) {
        Templates templates = Templates.load(root, problems).orElseThrow();
        return templates.render(template, model, TURKISH, PAGE, problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void valuesAreHtmlEscaped() throws IOException {
        write("templates/page.ftlh", "<h1>${title}</h1><a href=\"${path}\">x</a>\n");

        Optional<String> html = render("page", Map.of("title", "<b>Tom & Jerry</b>", "path", "/en/?a=\"1\""));

        assertEquals(Optional.of("<h1>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</h1><a href=\"/en/?a=&quot;1&quot;\">x</a>\n"), html);
        assertEquals(List.of(), reported());
    }

    @Test
    void numbersIgnoreTheLocale() throws IOException {
        write("templates/page.ftlh", "<p>${count}</p>");

        assertEquals(Optional.of("<p>1234567</p>"), render("page", Map.of("count", 1_234_567)));
    }

    @Test
    void syntaxErrorIsAProblemAtTheTemplatesLine() throws IOException {
        write("templates/page.ftlh", """
                <h1>${title}</h1>
                <p>${title +}</p>
                """);

        assertEquals(Optional.empty(), render("page", Map.of("title", "A")));
        assertEquals(List.of("templates/page.ftlh:2:13: template syntax error: Encountered \"}\", but was expecting one of these patterns: "
                + "<STRING_LITERAL> <RAW_STRING> \"false\" \"true\" <INTEGER> <DECIMAL> <HEX_INTEGER> \".\" \"+\" \"-\" \"!\" \"[\" \"(\" \"{\" <ID>; "
                + "fix the template; see https://freemarker.apache.org/docs/ref.html"), reported());
    }

    @Test
    void syntaxErrorInAnIncludedPartialIsReportedAtThePartial() throws IOException {
        write("templates/page.ftlh", "<#include \"partials/footer.ftlh\">\n");
        write("templates/partials/footer.ftlh", "<footer>\n<p>${title +}</p>\n</footer>\n");

        render("page", Map.of("title", "A"));

        assertEquals(1, problems.size());
        assertEquals("templates/partials/footer.ftlh:2:13", problems.sorted().get(0).location());
    }

    @Test
    void missingVariableIsAProblemAtTheTemplatesLineNamingThePage() throws IOException {
        write("templates/page.ftlh", """
                <h1>${title}</h1>
                <p>${missing}</p>
                """);

        assertEquals(Optional.empty(), render("page", Map.of("title", "A")));
        assertEquals(List.of("templates/page.ftlh:2:6: template error while making content/en/a.md: "
                + "The following has evaluated to null or missing: missing; fix the template, or the data it reads"), reported());
    }

    @Test
    void missingVariableInAnIncludedPartialIsReportedAtThePartial() throws IOException {
        write("templates/page.ftlh", "<main></main>\n<#include \"partials/footer.ftlh\">\n");
        write("templates/partials/footer.ftlh", "<footer>\n<p>${copyright}</p>\n</footer>\n");

        assertEquals(Optional.empty(), render("page", Map.of()));
        assertEquals(List.of("templates/partials/footer.ftlh:2:6: template error while making content/en/a.md: "
                + "The following has evaluated to null or missing: copyright; fix the template, or the data it reads"), reported());
    }

    @Test
    void newBuiltinIsRefused() throws IOException {
        write("templates/page.ftlh", """
                <#assign run = "freemarker.template.utility.Execute"?new()>
                ${run("id")}
                """);

        assertEquals(Optional.empty(), render("page", Map.of()));
        assertEquals(List.of("templates/page.ftlh:1:1: template error while making content/en/a.md: "
                + "Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons; "
                + "fix the template, or the data it reads"), reported());
    }

    @Test
    void apiBuiltinIsRefused() throws IOException {
        write("templates/page.ftlh", "<p>\n${title?api.length()}</p>\n");

        assertEquals(Optional.empty(), render("page", Map.of("title", "A")));
        assertEquals(1, problems.size());
        Problem problem = problems.sorted().get(0);
        assertEquals("templates/page.ftlh:2:3", problem.location());
        assertTrue(problem.message().startsWith("template error while making content/en/a.md: Can't use ?api, "
                + "because the \"api_builtin_enabled\" configuration setting is false."), problem.message());
    }

    @Test
    void includeCannotReachOutsideTheTemplatesFolder() throws IOException {
        write("secret.txt", "do not publish");
        write("templates/page.ftlh", "<#include \"../secret.txt\">\n");

        assertEquals(Optional.empty(), render("page", Map.of()));
        assertEquals(1, problems.size());
        assertEquals("templates/page.ftlh:1:1", problems.sorted().get(0).location());
    }

    @Test
    void missingTemplateNamesThePageAndTheTemplatesThereAre() throws IOException {
        write("templates/article.ftlh", "");
        write("templates/home.ftlh", "");
        write("templates/partials/footer.ftlh", "");

        assertEquals(Optional.empty(), render("wide", Map.of()));
        assertEquals(List.of("templates/wide.ftlh: the template is missing (needed for content/en/a.md); create it, or choose one of: article, home"), reported());
    }

    @Test
    void namesAreThePageTemplatesDirectlyUnderTemplates() throws IOException {
        write("templates/home.ftlh", "");
        write("templates/article.ftlh", "");
        write("templates/notes.txt", "");
        write("templates/partials/footer.ftlh", "");

        assertEquals(List.of("article", "home"), Templates.load(root, problems).orElseThrow().names());
    }

    @Test
    void missingTemplatesFolderIsAProblem() {
        assertEquals(Optional.empty(), Templates.load(root, problems));
        assertEquals(List.of("templates: the templates folder is missing; restore templates/ from the repository"), reported());
    }
}
