package jembatan.pipeline;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import jembatan.markdown.MarkdownRenderer;
import jembatan.report.Problems;
import jembatan.source.YamlReader;
import org.jsoup.Jsoup;

/**
 * Starts the libraries a build needs on another core while the build reads the project: loading
 * and first running flexmark, jsoup, Freemarker and SnakeYAML takes most of a small site's cold
 * build, and the two can overlap. Only a command that builds once (not the preview, whose JVM is
 * warm) calls it; the work it does is thrown away and nothing of the site depends on it.
 */
public final class Warmup {
    private Warmup() {
    }

    public static void start() {
        Thread thread = new Thread(Warmup::run, "jembatan-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Jsoup.parse("<!doctype html><html><head><title>x</title></head><body><main><p id=a>x <a href=/b>b</a></p></main></body></html>").outerHtml();
            MarkdownRenderer.warm();
            Template template = new Template("warmup", new StringReader("<#list xs as x>${x}</#list>"), new Configuration(Configuration.VERSION_2_3_34));
            template.process(Map.of("xs", java.util.List.of("a")), new StringWriter());
            YamlReader.read("a: [b, {c: d}]", "warm-up", 1, new Problems());
        } catch (Exception | LinkageError e) {
            // A warm-up that fails costs nothing but its time: the build itself will say what is wrong.
        }
    }
}
