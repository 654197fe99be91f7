package jembatan.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import jembatan.pipeline.Plans.MadePage;
import jembatan.pipeline.Plans.PageInputs;
import jembatan.content.Article;
import jembatan.content.ArticleCache;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;
import jembatan.html.PageOutline;
import jembatan.markdown.RenderedMarkdown;
import jembatan.markdown.RenderedMarkdown.NumberMention;
import jembatan.output.OutputPath;
import jembatan.render.HostFiles;
import jembatan.config.SiteConfig;
import jembatan.content.ContentLoader;
import jembatan.content.Publication;
import jembatan.content.Site;
import jembatan.pipeline.Inputs.Tools;
import jembatan.report.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a good run leaves on disk for the next build to start from: the article files it read
 * (with their size and time), the description of its environment ({@link CacheKey#environment}),
 * each article's body, the numbers its prose states, each page's
 * inputs and outline, and each file of the site by length and CRC-32C, whose bytes are those in
 * {@code site/}: the cache does not hold the site a second time, and a page whose file no longer
 * has those bytes is made again. It also keeps the listing of the project its build took first
 * ({@link ProjectFiles}) and the site as published, with the article file of each page: the next
 * build restores the site from them and is told which files were saved since, as the preview's
 * runs are. The templates, facts and tools are the cheap rest, made again by the run, and which
 * pages show which article follows from the pages' inputs.
 */
record StoredRun(List<String> environment, List<ArticleCache.Known> files, Map<Article, RenderedMarkdown> bodies,
                 Map<Article, Map<String, List<NumberMention>>> numbers,
                 Map<String, PageInputs> inputs, Map<String, PageOutline> outlines, SortedMap<String, Stamp> site,
                 SortedMap<String, Set<String>> externalLinks, Optional<ProjectFiles> project, Published published) {

    /**
     * The site as the run published it: its articles (the generated pages of topics among them),
     * those it held back, the files it could not read, the article file each page file comes from
     * so that a build after a save of articles alone need not load the content again (the
     * warnings it reports are its articles' Markdown's, kept with their bodies).
     */
    record Published(List<Article> articles, List<Article> heldBack, List<String> unreadable, Map<String, String> pageSources) {
    }

    /** A file of the site as the run made it: its length and CRC-32C, enough to tell the one in {@code site/} is still it. */
    record Stamp(int length, int check) {
        static Stamp of(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return new Stamp(bytes.length, (int) crc.getValue());
        }
    }

    /** What {@code cache}, a good run's, holds that is worth keeping, with the listing of the project its build took first. */
    static StoredRun of(Path projectRoot, BuildCache cache, Optional<ProjectFiles> project) {
        Map<Article, RenderedMarkdown> bodies = new HashMap<>();
        cache.bodies().forEach(bodies::put);
        Map<Article, Map<String, List<NumberMention>>> numbers = new HashMap<>();
        cache.numbers().forEach(numbers::put);
        Map<String, PageInputs> inputs = new HashMap<>();
        Map<String, PageOutline> outlines = new HashMap<>();
        cache.pages().forEach((sitePath, page) -> {
            inputs.put(sitePath, page.inputs());
            outlines.put(sitePath, page.finished().outline());
        });
        SortedMap<String, Stamp> site = new TreeMap<>();
        cache.outcome().site().files().forEach((file, bytes) -> site.put(file, Stamp.of(bytes)));
        Published published = new Published(cache.site().articles(), cache.site().heldBack(), cache.site().unreadable(), cache.pageSources());
        return new StoredRun(CacheKey.environment(projectRoot, cache.environment()), cache.files().known(), bodies, numbers,
                inputs, outlines, site, cache.outcome().externalLinks(), project, published);
    }

    void write(Path projectRoot, CacheWriter out) throws IOException {
        out.texts(environment);
        out.list(files, file -> {
            out.text(projectRoot.relativize(file.path()).toString().replace('\\', '/'));
            out.number(file.modified().to(TimeUnit.NANOSECONDS));
            out.number(file.size());
            out.article(file.article());
        });
        out.list(List.copyOf(bodies.entrySet()), body -> {
            out.article(body.getKey());
            out.rendered(body.getValue());
        });
        out.list(List.copyOf(numbers.entrySet()), entry -> {
            out.article(entry.getKey());
            out.list(List.copyOf(entry.getValue().entrySet()), mentions -> {
                out.text(mentions.getKey());
                out.list(mentions.getValue(), out::number);
            });
        });
        out.list(List.copyOf(inputs.entrySet()), page -> {
            out.text(page.getKey());
            out.rendered(page.getValue().body());
            out.list(page.getValue().shown(), out::listed);
            out.outline(outlines.get(page.getKey()));
        });
        out.list(List.copyOf(site.entrySet()), file -> {
            out.text(file.getKey());
            out.integer(file.getValue().length());
            out.integer(file.getValue().check());
        });
        out.list(List.copyOf(externalLinks.entrySet()), link -> {
            out.text(link.getKey());
            out.texts(List.copyOf(link.getValue()));
        });
        out.flag(project.isPresent());
        if (project.isPresent()) {
            out.text(project.get().folder());
            out.list(List.copyOf(project.get().files().entrySet()), file -> {
                out.text(file.getKey());
                out.number(file.getValue().size());
                out.number(file.getValue().modified());
            });
        }
        out.list(published.articles(), out::article);
        out.list(published.heldBack(), out::article);
        out.texts(published.unreadable());
        out.list(List.copyOf(new TreeMap<>(published.pageSources()).entrySet()), source -> {
            out.text(source.getKey());
            out.text(source.getValue());
        });
    }

    static StoredRun read(Path projectRoot, CacheReader in) throws IOException {
        List<String> environment = in.texts();
        List<ArticleCache.Known> files = in.list(() -> new ArticleCache.Known(projectRoot.resolve(in.text()),
                FileTime.from(in.number(), TimeUnit.NANOSECONDS), in.number(), in.article()));
        Map<Article, RenderedMarkdown> bodies = new HashMap<>();
        int count = in.count();
        for (int i = 0; i < count; i++) bodies.put(in.article(), in.body());
        Map<Article, Map<String, List<NumberMention>>> numbers = new HashMap<>();
        count = in.count();
        for (int i = 0; i < count; i++) {
            Article article = in.article();
            Map<String, List<NumberMention>> mentions = new HashMap<>();
            int values = in.count();
            for (int j = 0; j < values; j++) mentions.put(in.text(), in.list(in::numberMention));
            numbers.put(article, mentions);
        }
        Map<String, PageInputs> inputs = new HashMap<>();
        Map<String, PageOutline> outlines = new HashMap<>();
        count = in.count();
        for (int i = 0; i < count; i++) {
            String sitePath = in.text();
            inputs.put(sitePath, new PageInputs(in.rendered(), in.list(in::listed)));
            outlines.put(sitePath, in.outline());
        }
        SortedMap<String, Stamp> site = new TreeMap<>();
        count = in.count();
        for (int i = 0; i < count; i++) site.put(in.text(), new Stamp(in.count(), in.integer()));
        SortedMap<String, Set<String>> external = new TreeMap<>();
        count = in.count();
        for (int i = 0; i < count; i++) external.put(in.text(), new TreeSet<>(in.texts()));
        Optional<ProjectFiles> project = Optional.empty();
        if (in.flag()) {
            String folder = in.text();
            SortedMap<String, ProjectFiles.Stamp> listed = new TreeMap<>();
            count = in.count();
            for (int i = 0; i < count; i++) listed.put(in.text(), new ProjectFiles.Stamp(in.number(), in.number()));
            project = Optional.of(new ProjectFiles(folder, listed));
        }
        List<Article> articles = in.list(in::article);
        List<Article> heldBack = in.list(in::article);
        List<String> unreadable = in.texts();
        Map<String, String> pageSources = new HashMap<>();
        count = in.count();
        for (int i = 0; i < count; i++) pageSources.put(in.text(), in.text());
        Published published = new Published(articles, heldBack, unreadable, java.util.Collections.unmodifiableMap(pageSources));
        return new StoredRun(environment, files, bodies, numbers, inputs, outlines, site, external, project, published);
    }

    /**
     * The article files as this run read them, but those changed less than two seconds before the
     * cache was written: a file saved again within the same tick of the file system's clock keeps
     * its size and time, so only its contents tell (as git treats such "racy" entries).
     */
    ArticleCache articleFiles(FileTime written) {
        long trusted = written.to(TimeUnit.NANOSECONDS) - TimeUnit.SECONDS.toNanos(2);
        return ArticleCache.ofKnown(files.stream().filter(file -> file.modified().to(TimeUnit.NANOSECONDS) < trusted).toList());
    }

    /**
     * The files of {@code site} that still have the bytes this run made (each checked by its
     * length and CRC-32C), read on all cores: the pages the next run may take as they are.
     */
    Map<String, byte[]> siteAsItIs(Path site) {
        Map<String, byte[]> kept = new java.util.concurrent.ConcurrentHashMap<>();
        this.site.entrySet().parallelStream().forEach(file -> found(site, file.getKey(), file.getValue()).ifPresent(bytes -> kept.put(file.getKey(), bytes)));
        return kept;
    }

    /**
     * The cache of this run for a run in the same environment ({@code inputs}, read now): its
     * results, and its pages whose files are among {@code kept} ({@link #siteAsItIs}). Holds no
     * tools and no graph of pages, so it serves a whole run, which makes them, and not a run told
     * which files were saved.
     */
    BuildCache cache(Inputs inputs, Map<String, byte[]> kept) {
        return cache(inputs, kept, null, Map.of(), Map.of());
    }

    /**
     * The cache as the run left it, for a run told which files were saved since ({@code inputs}
     * read now, their site {@link #content restored}, and {@code tools} made from them): with the
     * graph of pages, as a preview holds it between saves.
     */
    BuildCache resumed(Inputs inputs, Map<String, byte[]> kept, Tools tools) {
        Map<String, List<String>> shownBy = new HashMap<>();
        new TreeMap<>(inputs()).forEach((sitePath, made) -> {
            for (Plans.Listed shown : made.shown()) shownBy.computeIfAbsent(shown.file(), file -> new java.util.ArrayList<>()).add(sitePath);
        });
        shownBy.replaceAll((file, paths) -> List.copyOf(paths));
        return cache(inputs, kept, tools, shownBy, published.pageSources());
    }

    private BuildCache cache(Inputs inputs, Map<String, byte[]> kept, @Nullable Tools tools, Map<String, List<String>> shownBy,
                             Map<String, String> pageSources) {
        Map<String, MadePage> pages = new HashMap<>();
        Map<String, PageOutline> outlines = new HashMap<>();
        inputs().forEach((sitePath, made) -> {
            String file = BuiltSite.fileOf(sitePath);
            byte[] bytes = kept.get(file);
            if (bytes == null) return;
            PageOutline outline = this.outlines.get(sitePath);
            pages.put(sitePath, new MadePage(made, new HtmlFinisher.FinishedPage(bytes, outline)));
            outlines.put(file, outline);
        });
        Map<Article, List<Problem>> warned = new HashMap<>();
        bodies.forEach((article, body) -> {
            if (!body.warnings().isEmpty()) warned.put(article, body.warnings());
        });
        // The run's outcome stands only when the whole site is as it made it: the checks of a run
        // after it compare the files the site has with those of this one.
        BuildOutcome.Built outcome = kept.keySet().equals(this.site.keySet())
                ? new BuildOutcome.Built(new BuiltSite(new TreeMap<>(kept)), pages.size(), 0, externalLinks, List.of(), List.of()) : null;
        return new BuildCache(inputs.environment(), inputs.templates(), inputs.files(), inputs.site(), tools, LayeredMap.of(bodies),
                LayeredMap.of(numbers), LayeredMap.of(warned), LayeredMap.of(pages), HostFiles.NONE,
                LayeredMap.of(outlines), java.util.Collections.unmodifiableMap(shownBy), pageSources, outcome);
    }

    /**
     * The site this run published, for {@code config} on the day of {@code publication}, with the
     * article files as {@link #articleFiles} trusts them: nothing when that day would publish or
     * hold back another article than this run did (a scheduled one is due), or when the run kept
     * no listing of the project to tell which files were saved since.
     */
    Optional<ContentLoader.Loaded> content(SiteConfig config, Publication publication, FileTime written) {
        if (project.isEmpty()) return Optional.empty();
        for (Article article : published.articles()) if (!article.generated() && !publication.publishes(article)) return Optional.empty();
        for (Article article : published.heldBack()) if (publication.publishes(article)) return Optional.empty();
        Site site = new Site(config, published.articles(), published.heldBack(), published.unreadable(), publication);
        return Optional.of(new ContentLoader.Loaded(site, articleFiles(written)));
    }

    /** The bytes of {@code name} in {@code site}, when it is a file of the site with the length and check it had. */
    private static Optional<byte[]> found(Path site, String name, Stamp stamp) {
        Optional<Path> path = OutputPath.inside(site, name);
        if (path.isEmpty() || !Files.isRegularFile(path.get(), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            if (Files.size(path.get()) != stamp.length()) return Optional.empty();
            byte[] bytes = Files.readAllBytes(path.get());
            return Stamp.of(bytes).equals(stamp) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A cache with only the article files read before: in another environment, what saves a run reading them again. */
    static BuildCache readFilesOnly(ArticleCache files) {
        BuildCache empty = BuildCache.EMPTY;
        return new BuildCache(null, Optional.empty(), files, null, null, empty.bodies(), empty.numbers(), empty.warned(),
                empty.pages(), HostFiles.NONE, empty.outlines(), Map.of(), Map.of(), null);
    }
}
