package jembatan.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jembatan.report.Problems;
import jembatan.source.YamlFields;
import jembatan.source.YamlReader;
import jembatan.source.YamlValue;

/**
 * The fields an editor sets at the top of an article, between {@code ---} lines. {@link #KEYS} is
 * the whole format: it drives both parsing and the "did you mean" for a misspelt key. Each
 * field's line is kept, so later stages can point at it (an unknown template, a bad slug).
 * {@code date} and {@code updated} are {@link ArticleDate}s: a day, or a day with a time and offset.
 */
public record FrontMatter(String title, String description, Optional<ArticleDate> date, Optional<ArticleDate> updated,
                          String author, Optional<String> slug, Optional<String> key, boolean draft,
                          Optional<String> template, Optional<Integer> weight, Extra extra, int firstLine, Map<String, Integer> lines) {

    public static final List<String> KEYS = List.of(
            "title", "description", "date", "updated", "author", "slug", "key", "draft", "template", "weight",
            "menu_title", "translation", "aliases", "tags", "differs", "corrections");

    /** The value of {@code translation:} that publishes a page (or a folder) in its own language only. */
    public static final String NO_TRANSLATION = "none";

    public FrontMatter {
        lines = Map.copyOf(lines);
    }

    /**
     * What a real site's pages say besides the explainer's fields: a short label for menus and
     * breadcrumbs ({@code menu_title}), whether the page (or, in a folder's {@code index.md}, the
     * folder) is published in its own language only ({@code translation: none}), the old
     * addresses that lead to it ({@code aliases}), its topics ({@code tags}), what it marks as
     * different from its translation ({@code differs}) and the corrections published since.
     */
    public record Extra(Optional<String> menuTitle, boolean oneLanguage, List<String> aliases, List<String> tags, Differs differs,
                        List<Correction> corrections) {
        public static final Extra NONE = new Extra(Optional.empty(), false, List.of(), List.of(), Differs.NONE, List.of());

        public Extra {
            aliases = List.copyOf(aliases);
            tags = List.copyOf(tags);
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * What an editor marked as deliberately different from the translation ({@code differs:}):
     * the whole article's numbers, dates and names ({@code differs: all}), or the values written
     * here ({@code differs: ["three days", "2023"]}), with the line of the key so that
     * {@code jembatan check} can list each mark and none is forgotten.
     */
    public record Differs(boolean all, List<String> written, int line) {
        public static final Differs NONE = new Differs(false, List.of(), 0);
        /** The value of {@code differs:} that excuses the whole article. */
        public static final String ALL = "all";

        public Differs {
            written = List.copyOf(written);
        }
    }

    /** The front matter of a folder's page that no {@code index.md} describes: its title and nothing else. */
    public static FrontMatter ofTitle(String title) {
        return new FrontMatter(title, "", Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Extra.NONE, 0, Map.of());
    }

    public Optional<String> menuTitle() {
        return extra.menuTitle();
    }

    /** Whether the editor marked this page {@code translation: none}. */
    public boolean oneLanguage() {
        return extra.oneLanguage();
    }

    public List<String> aliases() {
        return extra.aliases();
    }

    public List<String> tags() {
        return extra.tags();
    }

    /** The corrections published since the article first appeared, in the order written. */
    public List<Correction> corrections() {
        return extra.corrections();
    }

    /** What the editor marked as deliberately different from the translation. */
    public Differs differs() {
        return extra.differs();
    }

    /** The line of a field in the file, or of the opening {@code ---} when the field is absent. */
    public int line(String field) {
        return lines.getOrDefault(field, firstLine);
    }

    /**
     * Parses front matter text that starts at {@code firstLine} of {@code file}. Empty when the
     * title of a page that is not a draft is missing, or the YAML cannot be read; every problem
     * found is reported, a missing description too ({@link EmptyArticle}).
     */
    public static Optional<FrontMatter> parse(String yaml, String file, int firstLine, Problems problems) {
        return read(yaml, file, firstLine, problems).filter(FrontMatter::readable);
    }

    /**
     * Whether the page can be published as it is read: it has a title, or it is a draft, which
     * may wait for one. A page without is reported ({@link EmptyArticle}) and left out.
     */
    boolean readable() {
        return !title.isEmpty() || draft;
    }

    /** As {@link #parse}, but kept without a title too, so that the rest of the file is checked as well. */
    static Optional<FrontMatter> read(String yaml, String file, int firstLine, Problems problems) {
        int before = problems.size();
        Optional<YamlValue> value = YamlReader.read(yaml, file, firstLine, problems);
        if (value.isEmpty()) {
            if (problems.size() == before) {
                problems.at(file, firstLine - 1, "the front matter is empty", "add at least `title: \"...\"` between the --- lines");
            }
            return Optional.empty();
        }
        Optional<YamlValue.Mapping> mapping = YamlFields.requireMapping(value.get(), "front matter", "`title: \"The article's title\"`", file, problems);
        if (mapping.isEmpty()) return Optional.empty();
        YamlFields fields = YamlFields.of(mapping.get(), KEYS, "front matter", file, problems);
        boolean draft = fields.bool("draft").orElse(false);
        String title = fields.text("title").orElse("");
        EmptyArticle.title(fields, draft, file, problems);
        EmptyArticle.description(fields, draft, file, problems);
        Optional<ArticleDate> date = fields.dateTime("date").map(ArticleDate::of);
        Optional<ArticleDate> updated = fields.dateTime("updated").map(ArticleDate::of);
        if (date.isPresent() && updated.isPresent() && updated.get().isBefore(date.get())) {
            problems.at(file, fields.line("updated"), "updated " + updated.get() + " is before date " + date.get(),
                    "updated is when the article last changed; it cannot be before it was published");
        }
        FrontMatter front = new FrontMatter(
                title,
                fields.text("description").orElse(""),
                date, updated,
                fields.text("author").orElse(""),
                fields.text("slug"),
                fields.text("key"),
                draft,
                fields.text("template"),
                fields.integer("weight"),
                new Extra(fields.text("menu_title"), oneLanguage(fields, file, problems),
                        fields.textList("aliases", "[/old/address/]"), distinct(fields.textList("tags", "[go, basics]")), differs(fields),
                        Correction.read(fields, date, file, problems)),
                firstLine - 1,
                lineMap(mapping.get()));
        // Other mistakes are reported but the article is kept, so that its body is checked too.
        return Optional.of(front);
    }

    private static boolean oneLanguage(YamlFields fields, String file, Problems problems) {
        Optional<String> translation = fields.text("translation");
        if (translation.isEmpty() || translation.get().equals(NO_TRANSLATION)) return translation.isPresent();
        problems.at(file, fields.line("translation"), "translation \"" + translation.get() + "\" is not a choice Jembatan knows",
                "write `translation: none` to publish this page in its own language only, or remove the line to pair it with its translation");
        // Taken as meant, so that the missing translation is not reported as a second mistake.
        return true;
    }

    /** {@code differs: all}, or a list of values as this file writes them; one value alone is a list of one. */
    private static Differs differs(YamlFields fields) {
        if (!fields.has("differs")) return Differs.NONE;
        int line = fields.line("differs");
        if (fields.value("differs").orElseThrow() instanceof YamlValue.Scalar) {
            Optional<String> text = fields.text("differs");
            if (text.isEmpty()) return Differs.NONE;
            return text.get().equals(Differs.ALL) ? new Differs(true, List.of(), line) : new Differs(false, List.of(text.get()), line);
        }
        return new Differs(false, fields.textList("differs", "[\"three days\", \"2023\"]"), line);
    }

    /** Tags as written, each once: a tag given twice is the same topic. */
    private static List<String> distinct(List<String> tags) {
        return List.copyOf(new java.util.LinkedHashSet<>(tags));
    }

    private static Map<String, Integer> lineMap(YamlValue.Mapping mapping) {
        Map<String, Integer> lines = new TreeMap<>();
        for (YamlValue.Entry entry : mapping.entries()) lines.put(entry.key(), entry.line());
        return lines;
    }
}
