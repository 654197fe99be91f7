package jembatan.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jembatan.config.Language;
import jembatan.config.Menu;
import jembatan.config.SiteConfig;
import jembatan.report.Problems;
import jembatan.report.Suggestion;

/**
 * What only the whole set of pages can show: a key given twice in one language, two pages on one
 * address, a page without its translation (unless it is one-language by choice), a one-language
 * page that has a translation after all, a language without a home page, and a menu entry that
 * leads to no page. Each problem is at the file that can be fixed.
 */
final class ContentChecks {
    private final SiteConfig config;
    private final Publication publication;
    private final Problems problems;

    ContentChecks(SiteConfig config, Publication publication, Problems problems) {
        this.config = config;
        this.publication = publication;
        this.problems = problems;
    }

    void keysAndUrls(List<Article> articles) {
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
                Article page = sameUrl.generated() || !article.generated() ? article : sameUrl;
                Article made = page == article ? sameUrl : article;
                String hint = !made.generated() ? "give one of them another slug"
                        : made.kind() == Article.Kind.SECTION ? "move it into " + made.file() + " as its index.md, or give it another slug"
                        : made.sitePath() + " is where the build publishes the pages of tags; give this page another slug";
                problems.at(page.file(), page.front().line("slug"), "is published at " + page.sitePath() + ", the URL of " + made.file() + " too", hint);
            }
        }
    }

    void translations(List<Article> published, List<Article> all, List<String> unreadable) {
        Map<String, Map<String, Article>> everyVersion = new TreeMap<>();
        for (Article article : all) {
            everyVersion.computeIfAbsent(article.key(), k -> new TreeMap<>()).putIfAbsent(article.language().code(), article);
        }
        for (Article article : published) {
            if (article.generated() || article.draft() || publication.scheduled(article)) continue;
            String relative = switch (article.kind()) {
                case HOME -> ArticleFile.INDEX;
                case SECTION -> article.folder() + "/" + ArticleFile.INDEX;
                default -> article.key() + ".md";
            };
            for (Language other : config.languages()) {
                if (other.equals(article.language())) continue;
                Optional<Article> written = Optional.ofNullable(everyVersion.get(article.key()).get(other.code()));
                if (article.oneLanguage()) {
                    written.filter(translation -> !translation.generated()).ifPresent(translation -> oneLanguageWithTranslation(article, translation));
                    continue;
                }
                String expected = "content/" + other.code() + "/" + relative;
                if (written.isEmpty() && unreadable.contains(expected)) continue;
                if (written.isEmpty()) {
                    String key = article.kind() == Article.Kind.PAGE ? " (or any file with `key: " + article.key() + "`)" : "";
                    String alone = article.home() ? "" : " mark it `translation: none` to publish it in " + article.language().name() + " only,";
                    problems.at(article.file(), 1, "has no " + other.name() + " (" + other.code() + ") translation",
                            "add " + expected + key + "," + alone + " or mark this article `draft: true`");
                    continue;
                }
                Article translation = written.get();
                if (!translation.generated() && !publication.publishes(translation)) {
                    problems.at(article.file(), 1, "its " + other.name() + " (" + other.code() + ") translation " + translation.file() + " is " + publication.reasonHeldBack(translation),
                            translation.draft() ? "publish both together: remove `draft: true` there, or add it here"
                                    : "publish both together: give both the same date");
                } else if (!translation.generated() && !article.language().equals(config.defaultLanguage())) {
                    correctionsOfBoth(article, translation);
                }
            }
        }
    }

    /**
     * A correction tells readers of each language what was wrong, so both versions publish it, on
     * the same day; reported once, in the translation (the version not in the default language).
     */
    private void correctionsOfBoth(Article article, Article original) {
        List<java.time.LocalDate> here = article.front().corrections().stream().map(Correction::date).sorted().toList();
        List<java.time.LocalDate> there = original.front().corrections().stream().map(Correction::date).sorted().toList();
        if (here.equals(there)) return;
        int line = article.front().corrections().isEmpty() ? 1 : article.front().line("corrections");
        problems.at(article.file(), line, "a correction is in one language only: corrections here " + dates(here) + ", in "
                        + original.file() + " (its translation) " + dates(there),
                "publish each correction in both languages, with the same date: add it where it is missing, or remove it");
    }

    private static String dates(List<java.time.LocalDate> dates) {
        return dates.isEmpty() ? "none" : String.join(", ", dates.stream().map(Object::toString).toList());
    }

    private void oneLanguageWithTranslation(Article article, Article translation) {
        boolean own = article.front().oneLanguage();
        problems.at(article.file(), own ? article.front().line("translation") : 1,
                (own ? "is marked `translation: none`" : "is in a folder marked `translation: none`") + ", but " + translation.file() + " is its translation",
                own ? "remove `translation: none` to pair them, or give one of them another key"
                        : "remove `translation: none` from the folder's index.md to pair them, or move one of them");
    }

    /** Each old address is a site path a static host can answer with a page, and not the page's own. */
    void aliases(List<Article> articles) {
        Map<String, Article> pages = new HashMap<>();
        for (Article article : articles) pages.putIfAbsent(article.sitePath().toLowerCase(Locale.ROOT), article);
        Map<String, Article> taken = new HashMap<>();
        for (Article article : articles) {
            for (String written : article.front().aliases()) {
                Optional<String> path = Alias.pathOf(written);
                int line = article.front().line("aliases");
                Optional<String> host = hostFile(path.orElse(written));
                if (host.isPresent()) {
                    problems.at(article.file(), line, "alias \"" + written + "\" is the address of " + host.get(),
                            "remove the alias; an old address cannot take the place of a file the site needs");
                } else if (path.isEmpty()) {
                    problems.at(article.file(), line, "alias \"" + written + "\" is not an address this site can keep",
                            "write it as a path from the site's root ending in / or .html, e.g. /en/old-name/ or /news/2019/talks.html");
                } else if (path.get().equals(article.sitePath())) {
                    problems.at(article.file(), line, "alias \"" + written + "\" is the page's own address", "remove it from aliases");
                } else if (pages.containsKey(path.get().toLowerCase(Locale.ROOT))) {
                    problems.at(article.file(), line, "alias \"" + written + "\" is the address of " + pages.get(path.get().toLowerCase(Locale.ROOT)).file(),
                            "an old address cannot lead elsewhere while a page is published there; remove the alias, or give that page another slug");
                } else {
                    Article other = taken.putIfAbsent(path.get().toLowerCase(Locale.ROOT), article);
                    if (other != null && other != article) {
                        problems.at(article.file(), line, "alias \"" + written + "\" is also an alias of " + other.file(),
                                "an old address leads to one page; remove it from one of them");
                    }
                }
            }
        }
    }

    /**
     * The file the build writes for hosts and readers at a site path, if it does: these addresses
     * are the site's own. (The build checks every file it writes against every other too; this
     * says it early, with the other mistakes in the content.)
     */
    private Optional<String> hostFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/assets/")) return Optional.of("the designers' files (assets/)");
        if (lower.startsWith("/media/")) return Optional.of("the pictures and documents of content/media/");
        if (lower.equals("/") || lower.equals("/index.html")) return Optional.of("the page where readers choose a language");
        for (String file : List.of("sitemap.xml", "robots.txt", "404.html", "CNAME", ".nojekyll")) {
            if (lower.equals("/" + file.toLowerCase(Locale.ROOT))) return Optional.of("the file " + file + " that hosts read");
        }
        for (Language language : config.languages()) {
            if (lower.equals(language.homePath() + "feed.xml")) return Optional.of("the " + language.name() + " feed");
        }
        return Optional.empty();
    }

    /** The longest path a file system takes, in bytes (Linux's PATH_MAX, less its final NUL). */
    static final int MAX_PATH_BYTES = 4095;
    /** Where under the project a page's file is written at its deepest: the site moved aside during the swap (see output's SiteWriter). */
    static final String DEEPEST = ".site.staging/previous/";

    /**
     * Every file a page or an old address makes is a path the file system takes, where this
     * project is: no name over {@link Slug#MAX_BYTES}, no path over {@link #MAX_PATH_BYTES}, no
     * {@code :} in an old address (macOS and Windows refuse it). Slugs and folders' names are
     * checked where they are read; this sees what only the whole address shows.
     */
    void fileNames(List<Article> articles, java.nio.file.Path projectRoot) {
        int base = bytes(projectRoot.toAbsolutePath().normalize().toString().replace('\\', '/') + "/" + DEEPEST);
        for (Article article : articles) {
            pathLength(article, article.front().line("slug"), article.sitePath().substring(1) + "index.html", base);
            for (String written : article.front().aliases()) {
                Optional<String> path = Alias.pathOf(written);
                if (path.isEmpty() || hostFile(path.get()).isPresent()) continue; // reported by aliases()
                int line = article.front().line("aliases");
                String file = path.get().substring(1) + (path.get().endsWith("/") ? "index.html" : "");
                Optional<String> longName = java.util.Arrays.stream(file.split("/")).filter(name -> bytes(name) > Slug.MAX_BYTES).findFirst();
                if (written.contains(":")) {
                    problems.at(article.file(), line, "alias \"" + written + "\" has \":\", which some file systems refuse in a name", "write the old address without it");
                } else if (longName.isPresent()) {
                    problems.at(article.file(), line, "alias \"" + Slug.shown(written) + "\" has a part " + bytes(longName.get())
                            + " bytes long in UTF-8; a file system takes names of at most " + Slug.MAX_BYTES + " bytes", "shorten it, or remove the alias");
                } else {
                    pathLength(article, line, file, base);
                }
            }
        }
    }

    private void pathLength(Article article, int line, String file, int base) {
        int length = base + bytes(file);
        if (length <= MAX_PATH_BYTES) return;
        problems.at(article.file(), line, "the file for /" + Slug.shown(file) + " would have a path " + length + " bytes long where this project is; "
                        + "a file system takes paths of at most " + MAX_PATH_BYTES + " bytes",
                "give the page, or the folders above it, shorter slugs, or move the project to a folder with a shorter path");
    }

    private static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Every language needs a home page; when none has one, the pairing check cannot say so. */
    void homePages(List<Article> all) {
        if (all.stream().anyMatch(Article::home)) return;
        for (Language language : config.languages()) {
            problems.at("content/" + language.code() + "/index.md", 0, "the " + language.name() + " home page is missing",
                    "create it with front matter `title: \"...\"` and a short introduction");
        }
    }

    /**
     * Each menu entry leads to a page the build publishes in its language. An entry of a list
     * every language shares that leads nowhere in any of them is one mistake, reported once.
     */
    void menu(Site site) {
        Menu menu = config.menu();
        Map<Menu.Entry, List<Language>> missing = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            for (Menu.Entry entry : menu.of(language)) {
                if (site.menuTarget(language, entry).isPresent()) continue;
                String file = Site.menuFile(language, entry);
                // A draft in the menu joins it when it is published, as a draft joins the lists.
                if (site.whyLeftOut(file).isPresent() || file.endsWith("/" + ArticleFile.INDEX)
                        && site.whyLeftOut(file.substring(0, file.length() - ArticleFile.INDEX.length())).isPresent()) {
                    continue;
                } else if (!menu.listedFor(language) && site.articles().stream().anyMatch(a -> a.oneLanguage() && a.file().endsWith("/" + entry.file()))) {
                    continue; // a one-language page in a menu every language shares: in its own language's menu only
                } else if (!site.isUnreadable(file)) {
                    missing.computeIfAbsent(entry, e -> new ArrayList<>()).add(language);
                }
            }
        }
        missing.forEach((entry, languages) -> {
            Language first = languages.get(0);
            List<String> files = site.articles().stream().filter(a -> a.language().equals(first) && !a.generated()).map(Article::file)
                    .map(f -> f.substring(("content/" + first.code() + "/").length())).toList();
            String where = languages.size() > 1 && languages.size() == config.languages().size()
                    ? "\"" + entry.file() + "\", which is in no language's folder"
                    : String.join(" and ", languages.stream().map(l -> Site.menuFile(l, entry)).toList()) + ", which does not exist";
            problems.at(SiteConfig.FILE, entry.line(), "the menu leads to " + where,
                    Suggestion.didYouMean(entry.file(), files, "name a file of content/" + first.code() + "/, e.g. about.md or learn/index.md"));
        });
    }
}
