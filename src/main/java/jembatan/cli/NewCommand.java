package jembatan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.content.Slug;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.jspecify.annotations.Nullable;

/**
 * {@code jembatan new "Judul" --en "Title"}: starts an article in every language at once, as a
 * draft: one file per language with the same name (so they pair), each with its title, its own
 * slug, today's date and {@code draft: true}. It never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start an article in every language, as a draft: one file per language, paired, with title, slug and today's date.")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions options;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The title in the site's default language.")
    String title;

    @Option(names = "--en", paramLabel = "TITLE", description = "The English title.")
    @Nullable String english;

    @Option(names = {"-t", "--title"}, paramLabel = "LANG=TITLE", description = "The title in another language, e.g. --title en=\"The talks\".")
    Map<String, String> titles = new LinkedHashMap<>();

    @Option(names = "--key", paramLabel = "KEY",
            description = "The file name both versions share (default: made from the English title, or the default language's).")
    @Nullable String key;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today).")
    @Nullable LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SiteConfig> config = options.siteConfig(err);
        if (config.isEmpty()) return Main.PROBLEMS;
        Map<Language, String> byLanguage = new LinkedHashMap<>();
        if (english != null) titles.put("en", english);
        for (Language language : config.get().languages()) {
            String given = language.equals(config.get().defaultLanguage()) ? title : titles.get(language.code());
            if (given == null || given.isBlank()) {
                err.println("jembatan new: the " + language.name() + " title is missing; give it with --title " + language.code() + "=\"...\""
                        + (language.code().equals("en") ? " or --en \"...\"" : ""));
                return Main.PROBLEMS;
            }
            byLanguage.put(language, given.strip());
        }
        List<String> unknown = titles.keySet().stream().filter(code -> config.get().language(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            err.println("jembatan new: " + String.join(", ", unknown) + " is not a language of this site; its languages are "
                    + String.join(", ", config.get().languages().stream().map(Language::code).toList()));
            return Main.PROBLEMS;
        }
        String shared = key != null ? key : Slug.of(byLanguage.entrySet().stream()
                .filter(e -> e.getKey().code().equals("en")).map(Map.Entry::getValue).findFirst().orElse(title));
        if (!Slug.isValid(shared) || shared.equals("index")) {
            err.println("jembatan new: \"" + shared + "\" cannot be the file name; give one with --key, in lowercase letters, digits and hyphens");
            return Main.PROBLEMS;
        }
        if (!Slug.fitsAFileName(shared + ".md")) {
            err.println("jembatan new: the file name made from the title is longer than a file system takes (" + Slug.MAX_BYTES + " bytes); give a shorter one with --key");
            return Main.PROBLEMS;
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (Map.Entry<Language, String> entry : byLanguage.entrySet()) {
            Path file = options.project.resolve("content").resolve(entry.getKey().code()).resolve(shared + ".md");
            // A link, even one leading nowhere, exists: writing through it would write where it leads, outside the project perhaps.
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                err.println("jembatan new: " + relative(file) + " exists already; choose another --key, nothing was written");
                return Main.PROBLEMS;
            }
            files.put(file, frontMatter(entry.getValue(), Slug.of(entry.getValue()), shared, date != null ? date : LocalDate.now()));
        }
        for (Path file : files.keySet()) {
            Path folder = file.getParent();
            if (Files.exists(folder) && !folder.toRealPath().startsWith(options.project.toRealPath())) {
                err.println("jembatan new: " + relative(folder) + "/ is a link to a folder outside the project; nothing was written");
                return Main.PROBLEMS;
            }
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            // CREATE_NEW: a file or link that appeared since the check above is never written through.
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            out.println(relative(file.getKey()));
        }
        return 0;
    }

    private String relative(Path file) {
        return options.project.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    static String frontMatter(String title, String slug, String key, LocalDate date) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("description: \"\"\n");
        text.append("date: ").append(date).append('\n');
        if (!slug.equals(key) && Slug.isValid(slug) && Slug.fitsAFileName(slug)) text.append("slug: ").append(slug).append('\n');
        text.append("draft: true\n");
        text.append("---\n\n");
        return text.toString();
    }

    /** A YAML double-quoted string, so that any title reads back as written. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) quoted.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                    else quoted.append(c);
                }
            }
        }
        return quoted.append('"').toString();
    }
}
