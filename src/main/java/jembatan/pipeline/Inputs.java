package jembatan.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import jembatan.config.BaseUrl;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.content.ArticleCache;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.html.HtmlFinisher;
import jembatan.render.Assets;
import jembatan.render.FactBoxExpander;
import jembatan.render.PageRenderer;
import jembatan.render.Templates;
import jembatan.report.Problems;

/**
 * What a run is made from, read from the project (the configuration, templates, dictionaries,
 * articles and facts), or, after a save of articles alone, the cache's with those articles
 * edited. {@code files} are the article files as this run saw them.
 */
record Inputs(Environment environment, Optional<Templates> templates, Site site, ArticleCache files, FactSheet facts,
              Map<Language, FactFormatter> formatters) {

    /** What stays the same between two runs for their results to be reused, compared as a whole. */
    record Environment(SiteConfig config, BuildOptions options, List<String> templates, Map<Language, Dictionary> dictionaries,
                       FactSheet facts, Map<String, String> paths, List<String> leftOut, List<String> unreadable) {
    }

    /** The first stages: reads the whole project, the templates only when they changed since {@code cache}; nothing without a configuration. */
    static Optional<Inputs> read(Path projectRoot, BuildOptions options, BuildCache cache, Problems problems, Progress progress) {
        return project(projectRoot, options, cache, problems, progress)
                .flatMap(project -> project.with(options, Content.loading(projectRoot, options, problems, cache.files()), progress));
    }

    /**
     * The content stage: the site and its article files, made for a configuration, or nothing
     * when they cannot be had this way (a site restored from a stored run that this day would
     * publish differently).
     */
    @FunctionalInterface
    interface Content {
        Optional<ContentLoader.Loaded> load(SiteConfig config);

        /** The content loaded from the project, reusing the article files of {@code files} that did not change. */
        static Content loading(Path projectRoot, BuildOptions options, Problems problems, ArticleCache files) {
            return config -> Optional.of(ContentLoader.load(projectRoot, config, options.publication(), problems, files));
        }
    }

    /**
     * What the first stages read besides the content: the configuration, the templates (with
     * what they were read from), the dictionaries and the facts. A build from a stored run reads
     * them while it reads the stored run.
     */
    record Project(SiteConfig config, List<String> templatesPrint, Optional<Templates> templates, Map<Language, Dictionary> dictionaries,
                   FactSheet facts) {

        /** The inputs of this project with the site from {@code content}: nothing without a site. */
        Optional<Inputs> with(BuildOptions options, Content content, Progress progress) {
            progress.stage("content");
            Optional<ContentLoader.Loaded> loadedContent = content.load(config);
            if (loadedContent.isEmpty()) return Optional.empty();
            Site site = loadedContent.get().site();
            Environment environment = new Environment(config, options.asMade(), templatesPrint, dictionaries, facts, site.pathsByFile(),
                    site.leftOut(), site.unreadable());
            Map<Language, FactFormatter> formatters = new LinkedHashMap<>();
            for (Language language : config.languages()) {
                formatters.put(language, new FactFormatter(language, dictionaries.getOrDefault(language, new Dictionary(language, Map.of()))));
            }
            return Optional.of(new Inputs(environment, templates, site, loadedContent.get().files(), facts, formatters));
        }
    }

    /** The configuration, templates (only when they changed since {@code cache}), dictionaries and facts; nothing without a configuration. */
    static Optional<Project> project(Path projectRoot, BuildOptions options, BuildCache cache, Problems problems, Progress progress) {
        progress.stage("configuration");
        Optional<SiteConfig> loaded = SiteConfigLoader.load(projectRoot, problems);
        if (loaded.isPresent() && options.baseUrl().isPresent()) {
            Optional<BaseUrl> override = BaseUrl.parse(options.baseUrl().get());
            if (override.isEmpty()) {
                problems.at("--base-url", 0, "\"" + options.baseUrl().get() + "\" is not an absolute http(s) address", "write e.g. https://user.github.io/repo/");
            }
            loaded = override.map(loaded.get()::withBaseUrl);
        }
        List<String> templatesPrint = fingerprint(projectRoot.resolve(Templates.FOLDER));
        boolean sameTemplates = cache.environment() != null && cache.environment().templates().equals(templatesPrint) && cache.templates().isPresent();
        Optional<Templates> templates = sameTemplates ? cache.templates() : Templates.load(projectRoot, problems);
        if (loaded.isEmpty()) return Optional.empty();
        SiteConfig config = loaded.get();
        Map<Language, Dictionary> dictionaries = Dictionary.loadAll(projectRoot, config.languages(), problems);
        progress.stage("facts");
        FactSheet facts = FactSheetLoader.load(projectRoot, config, problems);
        return Optional.of(new Project(config, templatesPrint, templates, dictionaries, facts));
    }

    /** The inputs of {@code cache}'s run with the saved articles edited: the rest of the project is as that run read it. */
    static Inputs edited(BuildCache cache, Edits edits) {
        return new Inputs(cache.environment(), cache.templates(), edits.site(), edits.files(), cache.tools().facts(), cache.tools().formatters());
    }

    /** What a run makes its pages with, made once from the environment. */
    record Tools(FactSheet facts, Map<Language, FactFormatter> formatters, FactBoxExpander boxes, PageRenderer renderer,
                 HtmlFinisher finisher, SortedMap<String, byte[]> assets) {
    }

    /** The tools of these inputs: they need the templates, and read the designers' assets. */
    Tools tools(Path projectRoot, Problems problems) {
        Map<Language, Dictionary> dictionaries = environment.dictionaries();
        FactBoxExpander boxes = new FactBoxExpander(templates.orElseThrow(), facts, formatters, dictionaries);
        PageRenderer renderer = new PageRenderer(templates.get(), dictionaries);
        Assets.Fingerprinted assets = Assets.fingerprint(Assets.collect(projectRoot, problems));
        HtmlFinisher finisher = new HtmlFinisher(environment.config().baseUrl(), environment.options().preview(), assets.renamed());
        return new Tools(facts, formatters, boxes, renderer, finisher, java.util.Collections.unmodifiableSortedMap(assets.files()));
    }

    /**
     * Every file under a folder, names and contents, so that any change to a template is seen.
     * Compared whole rather than hashed: a designer's templates are small, and a digest would
     * cost a cold build its security provider.
     */
    static List<String> fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> print = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                print.add(folder.relativize(file).toString());
                // A file too large to be a template is refused by Templates; its size and time stand for it here.
                print.add(Files.size(file) > jembatan.source.SourceText.MAX_BYTES ? Files.size(file) + " " + Files.getLastModifiedTime(file)
                        : new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return print;
        } catch (IOException e) {
            return List.of("unreadable", String.valueOf(e.getMessage()));
        }
    }
}
