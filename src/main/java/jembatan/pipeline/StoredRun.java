package jembatan.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
import jembatan.pipeline.Plans.MadePage;
import jembatan.content.Article;
import jembatan.content.ArticleCache;
import jembatan.html.BuiltSite;
import jembatan.html.SiteFile;
import jembatan.markdown.RenderedMarkdown;
import jembatan.output.OutputPath;
import jembatan.render.HostFiles;
import jembatan.config.SiteConfig;
import jembatan.content.ContentLoader;
import jembatan.content.Publication;
import jembatan.content.Site;
import jembatan.pipeline.Inputs.Tools;
import jembatan.report.Problem;
import jembatan.source.SettledTime;
import org.jspecify.annotations.Nullable;

/**
 * What a good run leaves on disk for the next build to start from: the article files it read
 * (with their size and time), the description of its environment ({@link CacheKey#environment}),
 * each file of the site by length and CRC-32C, whose bytes are those in {@code site/} (the cache
 * does not hold the site a second time, and a page whose file no longer has those bytes is made
 * again), with the time and identity that tell the next build so without reading it, the listing of the project its build took first ({@link ProjectFiles}), the site as
 * published ({@link Published}), and the records of each article's and each page's results
 * ({@link StoredResults}), read only when a run asks for them. The next build restores the site
 * from it and is told which files were saved since, as the preview's runs are. The templates,
 * facts and tools are the cheap rest, made again by the run.
 */
record StoredRun(List<String> environment, List<ArticleCache.Known> files, SortedMap<String, Stamp> site,
                 SortedMap<String, Set<String>> externalLinks, Optional<ProjectFiles> project, Published published, List<String> warned,
                 Map<String, ByteBuffer> articleRecords, Map<String, StoredResults.PageRecord> pageRecords, Map<String, ByteBuffer> texts) {

    /**
     * The site as the run published it: its articles (the generated pages of topics among them),
     * those it held back, the files it could not read, the article file each page file comes from
     * and, for each article file, the pages that show its listing; so that a build after a save of
     * articles alone need not load the content again (the warnings it reports are its articles'
     * Markdown's, kept with their bodies).
     */
    record Published(List<Article> articles, List<Article> heldBack, List<String> unreadable, Map<String, String> pageSources,
                     Map<String, List<String>> shownBy) {
    }

    /**
     * A file of the site as the run made it: its length and CRC-32C, enough to tell the one in
     * {@code site/} is still it; and, when the run found it so in {@code site/}, its time and
     * identity then ({@code modified} 0 when not), which tell the next run as much without
     * reading it.
     */
    record Stamp(int length, int check, long modified, long identity) {
        static Stamp of(byte[] bytes) {
            return new Stamp(bytes.length, SiteFile.Published.checkOf(bytes), 0, 0);
        }

        static Stamp of(SiteFile.Published found) {
            return new Stamp(found.length(), found.check(), found.modified(), found.identity());
        }
    }

    /**
     * What {@code cache}, a good run's, holds that is worth keeping, with the listing of the
     * project its build took first and the description of its environment. The results of articles and pages that the run took from a
     * stored run and did not change are that run's records, copied as they are.
     */
    static StoredRun of(BuildCache cache, Optional<ProjectFiles> project, List<String> environment) throws IOException {
        KeptRecords records = KeptRecords.of(cache);
        SortedMap<String, Stamp> site = new TreeMap<>();
        cache.outcome().site().entries().forEach((file, entry) -> site.put(file, KeptRecords.stampOf(entry)));
        List<String> warned = new ArrayList<>();
        cache.warned().forEach((article, warnings) -> warned.add(article.file()));
        Published published = new Published(cache.site().articles(), cache.site().heldBack(), cache.site().unreadable(), cache.pageSources(),
                cache.shownBy());
        return new StoredRun(environment, cache.files().known(), site,
                cache.outcome().externalLinks(), project, published, warned, records.articles(), records.pages(), records.texts());
    }

    /**
     * Writes the records of articles and pages first, then the rest, which ends with where each
     * record is and, last, where the rest begins ({@link #read} starts there).
     */
    void write(Path projectRoot, CacheWriter out) throws IOException {
        // In the maps' own order: a cache need not be the same bytes twice, and sorting 20,000 names costs a rebuild more than all else it writes.
        Map<String, int[]> articlesAt = new HashMap<>();
        for (Map.Entry<String, ByteBuffer> record : articleRecords.entrySet()) {
            articlesAt.put(record.getKey(), new int[] {out.position(), record.getValue().remaining()});
            out.raw(record.getValue());
        }
        Map<String, int[]> pagesAt = new HashMap<>();
        for (Map.Entry<String, StoredResults.PageRecord> record : pageRecords.entrySet()) {
            pagesAt.put(record.getKey(), new int[] {out.position(), record.getValue().bytes().remaining()});
            out.raw(record.getValue().bytes());
        }
        int rest = out.position();
        out.copying(texts);
        out.texts(environment);
        out.list(files, file -> {
            out.text(projectRoot.relativize(file.path()).toString().replace('\\', '/'));
            out.number(file.modified().to(TimeUnit.NANOSECONDS));
            out.number(file.size());
            out.article(file.article());
        });
        out.list(List.copyOf(site.entrySet()), file -> {
            out.text(file.getKey());
            out.integer(file.getValue().length());
            out.integer(file.getValue().check());
            out.number(file.getValue().modified());
            out.number(file.getValue().identity());
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
        out.list(List.copyOf(published.pageSources().entrySet()), source -> {
            out.text(source.getKey());
            out.text(source.getValue());
        });
        out.list(List.copyOf(published.shownBy().entrySet()), shown -> {
            out.text(shown.getKey());
            out.texts(shown.getValue());
        });
        out.texts(warned);
        out.list(List.copyOf(articlesAt.entrySet()), at -> {
            out.text(at.getKey());
            out.integer(at.getValue()[0]);
            out.integer(at.getValue()[1]);
        });
        out.list(List.copyOf(pagesAt.entrySet()), at -> {
            out.text(at.getKey());
            out.integer(at.getValue()[0]);
            out.integer(at.getValue()[1]);
            out.text(pageRecords.get(at.getKey()).bodyFile());
        });
        out.integer(rest);
    }


    /** Reads what {@link #write} wrote; {@code file} is the whole file, {@code in} reads it from its first record to its end. */
    static StoredRun read(Path projectRoot, CacheReader rest) throws IOException {
        int recordsEnd = rest.rest();
        List<String> environment = rest.texts();
        List<ArticleCache.Known> files = rest.list(() -> new ArticleCache.Known(projectRoot.resolve(rest.text()),
                FileTime.from(rest.number(), TimeUnit.NANOSECONDS), rest.number(), rest.article()));
        SortedMap<String, Stamp> site = new TreeMap<>();
        int count = rest.count();
        for (int i = 0; i < count; i++) site.put(rest.text(), new Stamp(rest.count(), rest.integer(), rest.number(), rest.number()));
        SortedMap<String, Set<String>> external = new TreeMap<>();
        count = rest.count();
        for (int i = 0; i < count; i++) external.put(rest.text(), new TreeSet<>(rest.texts()));
        Optional<ProjectFiles> project = Optional.empty();
        if (rest.flag()) {
            String folder = rest.text();
            Map<String, ProjectFiles.Stamp> listed = new HashMap<>();
            count = rest.count();
            for (int i = 0; i < count; i++) listed.put(rest.text(), new ProjectFiles.Stamp(rest.number(), rest.number()));
            project = Optional.of(new ProjectFiles(folder, listed));
        }
        List<Article> articles = rest.list(rest::article);
        List<Article> heldBack = rest.list(rest::article);
        List<String> unreadable = rest.texts();
        Map<String, String> pageSources = new HashMap<>();
        count = rest.count();
        for (int i = 0; i < count; i++) pageSources.put(rest.text(), rest.text());
        Map<String, List<String>> shownBy = new HashMap<>();
        count = rest.count();
        for (int i = 0; i < count; i++) shownBy.put(rest.text(), List.copyOf(rest.texts()));
        Published published = new Published(articles, heldBack, unreadable, java.util.Collections.unmodifiableMap(pageSources),
                java.util.Collections.unmodifiableMap(shownBy));
        List<String> warned = rest.texts();
        Map<String, ByteBuffer> articleRecords = new HashMap<>();
        count = rest.count();
        for (int i = 0; i < count; i++) articleRecords.put(rest.text(), rest.record(recordsEnd));
        Map<String, StoredResults.PageRecord> pageRecords = new HashMap<>();
        count = rest.count();
        for (int i = 0; i < count; i++) pageRecords.put(rest.text(), new StoredResults.PageRecord(rest.record(recordsEnd), rest.text()));
        rest.finish();
        return new StoredRun(environment, files, site, external, project, published, warned, articleRecords, pageRecords, rest.articleTexts());
    }

    /**
     * The article files as this run read them, but those changed less than two seconds before the
     * cache was written: a file saved again within the same tick of the file system's clock keeps
     * its size and time, so only its contents tell (as git treats such "racy" entries).
     */
    ArticleCache articleFiles(FileTime written) {
        long trusted = SettledTime.before(written);
        return ArticleCache.ofKnown(files.stream().filter(file -> file.modified().to(TimeUnit.NANOSECONDS) < trusted).toList());
    }

    /**
     * The files of {@code site} that still have the bytes this run made, looked at on all cores:
     * the pages the next run may take as they are. A file with the length, time and identity a
     * run found it with before is taken without reading it; any other is read and checked by its
     * length and CRC-32C, and its time and identity are kept for the next run, unless it changed
     * less than two seconds before {@code now} (the file system's): a change within one tick of
     * its clock keeps the time, so only the contents tell (as git treats such "racy" entries).
     */
    Map<String, SiteFile.Published> siteAsItIs(Path site, FileTime now) {
        long settledBefore = SettledTime.before(now);
        Map<String, SiteFile.Published> kept = new java.util.concurrent.ConcurrentHashMap<>();
        this.site.entrySet().parallelStream()
                .forEach(file -> found(site, file.getKey(), file.getValue(), settledBefore).ifPresent(found -> kept.put(file.getKey(), found)));
        return kept;
    }

    /**
     * The cache of this run for a run in the same environment ({@code inputs}, read now): its
     * results, and its pages whose files are among {@code kept} ({@link #siteAsItIs}). Holds no
     * tools and no graph of pages, so it serves a whole run, which makes them, and not a run told
     * which files were saved.
     */
    BuildCache cache(Inputs inputs, Map<String, SiteFile.Published> kept) {
        return cache(inputs, kept, null, Map.of(), Map.of());
    }

    /**
     * The cache as the run left it, for a run told which files were saved since ({@code inputs}
     * read now, their site {@link #content restored}, and {@code tools} made from them): with the
     * graph of pages, as a preview holds it between saves.
     */
    BuildCache resumed(Inputs inputs, Map<String, SiteFile.Published> kept, Tools tools) {
        return cache(inputs, kept, tools, published.shownBy(), published.pageSources());
    }

    /** The results of articles and pages, read when a run asks for them, with the pages whose bytes are {@code kept}. */
    private StoredResults results(Map<String, SiteFile.Published> kept) {
        Map<String, Article> byFile = new HashMap<>();
        for (Article article : published.articles()) byFile.putIfAbsent(article.file(), article);
        return new StoredResults(byFile, articleRecords, pageRecords, kept, texts);
    }

    private BuildCache cache(Inputs inputs, Map<String, SiteFile.Published> kept, @Nullable Tools tools, Map<String, List<String>> shownBy,
                             Map<String, String> pageSources) {
        StoredResults results = results(kept);
        Map<Article, RenderedMarkdown> bodies = results.bodies();
        Map<Article, List<Problem>> warned = new HashMap<>();
        for (String file : this.warned) {
            Optional.ofNullable(results.article(file)).ifPresent(stored -> warned.put(stored.article(), stored.body().warnings()));
        }
        Map<String, MadePage> pages = results.pages();
        // The run's outcome stands only when the whole site is as it made it: the checks of a run
        // after it compare the files the site has with those of this one.
        BuildOutcome.Built outcome = kept.keySet().equals(this.site.keySet())
                ? new BuildOutcome.Built(new BuiltSite(new TreeMap<String, SiteFile>(kept)), pages.size(), 0, externalLinks, List.of(), List.of()) : null;
        return new BuildCache(inputs.environment(), inputs.templates(), inputs.files(), inputs.site(), tools, LayeredMap.over(bodies),
                LayeredMap.over(results.numbers()), LayeredMap.of(warned), LayeredMap.over(pages), HostFiles.NONE,
                LayeredMap.over(results.outlines()), java.util.Collections.unmodifiableMap(shownBy), pageSources, outcome);
    }

    /**
     * The site this run published, for {@code config} on the day of {@code publication}, with the
     * article files as {@link #articleFiles} trusts them: nothing when that day would publish or
     * hold back another article than this run did (a scheduled one is due).
     */
    Optional<ContentLoader.Loaded> content(SiteConfig config, Publication publication, FileTime written) {
        for (Article article : published.articles()) if (!article.generated() && !publication.publishes(article)) return Optional.empty();
        for (Article article : published.heldBack()) if (publication.publishes(article)) return Optional.empty();
        Site site = new Site(config, published.articles(), published.heldBack(), published.unreadable(), publication);
        return Optional.of(new ContentLoader.Loaded(site, articleFiles(written)));
    }

    /**
     * The file {@code name} of {@code site} as {@link #siteAsItIs} finds it, when it is a file of
     * the site with the length and check it had ({@code settledBefore}: the time before which a
     * change would have shown in its time).
     */
    private static Optional<SiteFile.Published> found(Path site, String name, Stamp stamp, long settledBefore) {
        Optional<Path> path = OutputPath.inside(site, name);
        if (path.isEmpty()) return Optional.empty();
        try {
            BasicFileAttributes attributes = Files.readAttributes(path.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != stamp.length()) return Optional.empty();
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            long identity = SiteFile.Published.identityOf(attributes);
            if (stamp.modified() != 0 && stamp.modified() == modified && stamp.identity() == identity) {
                return Optional.of(new SiteFile.Published(path.get(), stamp.length(), stamp.check(), modified, identity));
            }
            byte[] bytes = Files.readAllBytes(path.get());
            if (bytes.length != stamp.length() || SiteFile.Published.checkOf(bytes) != stamp.check()) return Optional.empty();
            boolean settled = modified < settledBefore;
            return Optional.of(new SiteFile.Published(path.get(), stamp.length(), stamp.check(), settled ? modified : 0, settled ? identity : 0));
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
