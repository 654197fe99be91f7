package jembatan.render;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import jembatan.config.Language;
import jembatan.content.Site;

/**
 * The files a host and crawlers look for besides the pages: {@code .nojekyll} (GitHub Pages
 * publishes the site as built, without Jekyll), {@code robots.txt} naming the sitemap,
 * {@code CNAME} when the site has its own domain, the sitemap and a feed per language.
 */
public final class HostFiles {
    private HostFiles() {
    }

    public static SortedMap<String, byte[]> of(Site site) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(".nojekyll", new byte[0]);
        files.put("robots.txt", ("User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl().absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        site.config().cname().ifPresent(domain -> files.put("CNAME", (domain + "\n").getBytes(StandardCharsets.UTF_8)));
        files.put("sitemap.xml", Sitemap.of(site));
        for (Language language : site.config().languages()) files.put(Feed.path(language).substring(1), Feed.of(site, language));
        return files;
    }
}
