package jembatan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import jembatan.render.PageModel;
import jembatan.render.Pager;
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
    record Environment(SiteConfig config, BuildOptions options, List<String> templates, Map<Language, Dictionary> dictionaries,
                               FactSheet facts, Map<String, String> paths, List<String> leftOut, List<String> unreadable) {
    }

    /** What a page can show of another article (in a menu, a list, a language switcher): everything but its text. */
    record Listed(String file, String sitePath, String key, jembatan.content.FrontMatter front) {
        static Listed of(Article article) {
            return new Listed(article.file(), article.sitePath(), article.key(), article.front());
        }
    }

    /**
     * What a page is made from: its body with the boxes drawn (none for the chooser), and the
     * listing of every article its model shows ({@link PageModel#shown}). Equal inputs in the same
     * environment make the same page, so a rebuild reuses it without planning it again.
     */
    record PageInputs(RenderedMarkdown body, List<Listed> shown) {
    }

    /** A page of the last run: what it was made from, and what it became. */
    record MadePage(PageInputs inputs, HtmlFinisher.FinishedPage finished) {
    }

    /** What a run makes its pages with, made once from the environment. */
    record Tools(FactSheet facts, Map<Language, FactFormatter> formatters, FactBoxExpander boxes, PageRenderer renderer,
                         HtmlFinisher finisher) {
    }

    /**
     * The last good run: its inputs, what it made of them, and the dependency graph of its pages
     * ({@code shownBy}: for each article file, the site paths of the pages that show its listing;
     * {@code sources}: the article each page comes from).
     */
    record Memo(Environment environment, Site site, Tools tools, Map<Article, RenderedMarkdown> bodies,
                        Map<Article, RenderedMarkdown> expanded, Map<String, MadePage> pages, HostFiles hostFiles,
                        Map<RenderedMarkdown, Map<String, List<RenderedMarkdown.NumberMention>>> numbers, Optional<Templates> templates,
                        SortedMap<String, byte[]> files, Map<String, PageOutline> outlines, Map<String, List<String>> shownBy,
                        Map<String, Article> sources, Map<String, String> pageSources, BuildOutcome.Built outcome) {
        static final Memo EMPTY = new Memo(null, null, null, Map.of(), Map.of(), Map.of(), HostFiles.NONE, Map.of(), Optional.empty(),
                new TreeMap<>(), Map.of(), Map.of(), Map.of(), Map.of(), null);

        /** The same run, reporting {@code other} as its outcome. */
        Memo withOutcome(BuildOutcome.Built other) {
            return new Memo(environment, site, tools, bodies, expanded, pages, hostFiles, numbers, templates, files, outlines, shownBy, sources,
                    pageSources, other);
        }
    }

    public BuildOutcome run(BuildOptions options) {
        return run(options, Progress.NONE);
    }

    /**
     * Runs again after the preview saw {@code saved} change (files relative to the project, such
     * as {@code content/en/about.md}): the {@link QuickRun} when the saved files allow one, which
     * reads and makes only what they reach, otherwise a full run; both give the same site.
     */
    public synchronized BuildOutcome run(BuildOptions options, Set<String> saved) {
        Optional<Memo> quick = QuickRun.after(memo, projectRoot, articles, options, saved);
        if (quick.isEmpty()) return run(options, Progress.NONE);
        memo = quick.get();
        return memo.outcome();
    }

    public synchronized BuildOutcome run(BuildOptions options, Progress progress) {
        progress.stage("configuration");
        Problems problems = new Problems();
        Optional<SiteConfig> loaded = SiteConfigLoader.load(projectRoot, problems);
        if (loaded.isPresent() && options.baseUrl().isPresent()) {
            Optional<BaseUrl> override = BaseUrl.parse(options.baseUrl().get());
            if (override.isEmpty()) {
                problems.at("--base-url", 0, "\"" + options.baseUrl().get() + "\" is not an absolute http(s) address", "write e.g. https://user.github.io/repo/");
            }
            loaded = override.map(loaded.get()::withBaseUrl);
        }
        List<String> templatesPrint = fingerprint(projectRoot.resolve(Templates.FOLDER));
        boolean sameTemplates = memo.environment() != null && memo.environment().templates().equals(templatesPrint) && memo.templates().isPresent();
        Optional<Templates> templates = sameTemplates ? memo.templates() : Templates.load(projectRoot, problems);
        if (loaded.isEmpty()) return failed(problems);
        SiteConfig config = loaded.get();
        Map<Language, Dictionary> dictionaries = Dictionary.loadAll(projectRoot, config.languages(), problems);

        progress.stage("content");
        Site site = ContentLoader.load(projectRoot, config, options.publication(), problems, articles);
        progress.stage("facts");
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
        progress.stage("markdown");
        List<RenderedMarkdown> rendered = articles.parallelStream().map(article -> {
            RenderedMarkdown known = previous.bodies().get(article);
            return known != null ? known : MarkdownRenderer.shared().render(article, site, facts, formatters.get(article.language()), problems);
        }).toList();
        Map<Article, RenderedMarkdown> bodies = inOrder(articles, rendered);
        // A reused body brings its warnings with it, so every build reports them until the text changes.
        for (RenderedMarkdown body : rendered) problems.addAll(body.warnings());
        progress.stage("translation checks");
        // A pair whose two bodies are the ones the last (good) run checked still agrees.
        List<Site.Translation> pairs = site.translationPairs().stream().filter(pair -> previous.bodies().get(pair.original()) != bodies.get(pair.original())
                || previous.bodies().get(pair.translated()) != bodies.get(pair.translated())).toList();
        new FactParityCheck(site).check(bodies, problems, pairs);
        Map<RenderedMarkdown, Map<String, List<RenderedMarkdown.NumberMention>>> numbers = new java.util.IdentityHashMap<>();
        for (RenderedMarkdown body : rendered) {
            Map<String, List<RenderedMarkdown.NumberMention>> read = previous.numbers().get(body);
            if (read != null) numbers.put(body, read);
        }
        new NumberParityCheck(site, numbers).check(bodies, problems, pairs);
        if (!problems.isEmpty() || templates.isEmpty()) return failed(problems);

        progress.stage("fact boxes");
        FactBoxExpander boxes = new FactBoxExpander(templates.get(), facts, formatters, dictionaries);
        Map<Article, RenderedMarkdown> expanded = inOrder(articles, articles.parallelStream().map(article -> {
            RenderedMarkdown known = previous.expanded().get(article);
            return known != null ? known : boxes.expand(article, bodies.get(article), problems);
        }).toList());
        progress.stage("pages");
        PageRenderer renderer = new PageRenderer(templates.get(), dictionaries);
        Assets.Fingerprinted assets = Assets.fingerprint(Assets.collect(projectRoot, problems));
        HtmlFinisher finisher = new HtmlFinisher(config.baseUrl(), options.preview(), assets.renamed());
        Tools tools = new Tools(facts, formatters, boxes, renderer, finisher);
        SortedMap<String, byte[]> files = new TreeMap<>(assets.files());
        HostFiles hostFiles = HostFiles.of(site, previous.hostFiles());
        files.putAll(hostFiles.files());

        // A page is planned and rendered only when what it is made from changed since the last
        // run: its body, or the listing of an article it shows. The chooser and the page for
        // addresses not found show the home pages.
        Map<Article, Listed> listings = new java.util.IdentityHashMap<>();
        Function<Article, Listed> listing = article -> listings.computeIfAbsent(article, Listed::of);
        Map<String, Article> sources = new HashMap<>();
        List<PagePlan> plans = new ArrayList<>();
        for (Article article : articles) {
            plans.add(planOf(article.sitePath(), article, expanded.get(article), site, listing, tools, problems));
            sources.put(article.sitePath(), article);
        }
        // The later pages of each section's list: /en/page/2/, /en/learn/page/2/ and on.
        for (Article section : articles) {
            if (!section.lists()) continue;
            for (Pager pager : Pager.later(section, site)) {
                plans.add(planOf(pager.sitePath(), section, expanded.get(section), site, listing, tools, problems));
                sources.put(pager.sitePath(), section);
            }
        }
        // The old addresses: a page each that sends readers on.
        for (jembatan.content.Alias alias : site.aliases()) {
            plans.add(planOf(alias.sitePath(), alias.article(), null, site, listing, tools, problems));
            sources.put(alias.sitePath(), alias.article());
        }
        plans.add(planOf("/", null, null, site, listing, tools, problems));
        plans.add(planOf("/404.html", null, null, site, listing, tools, problems));
        Addresses.check(plans, files.keySet(), sources, site, problems);
        if (!problems.isEmpty()) return failed(problems);
        Map<String, List<String>> shownBy = new HashMap<>();
        for (PagePlan plan : plans) {
            for (Listed shown : plan.inputs().shown()) shownBy.computeIfAbsent(shown.file(), f -> new ArrayList<>()).add(plan.sitePath());
        }

        AtomicInteger done = new AtomicInteger();
        AtomicInteger renderedAnew = new AtomicInteger();
        List<Optional<MadePage>> made = plans.parallelStream().map(plan -> {
            MadePage known = previous.pages().get(plan.sitePath());
            Optional<MadePage> result = known != null && known.inputs().equals(plan.inputs()) ? Optional.of(known) : make(plan, tools, problems);
            if (result.isPresent() && result.get() != known) renderedAnew.incrementAndGet();
            progress.pages(done.incrementAndGet(), plans.size());
            return result;
        }).toList();
        if (!problems.isEmpty()) return failed(problems);

        Map<String, MadePage> pages = new HashMap<>();
        Map<String, PageOutline> outlines = new HashMap<>();
        Map<String, String> changed = new HashMap<>(); // page file -> site path
        for (int i = 0; i < plans.size(); i++) {
            MadePage page = made.get(i).orElseThrow();
            String file = BuiltSite.fileOf(plans.get(i).sitePath());
            pages.put(plans.get(i).sitePath(), page);
            files.put(file, page.finished().bytes());
            outlines.put(file, page.finished().outline());
            if (previous.pages().get(plans.get(i).sitePath()) != page) changed.put(file, plans.get(i).sitePath());
        }
        progress.stage("site checks");
        BuiltSite built = new BuiltSite(files);
        // Checking is incremental too: when the site has the same files and no page that changed
        // lost or gained an id or an hreflang alternate, the pages that did not change still
        // check out as they did, and only the changed ones (and the links their editors wrote)
        // are checked again.
        boolean local = files.keySet().equals(previous.files().keySet()) && linksIntoStillHold(changed, previous, outlines);
        java.util.function.Predicate<String> recheck = local ? changed::containsKey : file -> true;
        Map<Article, RenderedMarkdown> linksToCheck = new LinkedHashMap<>();
        bodies.forEach((article, body) -> {
            if (!local || previous.bodies().get(article) != body) linksToCheck.put(article, body);
        });
        new LinkCheck(built, outlines).check(linksToCheck, problems);
        if (!problems.isEmpty()) return failed(problems);
        // The article each page file comes from, for the checks' problems (a later page of a list: its home page).
        Map<String, String> pageSources = new HashMap<>();
        sources.forEach((sitePath, article) -> pageSources.put(BuiltSite.fileOf(sitePath), article.file()));
        SortedMap<String, Set<String>> external = new SiteCheck(built, site, outlines, pageSources).check(problems, recheck);
        if (!problems.isEmpty()) return failed(problems);
        BuildOutcome.Built outcome = new BuildOutcome.Built(built, pages.size(), renderedAnew.get(), external, problems.warnings());
        memo = new Memo(environment, site, tools, bodies, expanded, pages, hostFiles, numbers, templates, files, outlines, shownBy, sources,
                pageSources, outcome);
        return outcome;
    }

    /** Whether every link into a changed page still finds what it found: the same ids, the same hreflang alternates. */
    static boolean linksIntoStillHold(Map<String, String> changed, Memo previous, Map<String, PageOutline> outlines) {
        return changed.entrySet().stream().allMatch(page -> {
            MadePage before = previous.pages().get(page.getValue());
            return before != null && sameTargets(before.finished().outline(), outlines.get(page.getKey()));
        });
    }

    /** A page to make: where it goes, what it is made from, and how to plan it when it must be made anew. */
    record PagePlan(String sitePath, PageInputs inputs, java.util.function.Supplier<Optional<PageRenderer.Page>> page) {
    }

    /**
     * The plan of the page at {@code sitePath}: an article's ({@code source}, its {@code body} with
     * the boxes drawn), a later page of a home page's list (its home page and body), or, when both
     * are null, the chooser or the page for addresses not found.
     */
    static PagePlan planOf(String sitePath, Article source, RenderedMarkdown body, Site site, Function<Article, Listed> listing,
                                   Tools tools, Problems problems) {
        if (source != null && !sitePath.equals(source.sitePath()) && site.alias(sitePath).filter(a -> a.article() == source).isPresent()) {
            PageInputs inputs = new PageInputs(null, List.of(listing.apply(source)));
            return new PagePlan(sitePath, inputs, () -> tools.renderer().planRedirect(site.alias(sitePath).orElseThrow(), site, problems));
        }
        if (source == null) {
            PageInputs inputs = new PageInputs(null, PageModel.shownByChooser(site).stream().map(listing).toList());
            return new PagePlan(sitePath, inputs, () -> Optional.of(sitePath.equals("/") ? tools.renderer().planChooser(site) : tools.renderer().planNotFound(site)));
        }
        boolean later = source.lists() && !sitePath.equals(source.sitePath());
        Pager pager = later ? Pager.at(source, site, Pager.numberAt(source, sitePath)) : null;
        List<Article> shown = later ? PageModel.shown(pager, site) : PageModel.shown(source, site);
        List<Listed> listed = new ArrayList<>(shown.size());
        for (Article article : shown) listed.add(listing.apply(article));
        return new PagePlan(sitePath, new PageInputs(body, listed),
                () -> later ? tools.renderer().planPager(pager, body, site, problems) : tools.renderer().planArticle(source, body, site, problems));
    }

    static Optional<MadePage> make(PagePlan plan, Tools tools, Problems problems) {
        return plan.page().get().flatMap(page -> tools.renderer().render(page, problems))
                .map(html -> new MadePage(plan.inputs(), tools.finisher().finishPage(html)));
    }

    /** Whether links into a page still find what they found: the same ids, the same hreflang alternates. */
    private static boolean sameTargets(PageOutline before, PageOutline after) {
        return before.ids().equals(after.ids()) && before.alternates().equals(after.alternates()) && before.canonical().equals(after.canonical());
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
