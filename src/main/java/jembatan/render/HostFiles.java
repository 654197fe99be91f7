package jembatan.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.Site;

/**
 * The files a host and crawlers look for besides the pages: {@code .nojekyll} (GitHub Pages
 * publishes the site as built, without Jekyll), {@code robots.txt} naming the sitemap,
 * {@code CNAME} when the site has its own domain, the sitemap and a feed per language. Each
 * list remembers what it was made from, so that a rebuild of an edited site makes again only
 * the lists the edit shows in (a new title reaches its language's feed, not the sitemap).
 */
public record HostFiles(SortedMap<String, byte[]> files, Map<String, Object> madeFrom) {
    public static final HostFiles NONE = new HostFiles(new TreeMap<>(), Map.of());

    /** The host files of {@code site}, reusing those of {@code previous} (a build of the same configuration) whose inputs are the same. */
    public static HostFiles of(Site site, HostFiles previous) {
        return of(site, previous, false, language -> false);
    }

    /**
     * The host files of {@code site}, made from {@code previous} by editing articles in place
     * ({@code edits}: each as it was, and as it is, at the same address): the sitemap is looked at
     * again only when an edit changed what it shows of an article, and a feed only when an article
     * of its language was edited, so that a preview's save does not walk the whole archive.
     */
    public static HostFiles afterEditing(Site site, HostFiles previous, Map<Article, Article> edits) {
        boolean sameSitemap = edits.entrySet().stream().allMatch(edit -> Sitemap.entry(edit.getKey()).equals(Sitemap.entry(edit.getValue())));
        java.util.Set<Language> edited = new java.util.HashSet<>();
        for (Article article : edits.values()) edited.add(article.language());
        return of(site, previous, sameSitemap, language -> !edited.contains(language));
    }

    private static final String SITEMAP = "sitemap.xml";

    private static HostFiles of(Site site, HostFiles previous, boolean sameSitemap, java.util.function.Predicate<Language> sameFeed) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<String, Object> madeFrom = new HashMap<>();
        files.put(".nojekyll", new byte[0]);
        files.put("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl().absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        site.config().cname().ifPresent(domain -> files.put("CNAME", (domain + "\n").getBytes(StandardCharsets.UTF_8)));
        if (!(sameSitemap && reuse(SITEMAP, previous, files, madeFrom))) {
            make(SITEMAP, Sitemap.shows(site), () -> Sitemap.of(site), previous, files, madeFrom);
        }
        for (Language language : site.config().languages()) {
            String feed = Feed.path(language).substring(1);
            if (sameFeed.test(language) && reuse(feed, previous, files, madeFrom)) continue;
            make(feed, Feed.shows(site, language), () -> Feed.of(site, language), previous, files, madeFrom);
        }
        return new HostFiles(files, madeFrom);
    }

    /** Takes the file as {@code previous} made it, when it has it. */
    private static boolean reuse(String file, HostFiles previous, SortedMap<String, byte[]> files, Map<String, Object> madeFrom) {
        if (!previous.files().containsKey(file)) return false;
        files.put(file, previous.files().get(file));
        madeFrom.put(file, previous.madeFrom().get(file));
        return true;
    }

    private static void make(String file, Object inputs, Supplier<byte[]> maker, HostFiles previous, SortedMap<String, byte[]> files,
                             Map<String, Object> madeFrom) {
        boolean same = inputs.equals(previous.madeFrom().get(file)) && previous.files().containsKey(file);
        files.put(file, same ? previous.files().get(file) : maker.get());
        madeFrom.put(file, inputs);
    }
}
