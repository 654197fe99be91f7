package jembatan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;
import jembatan.source.SourceText;

/**
 * Reads the pages under {@code content/<lang>/}, in folders to any depth, into a {@link Site}:
 * splits each file into front matter and body and gives it its key and slug
 * ({@link ArticleFile}), places it in its language's tree of sections ({@link SectionTree}),
 * leaves drafts out unless asked for, and checks what only the whole set can show
 * ({@link ContentChecks}): translations that are missing, keys given twice in one language,
 * two pages on one URL, a menu that names no page.
 */
public final class ContentLoader {
    /** Folders and files under {@code content/} that are not articles. */
    static final Set<String> NOT_ARTICLES = Set.of("site.yaml", "README.md", "facts", "media");
    /** Deeper than any real site's folders; a guard against a loop of links or a runaway script. */
    static final int MAX_DEPTH = 16;

    private final SiteConfig config;
    private final Publication publication;
    private final Problems problems;
    private final ArticleCache cache;
    /** What this load read or found in the cache, by file: the cache it returns. Only this load writes it. */
    private final Map<Path, ArticleCache.Entry> seen = new ConcurrentHashMap<>();

    private ContentLoader(SiteConfig config, Publication publication, Problems problems, ArticleCache cache) {
        this.config = config;
        this.publication = publication;
        this.cache = cache;
        this.problems = problems;
    }

    /** A site as loaded, and the files as this load saw them, for a later load to start from. */
    public record Loaded(Site site, ArticleCache files) {
    }

    /** An article read again, if it could be, and the files as they are now. */
    public record Reread(Optional<Article> article, ArticleCache files) {
    }

    public static Site load(Path projectRoot, SiteConfig config, Publication publication, Problems problems) {
        return load(projectRoot, config, publication, problems, ArticleCache.EMPTY).site();
    }

    /** Loads the articles, reading again only the files that changed since {@code cache} saw them; {@code cache} stays as it was. */
    public static Loaded load(Path projectRoot, SiteConfig config, Publication publication, Problems problems, ArticleCache cache) {
        ContentLoader loader = new ContentLoader(config, publication, problems, cache);
        Site site = loader.load(projectRoot);
        return new Loaded(site, ArticleCache.of(loader.seen));
    }

    /** Loads every article but drafts (or with them), whatever its date. */
    public static Site load(Path projectRoot, SiteConfig config, boolean includeDrafts, Problems problems) {
        return load(projectRoot, config, Publication.of(includeDrafts), problems);
    }

    /**
     * One article file read again, as {@link #load} would read it, for a preview that knows
     * which file was saved, and placed where {@code site} has its folder, with {@code cache} as it
     * is after the read ({@code cache} itself stays as it was). Site-wide checks (keys, URLs, translations) are not run: the caller re-reads
     * only files whose key, URL and publication it then finds unchanged, and loads the whole site
     * otherwise.
     */
    public static Reread reread(Path projectRoot, Site site, String file, Language language, Problems problems, ArticleCache cache) {
        ContentLoader loader = new ContentLoader(site.config(), site.publication(), problems, cache);
        Optional<Article> article = loader.read(projectRoot.resolve(file), file, language, true).flatMap(site::place);
        return new Reread(article, cache.with(loader.seen));
    }

    private Site load(Path projectRoot) {
        Path contentDir = projectRoot.resolve("content");
        reportStrayEntries(contentDir);
        record Source(Path path, String file, Language language) {
        }
        List<Source> sources = new ArrayList<>();
        for (Language language : config.languages()) {
            for (String file : markdownFiles(projectRoot, language)) {
                Path path = projectRoot.resolve(file);
                sources.add(new Source(path, file, language));
            }
        }
        // Files are read and parsed on all cores; the results keep the order of the files.
        List<Optional<Article>> read = sources.parallelStream().map(source -> read(source.path(), source.file(), source.language(), false)).toList();
        List<Article> all = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String file = sources.get(i).file();
            read.get(i).ifPresentOrElse(all::add, () -> unreadable.add(file));
        }
        List<Article> placed = SectionTree.place(all, config, publication, problems);
        List<Article> published = new ArrayList<>();
        List<Article> heldBack = new ArrayList<>();
        for (Article article : placed) {
            if (article.generated() || publication.publishes(article)) published.add(article);
            else heldBack.add(article);
        }
        published.addAll(Topics.pages(published, config, problems));
        ContentChecks checks = new ContentChecks(config, publication, problems);
        checks.keysAndUrls(published);
        checks.translations(published, placed, unreadable);
        checks.homePages(placed);
        checks.aliases(published);
        checks.fileNames(published, projectRoot);
        Site site = new Site(config, published, heldBack, unreadable, publication);
        checks.menu(site);
        return site;
    }

    /** An article from its file, or as read before when the file has not changed since (unless {@code fresh}). */
    private Optional<Article> read(Path path, String file, Language language, boolean fresh) {
        Optional<ArticleCache.Entry> known = fresh ? Optional.empty() : cache.get(path, language);
        if (known.isPresent()) {
            seen.put(path, known.get());
            problems.addAll(known.get().problems());
            return known.get().article();
        }
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(path);
            size = Files.size(path);
        } catch (IOException e) {
            return SourceText.read(path, file, problems).flatMap(text -> ArticleFile.parse(file, text, language, problems));
        }
        Problems own = new Problems();
        Optional<Article> article = SourceText.read(path, file, own).flatMap(text -> ArticleFile.parse(file, text, language, own));
        problems.addAll(own.sorted());
        seen.put(path, new ArticleCache.Entry(modified, size, language, article, own.sorted()));
        return article;
    }

    private void reportStrayEntries(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            problems.at("content", 0, "the content folder is missing", "create content/ with site.yaml and a folder per language");
            return;
        }
        try (Stream<Path> entries = Files.list(contentDir)) {
            entries.map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                boolean isLanguage = config.language(name).isPresent();
                if (!isLanguage && !NOT_ARTICLES.contains(name) && !name.startsWith(".")) {
                    String hint = Files.isDirectory(contentDir.resolve(name))
                            ? "articles go in a language folder (" + codes() + "); add the language to content/site.yaml or move the folder out of content/"
                            : "articles go in a language folder (" + codes() + ")";
                    problems.at("content/" + name, 0, "is not part of the site", hint);
                }
            });
        } catch (IOException e) {
            problems.at("content", 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
        }
    }

    /** The Markdown files of a language, as project-relative names, folders to any depth, in sorted order. */
    private List<String> markdownFiles(Path projectRoot, Language language) {
        List<String> files = new ArrayList<>();
        String top = "content/" + language.code();
        if (Files.isDirectory(projectRoot.resolve(top))) collect(projectRoot, top, 1, files);
        return files;
    }

    private void collect(Path projectRoot, String folder, int depth, List<String> files) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(projectRoot.resolve(folder))) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            problems.at(folder, 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return;
        }
        for (Path path : entries) {
            String name = path.getFileName().toString();
            String file = folder + "/" + name;
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (depth >= MAX_DEPTH) {
                    problems.at(file, 0, "is more than " + MAX_DEPTH + " folders deep", "move it nearer the language's folder");
                } else {
                    collect(projectRoot, file, depth + 1, files);
                }
            } else if (name.equals("_index.md")) {
                problems.at(file, 0, "is Hugo's name for a folder's own page", "rename it index.md");
            } else if (!name.endsWith(".md")) {
                problems.at(file, 0, "is not a Markdown article",
                        "only .md files are read in " + folder + "/; rename it to .md, or move a picture or document to content/media/");
            } else {
                files.add(file);
            }
        }
    }

    private String codes() {
        return String.join(", ", config.languages().stream().map(l -> "content/" + l.code() + "/").toList());
    }
}
