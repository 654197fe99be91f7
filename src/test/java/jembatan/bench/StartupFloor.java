package jembatan.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.Yaml;

/**
 * What the four libraries alone cost a small site's cold build: a fresh JVM that reads every
 * YAML file under {@code content/} with SnakeYAML, parses every template under {@code templates/}
 * with Freemarker, renders every article with flexmark-java and parses and writes out the result
 * with jsoup, and does nothing else: no model, no checks, no files written. The {@link Benchmark}
 * times it beside a cold build of the real site, with the options a build runs with, so that the
 * build's figure can be read against the part of it that no change to Jembatan's own code can
 * take away.
 */
public final class StartupFloor {
    private StartupFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        // On two threads, as a build would overlap them at best: the data and templates beside the articles.
        java.util.concurrent.CompletableFuture<Long> dataAndTemplates = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return data(project) + templates(project);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long characters = articles(project) + dataAndTemplates.get();
        System.out.println(characters + " characters read and written");
    }

    private static long data(Path project) throws IOException {
        long characters = 0;
        for (Path file : MarkdownFloor.files(project.resolve("content"), ".yaml")) {
            Object data = new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
            characters += String.valueOf(data).length();
        }
        return characters;
    }

    private static long templates(Path project) throws IOException {
        Configuration templates = new Configuration(Configuration.VERSION_2_3_34);
        templates.setTemplateLoader(new FileTemplateLoader(project.resolve("templates").toFile()));
        long characters = 0;
        for (Path file : MarkdownFloor.files(project.resolve("templates"), ".ftlh")) {
            characters += templates.getTemplate(project.resolve("templates").relativize(file).toString().replace('\\', '/')).toString().length();
        }
        return characters;
    }

    private static long articles(Path project) throws IOException {
        MutableDataSet options = MarkdownFloor.options();
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        long characters = 0;
        for (Path file : MarkdownFloor.files(project.resolve("content"), ".md")) {
            String html = renderer.render(parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
            characters += Jsoup.parse("<!doctype html><html><head><title>t</title></head><body>" + html + "</body></html>").outerHtml().length();
        }
        return characters;
    }
}
