package jembatan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import jembatan.check.FactParityCheck;
import jembatan.check.LinkCheck;
import jembatan.check.NumberParityCheck;
import jembatan.check.SiteCheck;
import jembatan.config.BaseUrl;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.content.Article;
import jembatan.content.ArticleCache;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;
import jembatan.html.PageOutline;
import jembatan.markdown.MarkdownRenderer;
import jembatan.markdown.RenderedMarkdown;
import jembatan.render.Assets;
import jembatan.render.FactBoxExpander;
import jembatan.render.HostFiles;
import jembatan.render.PageRenderer;
import jembatan.render.Templates;
import jembatan.report.Problems;

/**
 * Runs the stages in order: configuration → content → facts → Markdown → templates → HTML →
 * checks. It reads the project and returns a {@link BuildOutcome}; it writes nothing, so the
 * same build serves {@code build} (which then writes {@code site/}), {@code check}, and the
 * preview. Each stage carries on past an editor's mistake where it can, so that one run reports
 * them all.
 *
 * <p>A {@code Build} remembers its last run. When the next run finds the same configuration,
 * templates, dictionaries, facts and links, it re-renders only the articles whose text changed
 * and the pages whose model changed (the article itself, its translation's switcher, the pages
 * whose menu or list shows its title), and reuses every other page as it was.
 */
public final class Build {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private final Path projectRoot;
    private final ArticleCache articles = new ArticleCache();
    private Memo memo = Memo.EMPTY;

    public Build(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /** One build of a project, remembering nothing. */
    public static BuildOutcome run(Path projectRoot, BuildOptions options) {
        return new Build(projectRoot).run(options);
    }

    /** What stays the same between two runs for their results to be reused, compared as a whole. */
    private record Environment(SiteConfig config, BuildOptions options, String templates, Map<Language, Dictionary> dictionaries,
                               FactSheet facts, Map<String, String> paths, List<String> leftOut, List<String> unreadable) {
    }

    /** What lists (the sitemap, the feeds) show of an article: everything but its text. */
    private record Listed(String file, String sitePath, String key, jembatan.content.FrontMatter front) {
    }

    /** The results of the last run, by their inputs. */
    private record Memo(Environment environment, Map<Article, RenderedMarkdown> bodies, Map<Article, RenderedMarkdown> expanded,
                        Map<PageRenderer.Page, HtmlFinisher.FinishedPage> pages, List<Listed> listed, SortedMap<String, byte[]> hostFiles,
                        Map<RenderedMarkdown, Map<String, List<RenderedMarkdown.NumberMention>>> numbers, Optional<Templates> templates) {
        static final Memo EMPTY = new Memo(null, Map.of(), Map.of(), Map.of(), List.of(), new TreeMap<>(), Map.of(), Optional.empty());
    }

    public BuildOutcome run(BuildOptions options) {
        return run(options, Progress.NONE);
    }

    public synchronized BuildOutcome run(BuildOptions options, Progress progress) {
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = SiteConfigLoader.load(projectRoot, problems);
        if (loaded.isPresent() && options.baseUrl().isPresent()) {
            Optional<BaseUrl> override = BaseUrl.parse(options.baseUrl().get());
            if (override.isEmpty()) {
                problems.at("--base-url", 0, "\"" + options.baseUrl().get() + "\" is not an absolute http(s) address", "write e.g. https://user.github.io/repo/");
            }
            loaded = override.map(loaded.get()::withBaseUrl);
        }
        String templatesPrint = fingerprint(projectRoot.resolve(Templates.FOLDER));
        boolean sameTemplates = memo.environment() != null && memo.environment().templates().equals(templatesPrint) && memo.templates().isPresent();
        Optional<Templates> templates = sameTemplates ? memo.templates() : Templates.load(projectRoot, problems);
        if (loaded.isEmpty()) return failed(problems);
        SiteConfig config = loaded.get();
        Map<Language, Dictionary> dictionaries = Dictionary.loadAll(projectRoot, config.languages(), problems);

        Site site = ContentLoader.load(projectRoot, config, options.publication(), problems, articles);
        FactSheet facts = FactSheetLoader.load(projectRoot, config, problems);
        Environment environment = new Environment(config, options, templatesPrint, dictionaries, facts, site.pathsByFile(), site.leftOut(), site.unreadable());
        Memo previous = environment.equals(memo.environment()) ? memo : Memo.EMPTY;

        Map<Language, FactFormatter> formatters = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            formatters.put(language, new FactFormatter(language, dictionaries.getOrDefault(language, new Dictionary(language, Map.of()))));
        }
        // Articles and pages are independent of each other: the stages below run over all cores,
        // and their results are gathered in the order of the input, so the output never depends on it.
        List<Article> articles = site.articles();
        List<RenderedMarkdown> rendered = articles.parallelStream().map(article -> {
            RenderedMarkdown known = previous.bodies().get(article);
            return known != null ? known : MARKDOWN.render(article, site, facts, formatters.get(article.language()), problems);
        }).toList();
        Map<Article, RenderedMarkdown> bodies = inOrder(articles, rendered);
        new FactParityCheck(site).check(bodies, problems);
        Map<RenderedMarkdown, Map<String, List<RenderedMarkdown.NumberMention>>> numbers = new java.util.IdentityHashMap<>();
        for (RenderedMarkdown body : rendered) {
            Map<String, List<RenderedMarkdown.NumberMention>> read = previous.numbers().get(body);
            if (read != null) numbers.put(body, read);
        }
        new NumberParityCheck(site, numbers).check(bodies, problems);
        if (!problems.isEmpty() || templates.isEmpty()) return failed(problems);

        FactBoxExpander boxes = new FactBoxExpander(templates.get(), facts, formatters, dictionaries);
        Map<Article, RenderedMarkdown> expanded = inOrder(articles, articles.parallelStream().map(article -> {
            RenderedMarkdown known = previous.expanded().get(article);
            return known != null ? known : boxes.expand(article, bodies.get(article), problems);
        }).toList());
        PageRenderer renderer = new PageRenderer(templates.get(), dictionaries);
        Assets.Fingerprinted assets = Assets.fingerprint(Assets.collect(projectRoot, problems));
        HtmlFinisher finisher = new HtmlFinisher(config.baseUrl(), options.preview(), assets.renamed());
        SortedMap<String, byte[]> files = new TreeMap<>(assets.files());
        // The sitemap and feeds change only when what they list of an article does, not its text.
        List<Listed> listed = articles.stream().map(a -> new Listed(a.file(), a.sitePath(), a.key(), a.front())).toList();
        SortedMap<String, byte[]> hostFiles = listed.equals(previous.listed()) && !previous.hostFiles().isEmpty()
                ? previous.hostFiles() : HostFiles.of(site);
        files.putAll(hostFiles);
        List<PageRenderer.Page> plan = renderer.plan(site, expanded, problems);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger renderedAnew = new AtomicInteger();
        List<Optional<HtmlFinisher.FinishedPage>> finished = plan.parallelStream().map(page -> {
            HtmlFinisher.FinishedPage known = previous.pages().get(page);
            Optional<HtmlFinisher.FinishedPage> result = known != null ? Optional.of(known)
                    : renderer.render(page, problems).map(html -> {
                        renderedAnew.incrementAndGet();
                        return finisher.finishPage(html);
                    });
            progress.pages(done.incrementAndGet(), plan.size());
            return result;
        }).toList();
        if (!problems.isEmpty()) return failed(problems);

        Map<PageRenderer.Page, HtmlFinisher.FinishedPage> pages = new HashMap<>();
        Map<String, PageOutline> outlines = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            HtmlFinisher.FinishedPage page = finished.get(i).orElseThrow();
            String file = BuiltSite.fileOf(plan.get(i).sitePath());
            pages.put(plan.get(i), page);
            files.put(file, page.bytes());
            outlines.put(file, page.outline());
        }
        BuiltSite built = new BuiltSite(files);
        new LinkCheck(built, outlines).check(bodies, problems);
        if (!problems.isEmpty()) return failed(problems);
        SortedMap<String, java.util.Set<String>> external = new SiteCheck(built, site, outlines).check(problems);
        if (!problems.isEmpty()) return failed(problems);
        memo = new Memo(environment, bodies, expanded, pages, listed, hostFiles, numbers, templates);
        return new BuildOutcome.Built(built, pages.size(), renderedAnew.get(), external);
    }

    private static <V> Map<Article, V> inOrder(List<Article> articles, List<V> values) {
        Map<Article, V> map = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) map.put(articles.get(i), values.get(i));
        return map;
    }

    private BuildOutcome failed(Problems problems) {
        memo = Memo.EMPTY;
        return new BuildOutcome.Failed(problems.sorted());
    }

    /** A digest of every file under a folder, names and bytes, so that any change to a template is seen. */
    static String fingerprint(Path folder) {
        if (!Files.isDirectory(folder)) return "";
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
