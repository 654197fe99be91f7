package jembatan.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark the README tells people to rerun still runs: every measure, at two sizes, with
 * the time per page, on both corpora; builds started by the launcher {@code mvn package} makes,
 * and the real site by {@code java -jar} as well.
 */
class BenchmarkIT {
    @TempDir
    Path work;

    @Test
    void measuresEveryBuildAtEachSizeAndComparesTimePerPage() throws Exception {
        String report = run("--pages", "3,6", "--runs", "1", "--work", work.toString());
        for (String measure : new String[] {"Corpus: 3 articles per language (10 HTML pages)", "Corpus: 6 articles per language (16 HTML pages)",
                "Real site (this project's content and templates)", "the libraries alone, one fresh JVM",
                "cold build (target/jembatan, JVM start included)", "cold build (java -jar, JVM start included)",
                "after one article's text edited, build cache", "flexmark alone, fresh JVM, C1 only", "flexmark alone, fresh JVM, C1 and C2",
                "flexmark, then one jsoup parse, fresh JVM", "commonmark-java alone, fresh JVM, C1 only",
                "jsoup alone on every page of the site, fresh JVM, C1 only", "Markdown stage, warm: one thread ",
                "warm full build (same JVM)", "preview: one article's text edited",
                "(last edit re-rendered 1 of 16 pages)", "preview: one article's title edited", "largest / smallest time per page"}) {
            assertTrue(report.contains(measure), measure + " in:\n" + report);
        }
    }

    @Test
    void measuresTheDocumentationCorpusToo() throws Exception {
        String report = run("--corpus", "docs", "--pages", "40,90", "--runs", "1", "--work", work.toString());
        for (String measure : new String[] {"Docs corpus: ", "folders up to", "HTML pages, 0 warnings", "cold build (target/jembatan, JVM start included)",
                "flexmark alone, fresh JVM, C1 only", "commonmark-java alone, fresh JVM, C1 only", "jsoup alone on every page of the site, fresh JVM, C1 only",
                "Markdown stage, warm: one thread ", "warm full build (same JVM)", "preview: one article's text edited",
                "preview: one article's title edited", "Time per page (medians), docs corpus:", "largest / smallest time per page"}) {
            assertTrue(report.contains(measure), measure + " in:\n" + report);
        }
    }

    /** What the benchmark prints when run with {@code args}. */
    private static String run(String... args) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Benchmark.main(args);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
