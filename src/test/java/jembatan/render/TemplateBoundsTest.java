package jembatan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jembatan.Fixtures;
import jembatan.report.Problem;
import jembatan.report.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designer's template that recurses, loops or writes without end is a problem at its file and line, in bounded time. */
class TemplateBoundsTest {
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final String HINT = "; a page's template has 1 seconds, 1 MB of output and the stack's depth of macro calls;"
            + " look for a loop or a macro call that does not end";

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    private Optional<String> render(String template) {
        return render(template, 1_000);
    }

    private Optional<String> render(String template, long millis) {
        Templates templates = Templates.load(root, problems).orElseThrow().withBounds(millis, 1024 * 1024);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> templates.render(template, Map.of(), ENGLISH, "/en/a/", problems));
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aMacroThatCallsItselfIsAProblemAtTheCall() {
        Fixtures.write(root, "templates/page.ftlh", "<p>Hello</p>\n<#macro m><@m/></#macro>\n<@m/>\n");
        assertEquals(Optional.empty(), render("page"));
        assertEquals(List.of("templates/page.ftlh:2: the template calls macros or includes more deeply than the stack allows"
                + " (does a macro call itself without end?) while making /en/a/" + HINT), reported());
    }

    @Test
    void recursionThroughAnIncludedPartialNamesThePartial() {
        Fixtures.write(root, "templates/page.ftlh", "<#include \"partials/deep.ftlh\">\n");
        Fixtures.write(root, "templates/partials/deep.ftlh", "<#macro m n>${n}<@m n + 1/></#macro>\n\n<@m 1/>\n");
        assertEquals(Optional.empty(), render("page"));
        assertEquals(1, reported().size());
        assertEquals("templates/partials/deep.ftlh:1", reported().get(0).substring(0, "templates/partials/deep.ftlh:1".length()), reported().get(0));
    }

    @Test
    void aListWithoutEndIsAProblemAtTheLoopAfterTheTimeBound() {
        Fixtures.write(root, "templates/page.ftlh", "<p>Hello</p>\n<#list 1.. as i></#list>\n");
        assertEquals(Optional.empty(), render("page"));
        assertEquals(List.of("templates/page.ftlh:2: the template took more than 1 seconds while making /en/a/" + HINT), reported());
        assertFalse(Thread.currentThread().isInterrupted(), "the interruption is not left behind");
    }

    @Test
    void anEndlessLoopInAnIncludedTemplateIsInterruptedToo() {
        Fixtures.write(root, "templates/page.ftlh", "<p>Hello</p>\n<#include \"partials/loop.ftlh\">\n");
        Fixtures.write(root, "templates/partials/loop.ftlh", "\n<#list 1.. as i><#assign x = i></#list>\n");
        assertEquals(Optional.empty(), render("page"));
        assertEquals(List.of("templates/partials/loop.ftlh:2: the template took more than 1 seconds while making /en/a/" + HINT), reported());
    }

    @Test
    void aTemplateThatWritesWithoutEndIsAProblemAtTheOutputBound() {
        Fixtures.write(root, "templates/page.ftlh", "<p>Hello</p>\n<#list 1.. as i>${i} and more text\n</#list>\n");
        assertEquals(Optional.empty(), render("page"));
        assertEquals(List.of("templates/page.ftlh:2: the template wrote more than 1 MB while making /en/a/" + HINT), reported());
    }

    @Test
    void aValueThatGrowsBeyondMemoryIsAProblemAtItsLine() {
        Fixtures.write(root, "templates/page.ftlh", "<p>Hello</p>\n<#assign s = \"xxxxxxxxxx\">\n"
                + "<#list 1..40 as i><#assign s = s + s></#list>${s?length}\n");
        // Time enough for the doubling to reach the largest string Java holds, on a busy machine.
        assertEquals(Optional.empty(), render("page", 20_000));
        assertEquals(List.of("templates/page.ftlh:3: the template made a value larger than memory can hold (does a value grow without end?)"
                + " while making /en/a/" + HINT.replace("has 1 seconds", "has 20 seconds")), reported());
    }

    @Test
    void aPaddingWiderThanTheOutputBoundIsAProblem() {
        Fixtures.write(root, "templates/page.ftlh", "<p>Hello</p>\n${\"\"?left_pad(2000000)}\n");
        assertEquals(Optional.empty(), render("page"));
        assertEquals(List.of("templates/page.ftlh:2: the template wrote more than 1 MB while making /en/a/" + HINT), reported());
    }

    @Test
    void anIncludeThroughALinkLeadingOutsideTemplatesIsAProblem() throws Exception {
        Fixtures.write(root, "outside.ftlh", "<p>secret</p>\n");
        Fixtures.write(root, "templates/page.ftlh", "<#include \"partials/linked.ftlh\">\n");
        Files.createDirectories(root.resolve("templates/partials"));
        Files.createSymbolicLink(root.resolve("templates/partials/linked.ftlh"), root.resolve("outside.ftlh"));
        assertEquals(Optional.empty(), render("page"));
        assertEquals(List.of("templates/page.ftlh:1: includes or imports a template through a link that leads outside templates/"
                + " (needed for /en/a/); copy the file into templates/ instead of linking to it"), reported());
    }

    @Test
    void aTemplateWithinItsBoundsRendersAsBefore() {
        Fixtures.write(root, "templates/page.ftlh", "<#list 1..3 as i>${i}</#list>\n");
        assertEquals(Optional.of("123\n"), render("page"));
        assertEquals(Optional.of("123\n"), render("page"));
        assertEquals(List.of(), reported());
    }
}
