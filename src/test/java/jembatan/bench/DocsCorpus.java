package jembatan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jembatan.TestProject;

/**
 * The second corpus of the benchmark, shaped like a real documentation or newsroom site: folders
 * 1 to 6 deep ({@code content/en/learn/go/basics/...}), most with an {@code index.md}, most pages
 * in English only ({@code translation: none} on whole folders and on some pages) and the rest
 * translated at the same paths (the Indonesian folders' {@code index.md} giving localized slugs),
 * weights, tags (some paired in {@code site.yaml}), a few old addresses, dates with a time and an
 * offset, a menu, titles repeated across sections, and pages of 2 KB to 500 KB full of code
 * blocks, tables and lists ({@link DocsTree} is the shape, {@link DocsText} the text). It writes
 * Jembatan's project and the same pages as a Hugo site, sections as {@code _index.md}, so that both
 * build the same site. The same seed and size give the same bytes.
 */
public final class DocsCorpus {
    private DocsCorpus() {
    }

    /**
     * What was written: Markdown files in each language, the share of English pages (index files
     * included) published in English only, the deepest folder, and the Markdown's size, in bytes
     * and per file.
     */
    public record Written(int english, int indonesian, double englishOnly, int deepest, long bytes, List<Integer> sizes) {
        public Written {
            sizes = List.copyOf(sizes);
        }

        public int files() {
            return english + indonesian;
        }
    }

    /** Writes a Jembatan project of about {@code files} Markdown files under {@code dir}, with a copy of {@code templates}. */
    public static Written writeJembatan(Path dir, int files, long seed, Path templates) throws IOException {
        TestProject.copyTree(templates, dir.resolve("templates"));
        DocsTree tree = DocsTree.grow(files, seed);
        StringBuilder site = new StringBuilder("""
                base_url: https://docs.example.org/
                default_language: en
                publisher: Bench Docs
                languages:
                  - {code: en, locale: en-GB, name: English, title: Docs, description: A benchmark documentation site.}
                  - {code: id, locale: id-ID, name: Bahasa Indonesia, title: Dokumentasi, description: Situs dokumentasi uji kinerja.}
                menu: [""");
        for (int i = 0; i < DocsTree.IN_MENU; i++) site.append(DocsWords.TOP.get(i)).append("/index.md, ");
        site.append("about.md]\ntags:\n");
        DocsWords.TAG_PAIRS.forEach((en, id) -> site.append("  - id: ").append(id).append("\n    en: ").append(en).append('\n'));
        write(dir.resolve("content/site.yaml"), site.toString());
        return writeContent(dir.resolve("content"), tree, false);
    }

    /** Writes the same pages as a Hugo site under {@code dir}: one content folder per language, tags, the menu, no highlighting. */
    public static void writeHugo(Path dir, int files, long seed) throws IOException {
        DocsTree tree = DocsTree.grow(files, seed);
        StringBuilder config = new StringBuilder("""
                baseURL = "https://docs.example.org/"
                defaultContentLanguage = "en"
                defaultContentLanguageInSubdir = true
                paginate = 20
                [taxonomies]
                  tag = "tags"
                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]
                [markup.goldmark.renderer]
                  unsafe = true
                [markup.highlight]
                  codeFences = false
                """);
        for (String lang : List.of("en", "id")) {
            config.append("[languages.").append(lang).append("]\n  contentDir = \"content/").append(lang).append("\"\n  weight = ")
                    .append(lang.equals("en") ? 1 : 2).append("\n  languageName = \"").append(lang.equals("en") ? "English" : "Bahasa Indonesia")
                    .append("\"\n  title = \"").append(lang.equals("en") ? "Docs" : "Dokumentasi").append("\"\n");
            for (int i = 0; i < DocsTree.IN_MENU; i++) {
                config.append("[[languages.").append(lang).append(".menus.main]]\n  pageRef = \"/").append(DocsWords.TOP.get(i)).append("\"\n  weight = ").append(i + 1).append('\n');
            }
        }
        write(dir.resolve("hugo.toml"), config.toString());
        HugoLayouts.write(dir.resolve("layouts"));
        writeContent(dir.resolve("content"), tree, true);
    }

    private static Written writeContent(Path content, DocsTree tree, boolean hugo) throws IOException {
        DocsText text = new DocsText(tree);
        List<Integer> sizes = new ArrayList<>();
        int[] counts = new int[3]; // English files, Indonesian files, English files in English only
        String index = hugo ? "_index.md" : "index.md";
        for (String lang : List.of("en", "id")) {
            String home = front(lang.equals("en") ? "Docs" : "Dokumentasi", null, "2021-01-04T09:00:00+07:00", null);
            sizes.add(write(content.resolve(lang + "/" + index), home + (lang.equals("en") ? "Guides, references and news.\n" : "Panduan, referensi dan berita.\n")));
            counts[lang.equals("en") ? 0 : 1]++;
        }
        for (DocsTree.Folder folder : tree.folders()) {
            if (!folder.index()) continue;
            String title = DocsWords.FOLDER_SLUGS.containsKey(folder.name()) ? label(folder.name()) : folder.name();
            StringBuilder front = new StringBuilder(front(title, folder.weight(), folder.date(), null));
            if (folder.marked()) front.insert(4, hugo ? "" : "translation: none\n");
            sizes.add(write(content.resolve("en/" + folder.path() + "/" + index), front + text.index(folder, false)));
            counts[0]++;
            if (!folder.translated()) {
                counts[2]++;
                continue;
            }
            String slug = DocsWords.FOLDER_SLUGS.get(folder.name());
            StringBuilder id = new StringBuilder(front(label(slug.replace('-', ' ')), folder.weight(), folder.date(), null));
            if (!hugo && !slug.equals(folder.name())) id.insert(4, "slug: " + slug + "\n");
            sizes.add(write(content.resolve("id/" + folder.path() + "/" + index), id + text.index(folder, true)));
            counts[1]++;
        }
        for (DocsTree.Page page : tree.pages()) {
            DocsText.English english = text.english(page);
            sizes.add(write(content.resolve("en/" + page.file()), pageFront(page, false, hugo) + english.text()));
            counts[0]++;
            if (!page.translated()) {
                counts[2]++;
                continue;
            }
            sizes.add(write(content.resolve("id/" + page.file()), pageFront(page, true, hugo) + text.indonesian(page, english.sections())));
            counts[1]++;
        }
        int deepest = tree.folders().stream().mapToInt(DocsTree.Folder::depth).max().orElse(0);
        long bytes = sizes.stream().mapToLong(Integer::longValue).sum();
        return new Written(counts[0], counts[1], counts[2] / (double) counts[0], deepest, bytes, sizes);
    }

    private static String pageFront(DocsTree.Page page, boolean id, boolean hugo) {
        StringBuilder front = new StringBuilder(front(id ? page.indonesianTitle() : page.englishTitle(), page.weight(), page.date(), page.updated()));
        StringBuilder extra = new StringBuilder();
        if (page.marked() && !hugo) extra.append("translation: none\n");
        if (!page.tags().isEmpty()) {
            List<String> tags = page.tags().stream().map(tag -> id ? DocsWords.TAG_PAIRS.getOrDefault(tag, tag) : tag).toList();
            extra.append("tags: [").append(String.join(", ", tags)).append("]\n");
        }
        if (page.alias()) extra.append("aliases: [/").append(id ? "id/lama/" : "en/old/").append(page.number()).append("/]\n");
        return front.insert(front.length() - 5, extra).toString(); // before the closing ---
    }

    private static String front(String title, Integer weight, String date, String updated) {
        // The description repeats the title, so both languages state the same numbers in it.
        return "---\ntitle: \"" + title + "\"\ndescription: \"" + title + ".\"\ndate: " + date + "\n" + (updated != null ? "updated: " + updated + "\n" : "")
                + (weight != null ? "weight: " + weight + "\n" : "") + "---\n\n";
    }

    private static String label(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static int write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }
}
