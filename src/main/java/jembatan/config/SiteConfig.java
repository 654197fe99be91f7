package jembatan.config;

import java.util.List;
import java.util.Optional;

/**
 * The site as {@code content/site.yaml} describes it: where it is published, its languages in
 * the order the language switcher and the language chooser show them (the default one first),
 * who publishes it (for search engines' structured data), the custom domain GitHub Pages
 * should answer to, if any, how many entries a page of a section's list shows
 * ({@code paginate}), how many of the newest articles a language's feed carries
 * ({@code feedLimit}), the top menu it declares, and the tags that pair across languages.
 */
public record SiteConfig(BaseUrl baseUrl, List<Language> languages, Language defaultLanguage, String publisher, Optional<String> cname,
                         int paginate, int feedLimit, Menu menu, TopicPairs topics) {

    public static final String FILE = "content/site.yaml";

    /**
     * Articles per page of a home page's list, and entries in a feed, when site.yaml does not
     * say: a page a reader can scan, and a feed a reader's program can fetch every hour.
     */
    public static final int DEFAULT_PAGINATE = 20;
    public static final int DEFAULT_FEED_LIMIT = 20;

    public SiteConfig {
        languages = List.copyOf(languages);
        if (paginate < 1 || feedLimit < 1) throw new IllegalArgumentException("paginate and feed_limit are at least 1");
    }

    /** A site published by whoever its default language's title names, on GitHub's own domain. */
    public SiteConfig(BaseUrl baseUrl, List<Language> languages, Language defaultLanguage) {
        this(baseUrl, languages, defaultLanguage, defaultLanguage.title(), Optional.empty(), DEFAULT_PAGINATE, DEFAULT_FEED_LIMIT, Menu.NONE, TopicPairs.NONE);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public SiteConfig withBaseUrl(BaseUrl other) {
        return new SiteConfig(other, languages, defaultLanguage, publisher, cname, paginate, feedLimit, menu, topics);
    }

    /** The same site with {@code size} articles on each page of a home page's list. */
    public SiteConfig withPaginate(int size) {
        return new SiteConfig(baseUrl, languages, defaultLanguage, publisher, cname, size, feedLimit, menu, topics);
    }
}
