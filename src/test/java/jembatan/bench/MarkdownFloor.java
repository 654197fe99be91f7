package jembatan.bench;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the Markdown library alone costs a cold build: a fresh JVM that parses and renders the body
 * of every article under {@code content/} with flexmark-java (the extensions Jembatan uses, over
 * all cores) and does nothing else; with {@code --jsoup}, jsoup also parses and writes out each
 * article's HTML once, as a build does each page; with {@code --commonmark}, commonmark-java does
 * the same work in flexmark's place (tables, strikethrough, heading ids), the floor a move of the
 * Markdown stage to that library would set. The {@link Benchmark} times it as it times a
 * build, JVM start included, so that a cold build's figures can be read against the floor that the library sets
 * before Jembatan does any work of its own.
 */
public final class MarkdownFloor {
    private MarkdownFloor() {
    }

    public static void main(String[] args) throws IOException {
        java.util.function.UnaryOperator<String> markdown = List.of(args).contains("--commonmark") ? commonmark() : flexmark();
        List<Path> files = files(Path.of(args[0], "content"), ".md");
        // With --jsoup, each article's HTML is also parsed and written out once by jsoup, as every page is.
        boolean jsoup = List.of(args).contains("--jsoup");
        long characters = files.parallelStream().mapToLong(file -> {
            String html = markdown.apply(body(file));
            return jsoup ? org.jsoup.Jsoup.parse(html).outerHtml().length() : html.length();
        }).sum();
        System.out.println(files.size() + " articles, " + characters + " characters of HTML");
    }

    private static java.util.function.UnaryOperator<String> flexmark() {
        MutableDataSet options = options();
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        return text -> renderer.render(parser.parse(text));
    }

    private static java.util.function.UnaryOperator<String> commonmark() {
        List<org.commonmark.Extension> extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create(),
                org.commonmark.ext.gfm.strikethrough.StrikethroughExtension.create(), org.commonmark.ext.heading.anchor.HeadingAnchorExtension.create());
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder().extensions(extensions).build();
        org.commonmark.renderer.html.HtmlRenderer renderer = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(extensions).build();
        return text -> renderer.render(parser.parse(text));
    }

    /** flexmark set up with the extensions and heading ids Jembatan's Markdown stage uses. */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        return options;
    }

    /** The files under {@code folder} whose names end so, in order; the editors' guide (README.md) is not content. */
    static List<Path> files(Path folder, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(ending) && !file.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    /** The article without its front matter. */
    private static String body(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int close = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
            return close < 0 ? text : text.substring(close + 5);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
