package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jembatan.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the GitHub Pages workflow does, read from the workflow and run where it can be: a pull
 * request is tested and nothing is deployed; a push to main is tested, then the site is built,
 * once compiled, for the address GitHub gives the repository, and {@code site/} is uploaded and
 * deployed.
 */
class PagesWorkflowTest {
    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        String text = Files.readString(TestProject.REPOSITORY.resolve(".github/workflows/pages.yml"), StandardCharsets.UTF_8);
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get(job)).get("steps");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(Map<String, Object> workflow, String job) {
        return (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get(job);
    }

    private static boolean onPullRequests(Map<String, Object> step) {
        return !"github.event_name != 'pull_request'".equals(step.get("if"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPullRequestIsTestedAndNothingOfItIsPublished() throws IOException {
        Map<String, Object> workflow = workflow();
        // SnakeYAML reads the key `on` as the boolean true, as YAML 1.1 says.
        Map<String, Object> on = (Map<String, Object>) (workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
        assertTrue(on.containsKey("pull_request") && on.containsKey("push"), "runs on pull requests and pushes");
        List<String> pullRequestRuns = steps(workflow, "build").stream().filter(PagesWorkflowTest::onPullRequests)
                .map(step -> String.valueOf(step.get("run"))).filter(run -> !run.equals("null")).toList();
        assertEquals(1, pullRequestRuns.size(), pullRequestRuns.toString());
        assertTrue(pullRequestRuns.get(0).startsWith("mvn -B -ntp verify"), "a pull request runs every test");
        assertTrue(steps(workflow, "build").stream().filter(PagesWorkflowTest::onPullRequests)
                .noneMatch(step -> String.valueOf(step.get("uses")).contains("pages")), "a pull request neither configures nor uploads Pages");
        assertEquals("github.event_name != 'pull_request'", job(workflow, "deploy").get("if"), "a pull request deploys nothing");
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"), "only the deployment may write Pages");
        assertEquals(Map.of("pages", "write", "id-token", "write"), job(workflow, "deploy").get("permissions"));
    }

    @Test
    void aPushIsTestedThenBuiltOnceCompiledForThePagesAddressUploadedAndDeployed() throws IOException {
        Map<String, Object> workflow = workflow();
        List<Map<String, Object>> build = steps(workflow, "build");
        List<String> uses = build.stream().map(step -> String.valueOf(step.get("uses"))).toList();
        List<String> runs = build.stream().map(step -> String.valueOf(step.get("run"))).toList();
        int test = indexOf(runs, "mvn -B -ntp verify");
        int pages = indexOf(uses, "actions/configure-pages@");
        int site = indexOf(runs, "java -jar target/jembatan.jar build");
        int upload = indexOf(uses, "actions/upload-pages-artifact@");
        assertTrue(test >= 0 && test < pages && pages < site && site < upload, "test, then ask for the address, build, and upload");
        assertEquals(1, runs.stream().filter(run -> run.contains("mvn")).count(), "one Maven run: the site is built by the jar `verify` packaged, not compiled again");
        assertEquals(Map.of("path", "site"), build.get(upload).get("with"));
        assertEquals("deployment", steps(workflow, "deploy").get(0).get("id"));
        assertTrue(String.valueOf(steps(workflow, "deploy").get(0).get("uses")).startsWith("actions/deploy-pages@"));
        for (Map<String, Object> step : build) {
            String action = String.valueOf(step.get("uses"));
            assertTrue(action.equals("null") || action.matches("actions/[\\w-]+@v\\d+"), action + ": an official action at a major version");
        }

        // The build step, as the runner runs it with the address configure-pages gives a project site.
        String command = runs.get(site).replace("${{ steps.pages.outputs.base_url }}", "https://someone.github.io/fork");
        List<String> words = new ArrayList<>();
        for (String word : command.substring("java -jar target/jembatan.jar ".length()).split(" ")) words.add(word.replace("\"", ""));
        Path project = tmp.resolve("project");
        for (String folder : List.of("content", "templates")) TestProject.copyTree(TestProject.REPOSITORY.resolve(folder), project.resolve(folder));
        words.addAll(List.of("--project", project.toString()));
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(words.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out)), out.toString());
        Document article = Jsoup.parse(project.resolve("site/en/istanbul-talks/index.html").toFile(), "UTF-8");
        assertEquals("https://someone.github.io/fork/en/istanbul-talks/", article.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(article.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/fork/assets/"), "links under the project site's path");
        assertFalse(Files.exists(project.resolve("site/CNAME")));
    }

    private static int indexOf(List<String> values, String start) {
        for (int i = 0; i < values.size(); i++) if (values.get(i).startsWith(start)) return i;
        return -1;
    }
}
