package jembatan.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import jembatan.config.Language;
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

    public static HostFiles of(Site site) {
        return of(site, NONE);
    }

    /** The host files of {@code site}, reusing those of {@code previous} (a build of the same configuration) whose inputs are the same. */
    public static HostFiles of(Site site, HostFiles previous) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<String, Object> madeFrom = new HashMap<>();
        files.put(".nojekyll", new byte[0]);
        files.put("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl().absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        site.config().cname().ifPresent(domain -> files.put("CNAME", (domain + "\n").getBytes(StandardCharsets.UTF_8)));
        make("sitemap.xml", Sitemap.shows(site), () -> Sitemap.of(site), previous, files, madeFrom);
        for (Language language : site.config().languages()) {
            make(Feed.path(language).substring(1), Feed.shows(site, language), () -> Feed.of(site, language), previous, files, madeFrom);
        }
        return new HostFiles(files, madeFrom);
    }

    private static void make(String file, Object inputs, Supplier<byte[]> maker, HostFiles previous, SortedMap<String, byte[]> files,
                             Map<String, Object> madeFrom) {
        boolean same = inputs.equals(previous.madeFrom().get(file)) && previous.files().containsKey(file);
        files.put(file, same ? previous.files().get(file) : maker.get());
        madeFrom.put(file, inputs);
    }
}
