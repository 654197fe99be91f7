package jembatan.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One corpus at one size, as the {@link Benchmark} measures it: {@link Flat} is today's corpus
 * ({@link Corpus}, n articles per language, all translated, one folder), {@link Docs} the
 * documentation site's ({@link DocsCorpus}, about n Markdown files in all). Each writes itself for
 * Jembatan and for Hugo, says what it is, and names the translated page the preview edits.
 */
sealed interface BenchCorpus {
    /** The folder name of its projects: {@code jembatan-500}, {@code docs-1000}. */
    String name();

    /** Writes the Jembatan project; returns the line that describes it. */
    String writeJembatan(Path dir, Path templates) throws IOException;

    void writeHugo(Path dir) throws IOException;

    /** The English page the preview edits, under the project; it has a translation, so that a new title reaches its switcher. */
    String editedPage();

    /** The page with its title changed, differently for each {@code i} in turn. */
    String retitled(String original, int i);

    /** {@code --corpus flat|docs} with {@code --pages n}. */
    static BenchCorpus of(String kind, int pages, long seed) {
        return switch (kind) {
            case "flat" -> new Flat(pages);
            case "docs" -> new Docs(pages, seed);
            default -> throw new IllegalArgumentException("--corpus is flat, docs or both, not " + kind);
        };
    }

    record Flat(int articles) implements BenchCorpus {
        public String name() {
            return "jembatan-" + articles;
        }

        public String writeJembatan(Path dir, Path templates) throws IOException {
            int html = Corpus.writeJembatan(dir, articles, templates);
            return String.format(Locale.ROOT, "Corpus: %d articles per language (%d HTML pages), %s", articles, html, dir);
        }

        public void writeHugo(Path dir) throws IOException {
            Corpus.writeHugo(dir, articles);
        }

        public String editedPage() {
            return "content/en/" + Corpus.name(articles / 2 + 1) + ".md";
        }

        public String retitled(String original, int i) {
            return original.replace("Report ", "Report " + "x".repeat(i % 3) + (i % 3 == 0 ? "" : " "));
        }
    }

    record Docs(int files, long seed) implements BenchCorpus {
        private static final Pattern TITLE = Pattern.compile("(?m)^title: \"");

        public String name() {
            return "docs-" + files;
        }

        public String writeJembatan(Path dir, Path templates) throws IOException {
            DocsCorpus.Written written = DocsCorpus.writeJembatan(dir, files, seed, templates);
            return String.format(Locale.ROOT, "Docs corpus: %d Markdown files (%d English, %d Indonesian; %.0f%% of the English in English only), "
                    + "%.1f MB of Markdown, folders up to %d deep, %s", written.files(), written.english(), written.indonesian(),
                    100 * written.englishOnly(), written.bytes() / 1e6, written.deepest(), dir);
        }

        public void writeHugo(Path dir) throws IOException {
            DocsCorpus.writeHugo(dir, files, seed);
        }

        public String editedPage() {
            // A translated page in a section, as editors mostly change: the first in the tree (in a tiny tree, about.md).
            List<DocsTree.Page> translated = DocsTree.grow(files, seed).pages().stream().filter(DocsTree.Page::translated).toList();
            return "content/en/" + translated.stream().filter(page -> !page.folder().isEmpty()).findFirst().orElse(translated.get(0)).file();
        }

        public String retitled(String original, int i) {
            Matcher title = TITLE.matcher(original);
            return title.find() ? title.replaceFirst("title: \"" + "x".repeat(i % 3 + 1) + " ") : original;
        }
    }
}
