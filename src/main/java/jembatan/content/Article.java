package jembatan.content;

import jembatan.config.Language;

/**
 * One article in one language, as the editor wrote it: its file, its language, the key that pairs
 * it with its translations, the URL segment it is published under, its front matter, and its
 * Markdown body with the line the body starts at (so problems in the body name file lines).
 * A language's home page ({@code index.md}) is an article too, published at {@code /<lang>/}.
 */
public record Article(String file, Language language, String key, String slug, FrontMatter front,
                      String body, int bodyLine, boolean home) {

    public static final String HOME_KEY = "index";

    /** Where the page is published, as a site path: {@code /id/perundingan-istanbul/} or {@code /id/}. */
    public String sitePath() {
        return home ? language.homePath() : language.homePath() + slug + "/";
    }

    /** The name of the page's template under {@code templates/}, without {@code .ftlh}. */
    public String template() {
        return front.template().orElse(home ? "home" : "article");
    }

    public String title() {
        return front.title();
    }

    public boolean draft() {
        return front.draft();
    }
}
