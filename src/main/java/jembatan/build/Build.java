package jembatan.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import jembatan.check.FactParityCheck;
import jembatan.check.LinkCheck;
import jembatan.check.NumberParityCheck;
import jembatan.config.BaseUrl;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;
import jembatan.markdown.MarkdownRenderer;
import jembatan.markdown.RenderedMarkdown;
import jembatan.render.Assets;
import jembatan.render.FactBoxExpander;
import jembatan.render.PageRenderer;
import jembatan.render.Templates;
import jembatan.report.Problems;

/**
 * Runs the stages in order: configuration → content → facts → Markdown → templates → HTML → checks. It
 * reads the project and returns a {@link BuildOutcome}; it writes nothing, so the same build serves
 * {@code build} (which then writes {@code site/}), a check without writing, and a preview. Each
 * stage carries on past an editor's mistake where it can, so that one run reports them all.
 */
public final class Build {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private Build() {
    }

    public static BuildOutcome run(Path projectRoot, BuildOptions options) {
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = SiteConfigLoader.load(projectRoot, problems);
        if (loaded.isPresent() && options.baseUrl().isPresent()) {
            Optional<BaseUrl> override = BaseUrl.parse(options.baseUrl().get());
            if (override.isEmpty()) {
                problems.at("--base-url", 0, "\"" + options.baseUrl().get() + "\" is not an absolute http(s) address", "write e.g. https://user.github.io/repo/");
            }
            loaded = override.map(loaded.get()::withBaseUrl);
        }
        Optional<Templates> templates = Templates.load(projectRoot, problems);
        if (loaded.isEmpty()) return new BuildOutcome.Failed(problems.sorted());
        SiteConfig config = loaded.get();
        Map<Language, Dictionary> dictionaries = Dictionary.loadAll(projectRoot, config.languages(), problems);

        Site site = ContentLoader.load(projectRoot, config, options.includeDrafts(), problems);
        FactSheet facts = FactSheetLoader.load(projectRoot, config, problems);
        Map<Language, FactFormatter> formatters = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            formatters.put(language, new FactFormatter(language, dictionaries.getOrDefault(language, new Dictionary(language, Map.of()))));
        }
        Map<Article, RenderedMarkdown> bodies = new LinkedHashMap<>();
        for (Article article : site.articles()) {
            bodies.put(article, MARKDOWN.render(article, site, facts, formatters.get(article.language()), problems));
        }
        new FactParityCheck(site).check(bodies, problems);
        new NumberParityCheck(site).check(bodies, problems);
        if (!problems.isEmpty() || templates.isEmpty()) return new BuildOutcome.Failed(problems.sorted());

        FactBoxExpander boxes = new FactBoxExpander(templates.get(), facts, formatters, dictionaries);
        SortedMap<String, String> pages = new PageRenderer(templates.get(), dictionaries, boxes).render(site, bodies, problems);
        SortedMap<String, byte[]> assets = Assets.collect(projectRoot, problems);
        if (!problems.isEmpty()) return new BuildOutcome.Failed(problems.sorted());

        BuiltSite built = new HtmlFinisher(config.baseUrl()).finish(pages, assets);
        new LinkCheck(built).check(bodies, problems);
        if (!problems.isEmpty()) return new BuildOutcome.Failed(problems.sorted());
        return new BuildOutcome.Built(built, pages.size());
    }
}
