package jembatan.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import jembatan.pipeline.Inputs.Tools;
import jembatan.pipeline.Plans.MadePage;
import jembatan.pipeline.Plans.PagePlan;
import jembatan.check.FactParityCheck;
import jembatan.check.LinkCheck;
import jembatan.check.NameParityCheck;
import jembatan.check.NumberParityCheck;
import jembatan.check.SiteCheck;
import jembatan.content.Article;
import jembatan.content.Site;
import jembatan.html.BuiltSite;
import jembatan.html.PageOutline;
import jembatan.html.SiteFile;
import jembatan.markdown.MarkdownRenderer;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.render.HostFiles;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * Runs the stages in order: configuration → content → facts → Markdown → templates → HTML →
 * checks. It reads the project and returns a {@link BuildOutcome}; it writes nothing, so the
 * same build serves {@code build} (which then writes {@code site/}), {@code check}, and the
 * preview. Each stage carries on past an editor's mistake where it can, so that one run reports
 * them all.
 *
 * <p>A run takes the {@link BuildCache} of the last good run and returns the next one. Every
 * stage decides what to redo in the same way: it compares what it would make a thing from with
 * what the cache's run made it from, and reuses what is equal (an article's Markdown, a pair's
 * parity, a page whose body and listings are unchanged, the checks of pages that did not change).
 * Told which files were saved since the cache's run, and when they are only articles that keep
 * their place in the site ({@link Edits}), a run reads only them and looks only at those
 * articles and the pages they reach: the same stages, over less. Such a run that finds a problem
 * runs again over everything, so that it reports every mistake, as a fresh build would.
 */
public final class Build {
    private Build() {
    }

    /** A run's outcome, and the cache the next run starts from: the one it was given, when it failed. */
    public record Result(BuildOutcome outcome, BuildCache cache) {
    }

    /** One build of a project, from nothing. */
    public static BuildOutcome run(Path projectRoot, BuildOptions options) {
        return run(projectRoot, options, Progress.NONE);
    }

    /** One build of a project, from nothing, telling {@code progress} how far it is. */
    public static BuildOutcome run(Path projectRoot, BuildOptions options, Progress progress) {
        return run(projectRoot, options, progress, BuildCache.EMPTY, Optional.empty()).outcome();
    }

    public static Result run(Path projectRoot, BuildOptions options, BuildCache cache, Optional<Set<String>> saved) {
        return run(projectRoot, options, Progress.NONE, cache, saved);
    }

    /**
     * Builds the project, reusing what {@code cache} made. {@code saved}, when known, names every
     * file changed since {@code cache}'s run (relative to the project, such as
     * {@code content/en/about.md}); it narrows what is read again, never what the site becomes.
     */
    public static Result run(Path projectRoot, BuildOptions options, Progress progress, BuildCache cache, Optional<Set<String>> saved) {
        Optional<Edits> edits = saved.flatMap(files -> Edits.of(projectRoot, cache, options, files));
        if (edits.isPresent()) {
            Result narrowed = stages(projectRoot, options, progress, cache, edits);
            if (narrowed.outcome() instanceof BuildOutcome.Built) return narrowed;
        }
        return stages(projectRoot, options, progress, cache, Optional.empty());
    }

    /**
     * What a run looks at: every article and page, or ({@code edits}) the articles a save edited
     * and the pages they reach, the rest being as the cache has it.
     */
    private record Scope(Optional<Edits> edits, List<Article> articles) {
        boolean whole() {
            return edits.isEmpty();
        }

        /** The results the next run starts from: after a whole run, {@code made}; after a save, the last with {@code gone} out and {@code made} in. */
        <K, V> LayeredMap<K, V> next(LayeredMap<K, V> last, Map<K, V> made, Collection<K> gone) {
            return whole() ? LayeredMap.of(made) : last.with(made, gone);
        }
    }

    /** Each value marked {@code differs:}, as {@code content/en/a.md:4: marked as deliberately different: "three days"}, by file. */
    static List<String> marked(Site site) {
        List<String> lines = new java.util.ArrayList<>();
        for (Article article : site.articles()) {
            jembatan.content.FrontMatter.Differs differs = article.front().differs();
            if (!differs.all() && differs.written().isEmpty()) continue;
            String at = article.file() + ":" + differs.line() + ": marked as deliberately different: ";
            if (differs.all()) lines.add(at + "all its numbers, dates and names");
            for (String written : differs.written()) lines.add(at + "\"" + written + "\"");
        }
        lines.sort(java.util.Comparator.naturalOrder());
        return lines;
    }

    /** A whole run over inputs read already (by {@link CacheFile}, without a problem), from {@code cache}. */
    static Result run(Path projectRoot, BuildOptions options, Progress progress, BuildCache cache, Inputs read) {
        return stages(projectRoot, options, progress, cache, Optional.empty(), Optional.of(read));
    }

    private static Result stages(Path projectRoot, BuildOptions options, Progress progress, BuildCache cache, Optional<Edits> edits) {
        return stages(projectRoot, options, progress, cache, edits, Optional.empty());
    }

    private static Result stages(Path projectRoot, BuildOptions options, Progress progress, BuildCache cache, Optional<Edits> edits,
                                 Optional<Inputs> read) {
        Problems problems = new Problems();
        Optional<Inputs> given = read.isPresent() ? read : edits.isPresent() ? Optional.of(Inputs.edited(cache, edits.get()))
                : Inputs.read(projectRoot, options, cache, problems, progress);
        if (given.isEmpty()) return failed(problems, cache);
        Inputs inputs = given.get();
        Site site = inputs.site();
        // What the cache's run made is reused only in the same environment.
        BuildCache previous = inputs.environment().equals(cache.environment()) ? cache : BuildCache.EMPTY;
        Scope scope = new Scope(edits, edits.map(Edits::articles).orElse(site.articles()));
        Collection<Article> gone = edits.map(e -> e.changed().keySet()).orElse(Set.of());

        // Articles and pages are independent of each other: the stages below run over all cores,
        // the longest first, and their results are gathered in the order of the input, so the output never depends on it.
        progress.stage("markdown");
        Map<Article, RenderedMarkdown> bodies = inOrder(scope.articles(), AllCores.map(scope.articles(), article -> article.body().length(), article -> {
            RenderedMarkdown known = previous.bodies().get(article);
            return known != null ? known : MarkdownRenderer.shared().render(article, site, inputs.facts(), inputs.formatters().get(article.language()), problems);
        }));
        // A reused body brings its warnings with it, so every build reports them until the text changes.
        for (RenderedMarkdown body : bodies.values()) problems.addAll(body.warnings());
        Function<Article, RenderedMarkdown> body = article -> bodies.containsKey(article) ? bodies.get(article) : previous.bodies().get(article);

        progress.stage("translation checks");
        // A pair whose two bodies are the ones the cache's run checked still agrees.
        List<Site.Translation> candidates = scope.whole() ? site.translationPairs()
                : scope.articles().stream().flatMap(article -> site.translationPairsOf(article).stream()).distinct().toList();
        List<Site.Translation> pairs = candidates.stream().filter(pair -> previous.bodies().get(pair.original()) != body.apply(pair.original())
                || previous.bodies().get(pair.translated()) != body.apply(pair.translated())).toList();
        Map<Article, RenderedMarkdown> paired = new HashMap<>();
        for (Site.Translation pair : pairs) {
            paired.put(pair.original(), body.apply(pair.original()));
            paired.put(pair.translated(), body.apply(pair.translated()));
        }
        new FactParityCheck(site).check(paired, problems, pairs);
        Map<RenderedMarkdown, Map<String, List<NumberMention>>> mentions = new IdentityHashMap<>();
        paired.forEach((article, text) -> Optional.ofNullable(previous.numbers().get(article)).ifPresent(known -> mentions.put(text, known)));
        new NumberParityCheck(site, mentions).check(paired, problems, pairs);
        new NameParityCheck(inputs.facts()).check(paired, problems, pairs);
        Map<Article, Map<String, List<NumberMention>>> numbers = new HashMap<>();
        for (Article article : scope.articles()) Optional.ofNullable(previous.numbers().get(article)).ifPresent(known -> numbers.put(article, known));
        paired.forEach((article, text) -> Optional.ofNullable(mentions.get(text)).ifPresent(found -> numbers.put(article, found)));
        if (!problems.isEmpty() || inputs.templates().isEmpty()) return failed(problems, cache);

        progress.stage("pages");
        Tools tools = scope.whole() ? inputs.tools(projectRoot, problems) : cache.tools();
        Plans plans = edits.map(e -> Plans.of(e.pages(), previous.pageSources(), site, body, tools, problems))
                .orElseGet(() -> Plans.all(site, body, tools, problems));
        // The sitemap and feeds are made again only when an edit can change them.
        HostFiles hostFiles = edits.map(e -> e.listingsSame() ? previous.hostFiles() : HostFiles.afterEditing(site, previous.hostFiles(), e.changed()))
                .orElseGet(() -> HostFiles.of(site, previous.hostFiles()));
        SortedMap<String, SiteFile> files = new TreeMap<>(scope.whole() ? BuiltSite.of(tools.assets()).entries() : previous.outcome().site().entries());
        hostFiles.files().forEach((file, bytes) -> files.put(file, new SiteFile.Made(bytes)));
        // Every file has one owner; a save that keeps each article's place keeps them all.
        if (scope.whole()) Addresses.check(plans.list(), files.keySet(), plans.sources(), site, problems);
        if (!problems.isEmpty()) return failed(problems, cache);

        // A page is rendered only when what it is made from changed since the cache's run: its
        // body, or the listing of an article it shows.
        AtomicInteger done = new AtomicInteger();
        List<Optional<MadePage>> made = AllCores.map(plans.list(), PagePlan::size, plan -> {
            MadePage known = previous.pages().get(plan.sitePath());
            Optional<MadePage> page = known != null && known.inputs().equals(plan.inputs()) ? Optional.of(known) : plan.make(tools, problems);
            progress.pages(done.incrementAndGet(), plans.list().size());
            return page;
        });
        if (!problems.isEmpty()) return failed(problems, cache);
        Map<String, MadePage> pages = new HashMap<>();
        Map<String, PageOutline> outlines = new HashMap<>();
        Map<String, String> changed = new HashMap<>(); // page file -> site path
        for (int i = 0; i < made.size(); i++) {
            String sitePath = plans.list().get(i).sitePath();
            MadePage page = made.get(i).orElseThrow();
            String file = BuiltSite.fileOf(sitePath);
            pages.put(sitePath, page);
            files.put(file, page.finished().file());
            outlines.put(file, page.finished().outline());
            if (previous.pages().get(sitePath) != page) changed.put(file, sitePath);
        }
        LayeredMap<String, PageOutline> nextOutlines = scope.next(previous.outlines(), outlines, List.of());
        Map<String, String> pageSources = scope.whole() ? pageSources(plans.sources()) : previous.pageSources();

        progress.stage("site checks");
        BuiltSite built = new BuiltSite(files);
        // Checking is incremental too: when the site has the same files and no page that changed
        // lost or gained an id or an hreflang alternate, the pages that did not change still
        // check out as they did, and only the changed ones (and the links their editors wrote)
        // are checked again. A save that keeps each article's place keeps the site's files.
        boolean sameFiles = !scope.whole() || previous.built() && files.keySet().equals(previous.outcome().site().names());
        boolean local = sameFiles && linksIntoStillHold(changed, previous, outlines);
        Map<Article, RenderedMarkdown> linksToCheck = new LinkedHashMap<>();
        for (Article article : local ? scope.articles() : site.articles()) {
            if (!local || previous.bodies().get(article) != body.apply(article)) linksToCheck.put(article, body.apply(article));
        }
        Map<String, PageOutline> known = nextOutlines.draft();
        new LinkCheck(built, known).check(linksToCheck, problems);
        if (!problems.isEmpty()) return failed(problems, cache);
        SiteCheck siteCheck = new SiteCheck(built, site, known, pageSources);
        // When no page that changed links out differently, the site's external links are the cache's.
        boolean sameExternal = local && changed.entrySet().stream().allMatch(page -> siteCheck.externalLinks(previous.pages().get(page.getValue()).finished().outline())
                .equals(siteCheck.externalLinks(outlines.get(page.getKey()))));
        SortedMap<String, Set<String>> external;
        if (sameExternal) {
            siteCheck.checkPages(changed.keySet(), problems);
            external = previous.outcome().externalLinks();
        } else {
            external = siteCheck.check(problems, local ? changed::containsKey : file -> true);
        }
        if (!problems.isEmpty()) return failed(problems, cache);

        LayeredMap<String, MadePage> nextPages = scope.next(previous.pages(), pages, List.of());
        // The warnings of every article, the reused ones' included: found among the few that have any.
        Map<Article, List<Problem>> warnedNow = new HashMap<>();
        bodies.forEach((article, text) -> {
            if (!text.warnings().isEmpty()) warnedNow.put(article, text.warnings());
        });
        LayeredMap<Article, List<Problem>> warned = scope.next(previous.warned(), warnedNow, gone);
        Problems warnings = new Problems();
        warnings.addAll(problems.warnings());
        warned.forEach((article, found) -> warnings.addAll(found));
        BuildOutcome.Built outcome = new BuildOutcome.Built(built, nextPages.size(), changed.size(), external, warnings.warnings(), marked(site));
        Map<String, List<String>> shownBy = scope.whole() ? shownBy(plans.list()) : previous.shownBy();
        return new Result(outcome, new BuildCache(inputs.environment(), inputs.templates(), inputs.files(), site, tools,
                scope.next(previous.bodies(), bodies, gone), scope.next(previous.numbers(), numbers, gone),
                warned, nextPages, hostFiles, nextOutlines, shownBy, pageSources, outcome));
    }

    /** For each article file, the site paths of the pages that show its listing. */
    private static Map<String, List<String>> shownBy(List<PagePlan> plans) {
        Map<String, List<String>> shownBy = new HashMap<>();
        for (PagePlan plan : plans) {
            for (Plans.Listed shown : plan.inputs().shown()) shownBy.computeIfAbsent(shown.file(), f -> new ArrayList<>()).add(plan.sitePath());
        }
        shownBy.replaceAll((file, paths) -> List.copyOf(paths));
        return java.util.Collections.unmodifiableMap(shownBy);
    }

    /** The article file each page file comes from, for the checks' problems (a later page of a list: its section's). */
    private static Map<String, String> pageSources(Map<String, Article> sources) {
        Map<String, String> pageSources = new HashMap<>();
        sources.forEach((sitePath, article) -> pageSources.put(BuiltSite.fileOf(sitePath), article.file()));
        return java.util.Collections.unmodifiableMap(pageSources);
    }

    /** Whether every link into a changed page still finds what it found: the same ids, the same hreflang alternates. */
    private static boolean linksIntoStillHold(Map<String, String> changed, BuildCache previous, Map<String, PageOutline> outlines) {
        return changed.entrySet().stream().allMatch(page -> {
            MadePage before = previous.pages().get(page.getValue());
            return before != null && sameTargets(before.finished().outline(), outlines.get(page.getKey()));
        });
    }

    private static boolean sameTargets(PageOutline before, PageOutline after) {
        return before.ids().equals(after.ids()) && before.alternates().equals(after.alternates()) && before.canonical().equals(after.canonical());
    }

    private static <V> Map<Article, V> inOrder(List<Article> articles, List<V> values) {
        Map<Article, V> map = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) map.put(articles.get(i), values.get(i));
        return map;
    }

    /** A failed run: every problem it found, and the cache it was given, unchanged. */
    private static Result failed(Problems problems, BuildCache cache) {
        return new Result(new BuildOutcome.Failed(problems.sorted()), cache);
    }
}
