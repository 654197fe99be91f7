package jembatan.content;

import jembatan.config.Language;

/**
 * One article in one language, as the editor wrote it: its file, its language, the key that pairs
 * it with its translations, the URL segment it is published under, its front matter, and its
 * Markdown body with the line the body starts at (so problems in the body name file lines).
 * A language's home page ({@code index.md}) is an article too, published at {@code /<lang>/}.
 */
public record Article(String file, Language language, String key, String slug, FrontMatter front,
                      String body, int bodyLine, boolean home, String sitePath) {

    public static final String HOME_KEY = "index";

    /** {@code sitePath} is where the page is published: {@code /id/perundingan-istanbul/} or {@code /id/}. */
    public Article(String file, Language language, String key, String slug, FrontMatter front, String body, int bodyLine, boolean home) {
        this(file, language, key, slug, front, body, bodyLine, home, home ? language.homePath() : language.homePath() + slug + "/");
    }

    // Builds look articles up by value in maps many times per page; the file and the (cached)
    // hash of the body tell them apart without hashing the whole front matter every time.
    @Override
    public int hashCode() {
        return file.hashCode() * 31 + body.hashCode();
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
