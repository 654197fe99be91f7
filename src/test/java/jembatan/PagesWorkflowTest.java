package jembatan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The GitHub Pages workflow runs the tests, builds for the repository's own address and deploys site/ with the official actions. */
class PagesWorkflowTest {

    @Test
    @SuppressWarnings("unchecked")
    void publishesSiteForTheRepositorysOwnAddressAfterEveryTest() throws IOException {
        String text = Files.readString(TestProject.REPOSITORY.resolve(".github/workflows/pages.yml"), StandardCharsets.UTF_8);
        Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        List<String> uses = build.stream().map(step -> String.valueOf(step.get("uses"))).toList();
        List<String> runs = build.stream().map(step -> String.valueOf(step.get("run"))).toList();

        assertTrue(uses.contains("actions/setup-java@v4"));
        assertEquals("25", build.stream().filter(s -> "actions/setup-java@v4".equals(s.get("uses"))).map(s -> ((Map<String, Object>) s.get("with")).get("java-version")).findFirst().orElseThrow());
        int test = indexOf(runs, "mvn -B -ntp verify");
        int generate = indexOf(runs, "mvn -B -ntp generate -Djembatan.args=\"build --base-url ${{ steps.pages.outputs.base_url }}/\"");
        int upload = uses.indexOf("actions/upload-pages-artifact@v3");
        assertTrue(test >= 0 && test < generate && generate < upload, "test, then build, then upload");
        assertEquals(Map.of("path", "site"), build.get(upload).get("with"));
        List<Map<String, Object>> deploy = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy")).get("steps");
        assertEquals("actions/deploy-pages@v4", deploy.get(0).get("uses"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), workflow.get("permissions"));
    }

    private static int indexOf(List<String> runs, String start) {
        for (int i = 0; i < runs.size(); i++) if (runs.get(i).startsWith(start)) return i;
        return -1;
    }
}
