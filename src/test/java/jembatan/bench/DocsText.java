package jembatan.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The body of one page of the documentation corpus in one language: a lead paragraph, then
 * sections under {@code ##} headings (many repeated, some with {@code _} in them) holding fenced
 * code blocks with their language, tables, nested lists, task lists and prose with inline code,
 * links to other pages across folders, links to headings and footnotes; it ends with "See also".
 * Two random streams make it: the shape (what comes where, every number, every identifier, every
 * link's target) is seeded by the page alone, the words by the page and the language, so that
 * both versions of a translated page have the same structure and state the same numbers. A
 * translated page links only to translated pages, so that its links hold in both languages.
 */
final class DocsText {
    private static final String[][] HEADINGS = {{"Example", "Contoh"}, {"Configuration", "Konfigurasi"}, {"Options", "Opsi"}, {"Usage", "Penggunaan"},
        {"Notes", "Catatan"}, {"How it works", "Cara kerjanya"}, {"Before you begin", "Sebelum memulai"}, {"Troubleshooting", "Pemecahan masalah"},
        {"Next steps", "Langkah berikutnya"}, {"Limits", "Batasan"}};
    private static final String[][] COLUMNS = {{"Option", "Opsi"}, {"Default", "Bawaan"}, {"Type", "Tipe"}, {"Description", "Keterangan"}};
    private static final String[] TYPES = {"string", "int", "bool", "duration", "list"};
    private static final Map<String, String[]> CODE = Map.of(
            "go", new String[] {"func {i}(ctx context.Context) error {", "\t{i} := {n}", "\tif err := client.Call(ctx, \"{i}\", {n}); err != nil {",
                "\t\treturn fmt.Errorf(\"{i}: %w\", err)", "\t}", "\treturn nil", "}", "// {i} keeps the last {n} entries."},
            "python", new String[] {"def {i}(value, limit={n}):", "    return client.get(\"{i}\", timeout={n})", "    for item in range({n}):",
                "        total += item.{i}", "# {i} is read once at start"},
            "java", new String[] {"public int {i}() {", "    return config.get(\"{i}\", {n});", "}", "var {i} = List.of({n}, {n});", "// {i}: at most {n}"},
            "bash", new String[] {"$ app config set {i} {n}", "$ app run --{i}={n} --verbose", "export APP_{i}={n}", "curl -s https://api.example.com/v{n}/{i} | jq ."},
            "yaml", new String[] {"{i}: {n}", "  {i}: \"value\"", "- name: {i}", "    limit: {n}"},
            "json", new String[] {"{", "  \"{i}\": {n},", "  \"name\": \"{i}\",", "}"},
            "sql", new String[] {"SELECT {i}, count(*) FROM events WHERE shard = {n} GROUP BY {i};", "CREATE INDEX {i}_idx ON events ({i});"},
            "rust", new String[] {"fn {i}(limit: usize) -> Result<(), Error> {", "    let {i} = vec![{n}; {n}];", "    Ok(())", "}"},
            "toml", new String[] {"[{i}]", "{i} = {n}"});
    private static final List<String> LANGUAGES = List.of("go", "python", "java", "bash", "yaml", "json", "sql", "rust", "toml");

    private final List<DocsTree.Page> all;
    private final List<DocsTree.Page> translated;
    private final Map<String, DocsTree.Folder> folders = new HashMap<>();
    /** Each page's place in the list its links pick from, by its number. */
    private final Map<Integer, Integer> places = new HashMap<>();

    DocsText(DocsTree tree) {
        all = tree.pages();
        translated = tree.pages().stream().filter(DocsTree.Page::translated).toList();
        for (DocsTree.Folder folder : tree.folders()) folders.put(folder.path(), folder);
        for (int i = 0; i < all.size(); i++) if (!all.get(i).translated()) places.put(all.get(i).number(), i);
        for (int i = 0; i < translated.size(); i++) places.put(translated.get(i).number(), i);
    }

    /** A page's English text, and how many sections it took to reach its size, which its Indonesian version then has too. */
    record English(String text, int sections) {
    }

    English english(DocsTree.Page page) {
        Writer writer = new Writer(page, false);
        int sections = 0;
        while (writer.out.length() < page.bytes() - 600) writer.section(sections++);
        return new English(writer.end(), sections);
    }

    String indonesian(DocsTree.Page page, int sections) {
        Writer writer = new Writer(page, true);
        for (int i = 0; i < sections; i++) writer.section(i);
        return writer.end();
    }

    /** A folder's own page: a paragraph, a list, sometimes a code block. */
    String index(DocsTree.Folder folder, boolean indonesian) {
        Writer writer = new Writer(new DocsTree.Page(folder.path(), "index", "", "", folder.translated(), false, null, List.of(), false, "", null, 0,
                folder.path().hashCode()), indonesian);
        writer.paragraph();
        writer.list("", writer.shape.nextBoolean());
        if (writer.shape.nextBoolean()) writer.code();
        return writer.out.toString();
    }

    /** Writes one page in one language; every call to {@code shape} is the same in both languages. */
    private final class Writer {
        final StringBuilder out = new StringBuilder();
        final Random shape;
        final Random words;
        final boolean id;
        final DocsTree.Page page;
        final List<String> ids = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();
        int footnotes;

        Writer(DocsTree.Page page, boolean id) {
            this.page = page;
            this.id = id;
            shape = new Random(page.number() * 7_919L);
            words = new Random(page.number() * 104_729L + (id ? 1 : 2));
            paragraph();
        }

        void section(int n) {
            heading(2, n);
            paragraph();
            for (int parts = 1 + shape.nextInt(3), i = 0; i < parts; i++) {
                switch (shape.nextInt(8)) {
                    case 0, 1, 2 -> code();
                    case 3 -> table();
                    case 4 -> list("", shape.nextBoolean());
                    case 5 -> tasks();
                    case 6 -> paragraph();
                    default -> {
                        heading(3, n);
                        paragraph();
                        code();
                    }
                }
            }
        }

        String end() {
            heading("See also", "Lihat juga");
            for (int i = 0, n = 2 + shape.nextInt(4); i < n; i++) out.append("- ").append(link()).append('\n');
            out.append('\n');
            for (int i = 1; i <= footnotes; i++) out.append("[^").append(i).append("]: ").append(sentence()).append(".\n");
            return out.toString();
        }

        void heading(int level, int n) {
            int kind = shape.nextInt(HEADINGS.length + 2);
            String ident = identifier();
            if (level == 3) out.append('#');
            if (kind == HEADINGS.length) heading(id ? "Mengatur `" + ident + "`" : "Setting `" + ident + "`", null);
            else if (kind == HEADINGS.length + 1) heading(id ? "Opsi " + ident : "The " + ident + " option", null);
            else heading(HEADINGS[kind][0], HEADINGS[kind][1]);
        }

        /** A heading and its id as GitHub makes it, the second of a text with {@code -1}, so that links to it can be written. */
        void heading(String english, String indonesian) {
            String text = id && indonesian != null ? indonesian : english;
            out.append("## ").append(text).append("\n\n");
            String base = text.replace("`", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_ -]", "").replace(' ', '-');
            int count = seen.merge(base, 1, Integer::sum);
            ids.add(count == 1 ? base : base + "-" + (count - 1));
        }

        void paragraph() {
            for (int i = 0, n = 2 + shape.nextInt(4); i < n; i++) {
                if (i > 0) out.append(' ');
                out.append(sentence());
                switch (shape.nextInt(12)) {
                    case 0, 1 -> out.append(' ').append('`').append(identifier()).append('`');
                    case 2, 3 -> out.append(id ? " hingga " : " up to ").append(number());
                    case 4, 5 -> out.append(' ').append(link());
                    case 6 -> {
                        if (!ids.isEmpty()) out.append(id ? " (lihat [di atas](#" : " (see [above](#").append(ids.get(shape.nextInt(ids.size()))).append("))");
                    }
                    case 7 -> out.append("[^").append(++footnotes).append(']');
                    case 8 -> out.append(" **").append(word()).append("**");
                    default -> {
                    }
                }
                out.append('.');
            }
            out.append("\n\n");
        }

        void code() {
            String language = LANGUAGES.get(shape.nextInt(LANGUAGES.size()));
            String[] lines = CODE.get(language);
            out.append("```").append(language).append('\n');
            for (int i = 0, n = 4 + shape.nextInt(36); i < n; i++) {
                out.append(lines[shape.nextInt(lines.length)].replace("{i}", identifier()).replace("{n}", String.valueOf(number()))).append('\n');
            }
            out.append("```\n\n");
        }

        void table() {
            int columns = 3 + shape.nextInt(2);
            StringBuilder rule = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                out.append("| ").append(COLUMNS[c][id ? 1 : 0]).append(' ');
                rule.append("---|");
            }
            out.append("|\n").append(rule).append('\n');
            for (int r = 0, rows = 3 + shape.nextInt(10); r < rows; r++) {
                out.append("| `").append(identifier()).append("` | ").append(number()).append(" | ").append(TYPES[shape.nextInt(TYPES.length)]).append(" |");
                if (columns == 4) out.append(' ').append(sentence()).append(" |");
                out.append('\n');
            }
            out.append('\n');
        }

        /** A list two or three levels deep, numbered or not. */
        void list(String indent, boolean numbered) {
            for (int i = 0, n = 2 + shape.nextInt(4); i < n; i++) {
                out.append(indent).append(numbered ? (i + 1) + ". " : "- ").append(sentence());
                if (shape.nextInt(4) == 0) out.append(" `").append(identifier()).append('`');
                out.append('\n');
                // A nested list starts under its item's text: past the marker.
                if (indent.length() < 4 && shape.nextInt(3) == 0) list(indent + (numbered ? "   " : "  "), shape.nextBoolean());
            }
            if (indent.isEmpty()) out.append('\n');
        }

        void tasks() {
            for (int i = 0, n = 2 + shape.nextInt(5); i < n; i++) out.append(shape.nextBoolean() ? "- [x] " : "- [ ] ").append(sentence()).append('\n');
            out.append('\n');
        }

        /** A link to another page, near this one in the tree most of the time, sometimes to its heading "See also". */
        String link() {
            List<DocsTree.Page> targets = page.translated() ? translated : all;
            int here = places.getOrDefault(page.number(), 0);
            int pick = shape.nextInt(10) < 7 ? Math.floorMod(here + shape.nextInt(21) - 10, targets.size()) : shape.nextInt(targets.size());
            DocsTree.Page target = targets.get(pick);
            DocsTree.Folder folder = folders.get(page.folder());
            if (shape.nextInt(8) == 0 && folder != null && folder.index() && (folder.translated() || !page.translated())) {
                return "[" + (id ? "bagian ini" : "this section") + "](index.md)";
            }
            String anchor = shape.nextInt(4) == 0 ? (id ? "#lihat-juga" : "#see-also") : "";
            String text = id ? target.indonesianTitle() : target.englishTitle();
            return "[" + text + "](" + DocsTree.relative(page.folder(), target.file()) + anchor + ")";
        }

        String sentence() {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 6 + words.nextInt(9); i < n; i++) text.append(i == 0 ? "" : " ").append(word());
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        String word() {
            String[] prose = id ? DocsWords.ID_PROSE : DocsWords.EN_PROSE;
            return prose[words.nextInt(prose.length)];
        }

        String identifier() {
            return DocsWords.IDENTIFIERS[shape.nextInt(DocsWords.IDENTIFIERS.length)];
        }

        int number() {
            return 1 + shape.nextInt(999);
        }
    }
}
