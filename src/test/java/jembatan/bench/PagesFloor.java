package jembatan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What jsoup alone costs a cold build: a fresh JVM that reads every HTML page a build wrote under
 * {@code site/}, parses it and writes it out again with jsoup (over all cores), as the build's
 * last pass does for each page it makes, and does nothing else. The {@link Benchmark} times it as
 * it times a build, JVM start included: with the Markdown library's floor ({@link MarkdownFloor}),
 * the part of a cold build that the card's libraries set before Jembatan does any work of its own.
 */
public final class PagesFloor {
    private PagesFloor() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> pages = MarkdownFloor.files(Path.of(args[0], "site"), ".html");
        long characters = pages.parallelStream().mapToLong(page -> {
            try {
                org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
                parsed.outputSettings().prettyPrint(false);
                return parsed.outerHtml().length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        System.out.println(pages.size() + " pages, " + characters + " characters of HTML");
    }
}
