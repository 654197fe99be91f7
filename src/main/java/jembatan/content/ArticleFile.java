package jembatan.content;

import java.util.Optional;
import jembatan.config.Language;
import jembatan.report.Problems;

/**
 * One Markdown file as an {@link Article}: its front matter and body split apart, and what its
 * place under the language's folder says of it. {@code index.md} is the page of its folder (the
 * home page in the language's folder itself), any other file a page of the folder it is in. A
 * page's key is its path without {@code .md} ({@code learn/go/basics}), unless {@code key:} says
 * otherwise, so that files of the same path pair across languages; a folder's key is its path
 * and a slash ({@code learn/go/}). The slug is the file's or the folder's name, unless
 * {@code slug:} says otherwise. The address is the one the file would have if every folder
 * above kept its name; {@link SectionTree} gives the real one.
 */
final class ArticleFile {
    static final String INDEX = "index.md";

    private ArticleFile() {
    }

    /** The article written in {@code text}; its mistakes go to {@code found}, which the cache keeps with it. */
    static Optional<Article> parse(String file, String text, Language language, Problems found) {
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
        Optional<FrontMatter> parsed = FrontMatter.read(yaml, file, 2, found);
        if (parsed.isEmpty()) return Optional.empty();
        FrontMatter front = parsed.get();

        String relative = file.substring(("content/" + language.code() + "/").length());
        int slash = relative.lastIndexOf('/');
        String folder = slash < 0 ? "" : relative.substring(0, slash);
        String name = relative.substring(slash + 1);
        String baseName = name.substring(0, name.length() - 3);
        Article.Kind kind = !name.equals(INDEX) ? Article.Kind.PAGE : folder.isEmpty() ? Article.Kind.HOME : Article.Kind.SECTION;
        EmptyArticle.text(body, kind, front.draft(), bodyLine - 1, file, found);
        if (!front.readable()) return Optional.empty();
        if (kind == Article.Kind.HOME && front.slug().isPresent()) {
            found.at(file, front.line("slug"), "a home page has no slug", "remove the slug line; the home page is always at /" + language.code() + "/");
        }
        if (kind != Article.Kind.PAGE && front.key().isPresent()) {
            found.at(file, front.line("key"), kind == Article.Kind.HOME ? "a home page has no key" : "a folder's page has no key",
                    kind == Article.Kind.HOME ? "remove the key line; home pages are paired with each other"
                            : "remove the key line; a folder pairs with the folder of the same name in the other language (set its address with slug:)");
        }
        if (kind == Article.Kind.HOME && front.oneLanguage()) {
            found.at(file, front.line("translation"), "a home page is published in every language",
                    "remove `translation: none` here; put it in the index.md of a folder to publish that folder in one language");
        }
        String ownName = kind == Article.Kind.SECTION ? folder.substring(folder.lastIndexOf('/') + 1) : baseName;
        String key = switch (kind) {
            case HOME -> Article.HOME_KEY;
            case SECTION -> folder + "/";
            default -> front.key().orElse(folder.isEmpty() ? baseName : folder + "/" + baseName);
        };
        String slug = kind == Article.Kind.HOME ? "" : front.slug().orElse(ownName);
        if (kind != Article.Kind.HOME && !Slug.isValid(slug)) {
            String suggestion = Slug.of(slug);
            String source = kind == Article.Kind.SECTION ? "the folder's name" : "the file name";
            found.at(file, front.slug().isPresent() ? front.line("slug") : 1,
                    "slug \"" + slug + "\" is not a single URL segment" + (front.slug().isPresent() ? "" : " (taken from " + source + ")"),
                    "use lowercase letters, digits and hyphens" + (suggestion.isEmpty() ? "" : ", e.g. \"" + suggestion + "\""));
            return Optional.empty();
        }
        java.util.Optional<String> unfit = kind == Article.Kind.HOME ? java.util.Optional.empty() : Slug.unfit(slug);
        if (unfit.isPresent()) {
            String source = kind == Article.Kind.SECTION ? "the folder's name" : "the file name";
            found.at(file, front.slug().isPresent() ? front.line("slug") : 1,
                    "slug \"" + Slug.shown(slug) + "\" " + unfit.get() + (front.slug().isPresent() ? "" : " (taken from " + source + ")"),
                    front.slug().isPresent() ? (Slug.RESERVED.contains(slug) ? "choose another slug" : "shorten it") : "rename the " + (kind == Article.Kind.SECTION ? "folder" : "file") + ", or give it a slug with `slug:`");
            return Optional.empty();
        }
        if (kind == Article.Kind.PAGE && key.equals(Article.HOME_KEY)) {
            found.at(file, front.line("key"), "key \"index\" belongs to the home pages", "choose another key");
            return Optional.empty();
        }
        String path = language.homePath() + (folder.isEmpty() ? "" : folder + "/") + (kind == Article.Kind.PAGE ? slug + "/" : "");
        return Optional.of(new Article(file, language, key, slug, front, body, bodyLine, kind, folder, front.oneLanguage(), path));
    }
}
