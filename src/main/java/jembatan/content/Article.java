package jembatan.content;

import java.util.Optional;
import jembatan.config.Language;

/**
 * One page in one language, as the editor wrote it: its file, its language, the key that pairs
 * it with its translations, the URL segment it is published under, its front matter, and its
 * Markdown body with the line the body starts at (so problems in the body name file lines).
 * A folder under a language's folder is a section: its page is its {@code index.md}, or, where
 * the editor wrote none, a page the build makes with the folder's name as its title (its file
 * is then the folder, ending in {@code /}). A language's home page is the section of the
 * language's folder itself, published at {@code /<lang>/}.
 *
 * <p>{@code folder} is the folder a page is in, relative to its language's folder ({@code ""}
 * or {@code learn/go}); for a section, the folder it is the page of. {@code oneLanguage} says
 * that the page is published in its own language only, by its own {@code translation: none} or
 * its folder's. {@code sitePath} is where it is published, with the slugs of the sections above
 * it: {@code /id/belajar/go/dasar/}.
 */
public record Article(String file, Language language, String key, String slug, FrontMatter front,
                      String body, int bodyLine, Kind kind, String folder, boolean oneLanguage, String sitePath) {

    public static final String HOME_KEY = "index";

    /** What a page is to the site's tree. */
    public enum Kind {
        /** A language's home page: the section of the language's folder. */
        HOME,
        /** The page of a folder below it. */
        SECTION,
        /** Any other page. */
        PAGE,
        /** The page the build makes for a tag: the pages that carry it. */
        TOPIC,
        /** The page the build makes that lists a language's tags. */
        TOPICS
    }

    // Builds look articles up by value in maps many times per page; the file and the (cached)
    // hash of the body tell them apart without hashing the whole front matter every time.
    @Override
    public int hashCode() {
        return file.hashCode() * 31 + body.hashCode();
    }

    /** The same article published at {@code sitePath}, one-language or not: where the tree it is in places it. */
    public Article placed(String sitePath, boolean oneLanguage) {
        if (sitePath.equals(this.sitePath) && oneLanguage == this.oneLanguage) return this;
        return new Article(file, language, key, slug, front, body, bodyLine, kind, folder, oneLanguage, sitePath);
    }

    public boolean home() {
        return kind == Kind.HOME;
    }

    /** Whether this is the page of a folder (the home page's folder included), which lists what the folder holds. */
    public boolean section() {
        return kind == Kind.HOME || kind == Kind.SECTION;
    }

    /** Whether this page shows a list, paged: a section's, a tag's, or the tags'. */
    public boolean lists() {
        return kind != Kind.PAGE;
    }

    /** Whether the build made this page, for a folder without an {@code index.md} or for tags; no editor's file is behind it. */
    public boolean generated() {
        return kind == Kind.TOPIC || kind == Kind.TOPICS || file.endsWith("/");
    }

    /**
     * The folder whose section lists this page: its own folder for a page, the one above for a
     * section; none for a home page and the pages of tags, which no folder holds.
     */
    public Optional<String> parentFolder() {
        if (home() || kind == Kind.TOPIC || kind == Kind.TOPICS) return Optional.empty();
        if (kind == Kind.PAGE) return Optional.of(folder);
        int slash = folder.lastIndexOf('/');
        return Optional.of(slash < 0 ? "" : folder.substring(0, slash));
    }

    /** The name of the page's template under {@code templates/}, without {@code .ftlh}. */
    public String template() {
        return front.template().orElse(switch (kind) {
            case HOME -> "home";
            case SECTION -> "section";
            case PAGE -> "article";
            case TOPIC -> "tag";
            case TOPICS -> "tags";
        });
    }

    public String title() {
        return front.title();
    }

    /** The short label menus and breadcrumbs show: {@code menu_title}, or the title. */
    public String label() {
        return front.menuTitle().orElse(front.title());
    }

    public boolean draft() {
        return front.draft();
    }
}
