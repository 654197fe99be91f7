package jembatan.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import jembatan.check.LinkCheck;
import jembatan.config.BaseUrl;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;
import jembatan.markdown.MarkdownRenderer;
import jembatan.markdown.RenderedMarkdown;
import jembatan.render.Assets;
import jembatan.config.Dictionary;
import jembatan.render.PageRenderer;
import jembatan.render.Templates;
import jembatan.report.Problems;

/**
 * Runs the stages in order: configuration → content → Markdown → templates → HTML → checks. It
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
        Map<Article, RenderedMarkdown> bodies = new LinkedHashMap<>();
        for (Article article : site.articles()) bodies.put(article, MARKDOWN.render(article, site, problems));
        if (!problems.isEmpty() || templates.isEmpty()) return new BuildOutcome.Failed(problems.sorted());

        SortedMap<String, String> pages = new PageRenderer(templates.get(), dictionaries).render(site, bodies, problems);
        SortedMap<String, byte[]> assets = Assets.collect(projectRoot, problems);
        if (!problems.isEmpty()) return new BuildOutcome.Failed(problems.sorted());

        BuiltSite built = new HtmlFinisher(config.baseUrl()).finish(pages, assets);
        new LinkCheck(built).check(bodies, problems);
        if (!problems.isEmpty()) return new BuildOutcome.Failed(problems.sorted());
        return new BuildOutcome.Built(built, pages.size());
    }
}
