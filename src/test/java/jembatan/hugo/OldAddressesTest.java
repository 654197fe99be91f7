package jembatan.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jembatan.TestProject;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise of the import, checked against Hugo itself: every HTML page Hugo publishes from a
 * fixture (its pages, sections, lists of tags and categories, the redirects of its aliases) has a
 * page or a redirect at the same address in the site Jembatan builds from the import. Needs
 * {@code hugo} on the PATH (Debian's package; {@code .ci/run} installs it); skipped without it.
 */
class OldAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"content-dirs", "suffixes"})
    void everyAddressHugoPublishesHasAPageOrARedirect(String fixture, @TempDir Path temp) throws Exception {
        Optional<Path> hugo = hugo();
        assumeTrue(hugo.isPresent(), "hugo is not on the PATH");
        Path source = temp.resolve("hugo");
        TestProject.copyTree(HugoImportTest.FIXTURES.resolve(fixture), source);
        Path published = temp.resolve("public");
        Process process = new ProcessBuilder(hugo.get().toString(), "--quiet", "--source", source.toString(), "--destination", published.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("hugo.log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "hugo did not finish");
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("hugo.log")));
        Set<String> hugoAddresses = addresses(published);
        assertTrue(hugoAddresses.size() > 20, hugoAddresses.toString());

        Path into = temp.resolve("new");
        assertEquals(0, HugoImportTest.importHugo(source, into).status());
        BuildOutcome outcome = Build.run(into, new BuildOptions(false, false, Optional.of(java.time.LocalDate.parse(HugoImportTest.TODAY)),
                Optional.empty(), false));
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        Set<String> jembatanAddresses = new TreeSet<>();
        built.site().files().keySet().stream().filter(f -> f.endsWith(".html")).map(OldAddressesTest::address).forEach(jembatanAddresses::add);

        Set<String> missing = new TreeSet<>(hugoAddresses);
        missing.removeAll(jembatanAddresses);
        assertEquals(Set.of(), missing, "Hugo's addresses without a page or a redirect in Jembatan's site");
    }

    /** The addresses of the HTML files under {@code folder}: {@code a/index.html} is {@code /a/}. */
    static Set<String> addresses(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> address(folder.relativize(p).toString().replace('\\', '/')))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static String address(String file) {
        return file.equals("index.html") ? "/" : file.endsWith("/index.html") ? "/" + file.substring(0, file.length() - "index.html".length()) : "/" + file;
    }

    static Optional<Path> hugo() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "hugo");
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

}
