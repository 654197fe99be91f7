package jembatan.hugo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jembatan.report.Problems;
import jembatan.source.SourceText;
import jembatan.source.YamlValue;

/**
 * The pages and files of a Hugo project's content folders: each language's {@code contentDir},
 * or one folder whose Markdown files name their language ({@code about.id.md}; a file without
 * one is in the default language). Files that are not Markdown are resources, published beside
 * the page whose folder holds them (a page bundle's pictures).
 */
record HugoContent(List<HugoPage> pages, List<Resource> resources) {

    /** A file beside the pages: its SOURCE path, its language (null when every language shares it) and its path in the content. */
    record Resource(String source, String language, String path) {
    }

    static HugoContent read(Path source, HugoConfig config, Problems problems) {
        List<HugoPage> pages = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        Set<String> roots = new LinkedHashSet<>();
        config.languages().forEach(l -> roots.add(l.contentDir().orElse(config.contentDir())));
        for (String root : roots) {
            Optional<String> own = config.languages().stream().filter(l -> l.contentDir().filter(root::equals).isPresent())
                    .map(HugoConfig.HugoLanguage::code).findFirst();
            Path folder = source.resolve(root);
            if (!Files.isDirectory(folder)) {
                problems.at(root, 0, "the content folder is missing", "check contentDir in the configuration");
                continue;
            }
            for (Path file : files(folder, root, problems)) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                String sourcePath = root + "/" + path;
                if (!path.endsWith(".md")) {
                    resources.add(new Resource(sourcePath, own.orElse(null), path));
                    continue;
                }
                String language = own.orElse(config.defaultLanguage());
                String name = path.substring(0, path.length() - ".md".length());
                int dot = name.lastIndexOf('.');
                if (dot > name.lastIndexOf('/')) {
                    String suffix = name.substring(dot + 1);
                    if (config.languages().stream().anyMatch(l -> l.code().equals(suffix))) {
                        language = suffix;
                        name = name.substring(0, dot);
                    }
                }
                String lang = language;
                String named = name;
                SourceText.read(file, sourcePath, problems)
                        .flatMap(text -> HugoFrontMatter.split(text, sourcePath, problems))
                        .ifPresent(front -> pages.add(page(sourcePath, lang, named, front)));
            }
        }
        pages.addAll(madeSections(pages, config));
        return new HugoContent(List.copyOf(pages), List.copyOf(resources));
    }

    /**
     * The pages Hugo made for its top-level sections without an {@code _index.md}, where the
     * new site must answer an old address the folder's own page cannot give an alias to (the
     * default language outside its own folder, or a list's {@code page/1/}): written as the
     * folder's {@code index.md}, titled as Hugo titled them.
     */
    private static List<HugoPage> madeSections(List<HugoPage> pages, HugoConfig config) {
        Set<String> made = new TreeSet<>();
        for (HugoPage page : pages) {
            if (page.folder().isEmpty() || !config.languagePrefix(page.language()).isEmpty() && !config.paginates()) continue;
            String section = page.folder().split("/")[0];
            boolean has = pages.stream().anyMatch(p -> p.kind() == HugoPage.Kind.SECTION && p.language().equals(page.language()) && p.folder().equals(section));
            if (!has) made.add(page.language() + "/" + section);
        }
        List<HugoPage> sections = new ArrayList<>();
        for (String languageSection : made) {
            String language = languageSection.substring(0, languageSection.indexOf('/'));
            String section = languageSection.substring(languageSection.indexOf('/') + 1);
            String title = section.substring(0, 1).toUpperCase(Locale.ROOT) + section.substring(1);
            YamlValue.Mapping fields = new YamlValue.Mapping(List.of(
                    new YamlValue.Entry("title", 1, 1, new YamlValue.Scalar(title, 1, 1))), 1, 1);
            String root = config.language(language).contentDir().orElse(config.contentDir());
            sections.add(new HugoPage(root + "/" + section + "/", language, section, "", HugoPage.Kind.SECTION,
                    new HugoFrontMatter(fields, MADE, "", 1)));
        }
        return sections;
    }

    /** The format of the front matter of a page Hugo made and the import writes: it has no file in SOURCE. */
    static final String MADE = "made by Hugo";

    private static HugoPage page(String source, String language, String name, HugoFrontMatter front) {
        int slash = name.lastIndexOf('/');
        String folder = slash < 0 ? "" : name.substring(0, slash);
        String file = name.substring(slash + 1);
        if (file.equals("_index")) return new HugoPage(source, language, folder, "", folder.isEmpty() ? HugoPage.Kind.HOME : HugoPage.Kind.SECTION, front);
        if (file.equals("index") && !folder.isEmpty()) {
            int up = folder.lastIndexOf('/');
            return new HugoPage(source, language, up < 0 ? "" : folder.substring(0, up), folder.substring(up + 1), HugoPage.Kind.BUNDLE, front);
        }
        return new HugoPage(source, language, folder, file, HugoPage.Kind.PAGE, front);
    }

    /** Every file under {@code folder}, hidden ones left out, in a stable order. */
    private static List<Path> files(Path folder, String root, Problems problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> folder.relativize(p).toString().replace('\\', '/').matches("([^./][^/]*/)*[^./][^/]*"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.at(root, 0, "cannot be read: " + e.getMessage(), "make the folder readable for you");
            return List.of();
        }
    }
}
