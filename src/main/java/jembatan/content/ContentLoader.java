package jembatan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;
import jembatan.source.SourceText;

/**
 * Reads the articles under {@code content/<lang>/} into a {@link Site}: splits each file into
 * front matter and body, gives it its key and slug, leaves drafts out unless asked for, and
 * checks what only the whole set can show: translations that are missing, keys given twice in one
 * language, two pages on one URL.
 */
public final class ContentLoader {
    /** Folders and files under {@code content/} that are not articles. */
    static final Set<String> NOT_ARTICLES = Set.of("site.yaml", "README.md", "facts", "media");

    private final SiteConfig config;
    private final Publication publication;
    private final Problems problems;
    private final ArticleCache cache;

    private ContentLoader(SiteConfig config, Publication publication, Problems problems, ArticleCache cache) {
        this.config = config;
        this.publication = publication;
        this.cache = cache;
        this.problems = problems;
    }

    public static Site load(Path projectRoot, SiteConfig config, Publication publication, Problems problems) {
        return load(projectRoot, config, publication, problems, new ArticleCache());
    }

    /** Loads the articles, reading again only the files that changed since {@code cache} saw them. */
    public static Site load(Path projectRoot, SiteConfig config, Publication publication, Problems problems, ArticleCache cache) {
        return new ContentLoader(config, publication, problems, cache).load(projectRoot);
    }

    /** Loads every article but drafts (or with them), whatever its date. */
    public static Site load(Path projectRoot, SiteConfig config, boolean includeDrafts, Problems problems) {
        return load(projectRoot, config, Publication.of(includeDrafts), problems);
    }

    /**
     * One article file read again, as {@link #load} would read it, for a preview that knows
     * which file was saved. The cache learns the new version. Site-wide checks (keys, URLs,
     * translations) are not run: the caller re-reads only files whose key, URL and publication
     * it then finds unchanged, and loads the whole site otherwise.
     */
    public static Optional<Article> reread(Path projectRoot, SiteConfig config, Publication publication, String file, Language language,
                                           Problems problems, ArticleCache cache) {
        ContentLoader loader = new ContentLoader(config, publication, problems, cache);
        Path path = projectRoot.resolve(file);
        return loader.read(path, file, language, true);
    }

    private Site load(Path projectRoot) {
        Path contentDir = projectRoot.resolve("content");
        reportStrayEntries(contentDir);
        List<Article> all = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        java.util.Set<Path> present = new java.util.HashSet<>();
        record Source(Path path, String file, Language language) {
        }
        List<Source> sources = new ArrayList<>();
        for (Language language : config.languages()) {
            for (Path path : markdownFiles(contentDir.resolve(language.code()), language)) {
                sources.add(new Source(path, "content/" + language.code() + "/" + path.getFileName(), language));
                present.add(path);
            }
        }
        // Files are read and parsed on all cores; the results keep the order of the files.
        List<Optional<Article>> read = sources.parallelStream().map(source -> read(source.path(), source.file(), source.language(), false)).toList();
        for (int i = 0; i < sources.size(); i++) {
            String file = sources.get(i).file();
            read.get(i).ifPresentOrElse(all::add, () -> unreadable.add(file));
        }
        cache.keepOnly(present);
        List<Article> published = new ArrayList<>();
        List<Article> heldBack = new ArrayList<>();
        for (Article article : all) {
            if (publication.publishes(article)) published.add(article);
            else heldBack.add(article);
        }
        checkKeysAndUrls(published);
        checkTranslations(published, all, unreadable);
        checkHomePages(all);
        return new Site(config, published, heldBack, unreadable, publication);
    }

    /** An article from its file, or as read before when the file has not changed since (unless {@code fresh}). */
    private Optional<Article> read(Path path, String file, Language language, boolean fresh) {
        Optional<ArticleCache.Entry> known = fresh ? Optional.empty() : cache.get(path, language);
        if (known.isPresent()) {
            problems.addAll(known.get().problems());
            return known.get().article();
        }
        java.nio.file.attribute.FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(path);
            size = Files.size(path);
        } catch (IOException e) {
            return SourceText.read(path, file, problems).flatMap(text -> article(file, text, language, problems));
        }
        Problems own = new Problems();
        Optional<Article> article = SourceText.read(path, file, own).flatMap(text -> article(file, text, language, own));
        problems.addAll(own.sorted());
        cache.put(path, language, modified, size, article, own.sorted());
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

    private List<Path> markdownFiles(Path dir, Language language) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = new ArrayList<>();
            for (Path path : entries.sorted().toList()) {
                String name = path.getFileName().toString();
                String file = "content/" + language.code() + "/" + name;
                if (name.startsWith(".")) continue;
                if (Files.isDirectory(path)) {
                    problems.at(file, 0, "articles cannot be in sub-folders yet", "move its files up into content/" + language.code() + "/");
                } else if (!name.endsWith(".md")) {
                    problems.at(file, 0, "is not a Markdown article", "only .md files are read in content/" + language.code() + "/; rename it to .md or move it out");
                } else {
                    files.add(path);
                }
            }
            return files;
        } catch (IOException e) {
            problems.at("content/" + language.code(), 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return List.of();
        }
    }

    /** An article from its text; its mistakes go to {@code found}, which the cache keeps with it. */
    private Optional<Article> article(String file, String text, Language language, Problems found) {
        if (!text.startsWith("---\n")) {
            found.at(file, 1, "the file does not start with front matter",
                    "begin it with a line `---`, then `title: \"...\"` and the other fields, then another `---` line");
            return Optional.empty();
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0 && text.endsWith("\n---")) close = text.length() - 4;
        if (close < 0) {
            found.at(file, 1, "the front matter is not closed", "add a line `---` after the last front matter field");
            return Optional.empty();
        }
        String yaml = text.substring(4, close + 1);
        int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        String body = close + 5 <= text.length() ? text.substring(close + 5) : "";
        Optional<FrontMatter> parsed = FrontMatter.parse(yaml, file, 2, found);
        if (parsed.isEmpty()) return Optional.empty();
        FrontMatter front = parsed.get();

        String baseName = file.substring(file.lastIndexOf('/') + 1, file.length() - 3);
        boolean home = baseName.equals(Article.HOME_KEY);
        if (home && front.slug().isPresent()) {
            found.at(file, front.line("slug"), "a home page has no slug", "remove the slug line; the home page is always at /" + language.code() + "/");
        }
        if (home && front.key().isPresent()) {
            found.at(file, front.line("key"), "a home page has no key", "remove the key line; home pages are paired with each other");
        }
        String key = home ? Article.HOME_KEY : front.key().orElse(baseName);
        String slug = home ? "" : front.slug().orElse(baseName);
        if (!home && !Slug.isValid(slug)) {
            String suggestion = Slug.of(slug);
            found.at(file, front.slug().isPresent() ? front.line("slug") : 1,
                    "slug \"" + slug + "\" is not a single URL segment" + (front.slug().isPresent() ? "" : " (taken from the file name)"),
                    "use lowercase letters, digits and hyphens" + (suggestion.isEmpty() ? "" : ", e.g. \"" + suggestion + "\""));
            return Optional.empty();
        }
        if (!home && key.equals(Article.HOME_KEY)) {
            found.at(file, front.line("key"), "key \"index\" belongs to the home pages", "choose another key");
            return Optional.empty();
        }
        return Optional.of(new Article(file, language, key, slug, front, body, bodyLine, home));
    }

    private void checkKeysAndUrls(List<Article> articles) {
        Map<String, Article> byKey = new HashMap<>();
        Map<String, Article> byUrl = new HashMap<>();
        for (Article article : articles) {
            Article sameKey = byKey.putIfAbsent(article.language().code() + "\n" + article.key(), article);
            if (sameKey != null) {
                problems.at(article.file(), article.front().line("key"), "key \"" + article.key() + "\" is also the key of " + sameKey.file(),
                        "each article in a language needs its own key; change one of them");
            }
            String folded = article.sitePath().toLowerCase(Locale.ROOT);
            Article sameUrl = byUrl.putIfAbsent(folded, article);
            if (sameUrl != null && sameKey == null) {
                problems.at(article.file(), article.front().line("slug"), "is published at " + article.sitePath() + ", the URL of " + sameUrl.file() + " too",
                        "give one of them another slug");
            }
        }
    }

    private void checkTranslations(List<Article> published, List<Article> all, List<String> unreadable) {
        Map<String, Map<String, Article>> everyVersion = new TreeMap<>();
        for (Article article : all) {
            everyVersion.computeIfAbsent(article.key(), k -> new TreeMap<>()).putIfAbsent(article.language().code(), article);
        }
        for (Article article : published) {
            if (article.draft() || publication.scheduled(article)) continue;
            for (Language other : config.languages()) {
                if (other.equals(article.language())) continue;
                Article translation = everyVersion.get(article.key()).get(other.code());
                String expected = "content/" + other.code() + "/" + (article.home() ? "index" : article.key()) + ".md";
                if (translation == null && unreadable.contains(expected)) continue;
                if (translation == null) {
                    problems.at(article.file(), 1, "has no " + other.name() + " (" + other.code() + ") translation",
                            "add " + expected + (article.home() ? "" : " (or any file with `key: " + article.key() + "`)") + ", or mark this article `draft: true`");
                } else if (!publication.publishes(translation)) {
                    problems.at(article.file(), 1, "its " + other.name() + " (" + other.code() + ") translation " + translation.file() + " is " + publication.reasonHeldBack(translation),
                            translation.draft() ? "publish both together: remove `draft: true` there, or add it here"
                                    : "publish both together: give both the same date");
                }
            }
        }
    }

    /** Every language needs a home page; when none has one, the pairing check cannot say so. */
    private void checkHomePages(List<Article> all) {
        if (all.stream().anyMatch(Article::home)) return;
        for (Language language : config.languages()) {
            problems.at("content/" + language.code() + "/index.md", 0, "the " + language.name() + " home page is missing",
                    "create it with front matter `title: \"...\"` and a short introduction");
        }
    }

    private String codes() {
        return String.join(", ", config.languages().stream().map(l -> "content/" + l.code() + "/").toList());
    }
}
