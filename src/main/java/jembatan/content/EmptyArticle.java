package jembatan.content;

import java.util.regex.Pattern;
import jembatan.report.Problems;
import jembatan.source.YamlFields;

/**
 * The three things a published page must have, so that no reader meets an empty page and no
 * list or search result shows a bare link: a title, a description, and (for a page that is
 * not a folder's) some text. Each is an error at its line with the fix. A draft is exempt from
 * all three, since it is not published; so are the pages the build makes (a folder without an
 * {@code index.md}, the tags' pages, old addresses), which have no file to fix. A folder's page
 * and a home page list what they hold, so they may have no text of their own.
 */
final class EmptyArticle {
    /** An editor's comment, which no reader sees: a body of comments only is a body without text. */
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private EmptyArticle() {
    }

    /** Reports a missing or empty title, unless the page is a draft. */
    static void title(YamlFields fields, boolean draft, String file, Problems problems) {
        if (draft) return;
        fields.blank("title").ifPresent(blank -> {
            if (blank == YamlFields.Blank.MISSING) {
                problems.at(file, fields.line("title"), "the title is missing", "add a line such as `title: \"The article's title\"`");
            } else {
                problems.at(file, fields.line("title"), "the title is empty", "write the article's title after title:");
            }
        });
    }

    /** Reports a missing or empty description, which lists, feeds and search results show under the title. */
    static void description(YamlFields fields, boolean draft, String file, Problems problems) {
        if (draft) return;
        fields.blank("description").ifPresent(blank -> {
            if (blank == YamlFields.Blank.MISSING) {
                problems.at(file, fields.line("description"), "the description is missing",
                        "add a line such as `description: \"What the article explains, in a sentence\"`; lists and search results show it");
            } else {
                problems.at(file, fields.line("description"), "the description is empty",
                        "write a sentence on what the article explains after description:");
            }
        });
    }

    /**
     * Reports a page without text (its body empty, blank or comments only) at the line that
     * closes its front matter, where the text belongs. A folder's or home page may have none.
     */
    static void text(String body, Article.Kind kind, boolean draft, int closingLine, String file, Problems problems) {
        if (draft || kind != Article.Kind.PAGE || hasText(body)) return;
        problems.at(file, closingLine, "the article has no text",
                "write it below this --- line, or mark the article `draft: true` until it is written");
    }

    static boolean hasText(String body) {
        // Most bodies hold no comment at all: they are read for blanks alone, without a copy of the text.
        if (!body.contains("<!--")) return !body.isBlank();
        return !COMMENT.matcher(body).replaceAll("").isBlank();
    }
}
