package jembatan.markdown;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML an article may contain, as a policy apart from the mechanism (jsoup's cleaner): what
 * Markdown itself writes (headings with ids, lists, tables, quotes, code, emphasis, links and
 * pictures, task lists and footnotes), what Jembatan adds (fact values in {@code data}/{@code time},
 * box markers), and the few raw elements an editor may need ({@code sup}, {@code sub}, {@code abbr},
 * {@code figure}, {@code details}, spans with {@code lang}). A task list's checkbox is the one
 * {@code input} kept, and only as the first thing in a task list item, disabled. Everything else
 * is dropped (and reported, by {@link RawHtml}), scripts and styles and event handlers
 * first; links keep only http, https, mailto and tel, pictures http and https, so
 * {@code javascript:}, {@code vbscript:} and {@code data:} addresses are dropped.
 */
public final class ArticleSafelist {
    /** Addresses with a scheme other than the allowed ones, to decide quickly whether a body needs cleaning. */
    private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

    /** The address the cleaner judges relative links against; they are kept as written. */
    static final String BASE = "https://jembatan.invalid/";
    /** The class flexmark gives a task list item, the one place a checkbox may stand. */
    static final String TASK_ITEM = "task-list-item";

    private static final Safelist POLICY = Safelist.relaxed()
            .removeTags("img")
            .addTags("img", "figure", "figcaption", "abbr", "hr", "del", "s", "ins", "mark", "small", "data", "time", "section",
                    "details", "summary", "input", RenderedMarkdown.BOX_MARKER)
            .addAttributes(":all", "id", "lang", "dir", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("a", "href", "hreflang", "rel")
            .addAttributes("abbr", "title")
            .addAttributes("code", "class")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("li", "class")
            .addAttributes("div", "class")
            .addAttributes("a", "class")
            .addAttributes("span", "class", "data-fact")
            .addAttributes("data", "class", "data-fact", "value")
            .addAttributes("time", "class", "data-fact", "datetime")
            .addAttributes("th", "scope", "align", "colspan", "rowspan")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addAttributes(RenderedMarkdown.BOX_MARKER, "box")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private ArticleSafelist() {
    }

    /** Whether an address is one an article may use: relative, or http, https, mailto, tel. */
    public static boolean allowedAddress(String url) {
        var scheme = SCHEME.matcher(url);
        if (!scheme.find()) return true;
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https", "mailto", "tel" -> true;
            default -> false;
        };
    }

    /** Whether an editor may write this element in raw HTML (the checkbox is the task list's, not theirs). */
    static boolean editorMayWrite(String tag) {
        return POLICY.isSafeTag(tag) && !tag.equals("input");
    }

    /** Whether the cleaner keeps this attribute of an element (its name, and for an address, its scheme). */
    static boolean allowsAttribute(String tag, Element element, Attribute attribute) {
        return POLICY.isSafeAttribute(tag, element, attribute);
    }

    /** The body with everything outside the policy removed. */
    public static String clean(String html) {
        // A base address lets the cleaner judge relative links; they are kept as written.
        Document clean = new Cleaner(POLICY).clean(Jsoup.parseBodyFragment(html, BASE));
        // jsoup's policy cannot say where an element may stand: a checkbox stays only where a task list puts it.
        for (Element input : clean.body().select("input")) {
            Element item = input.parent();
            if (item != null && item.nameIs("li") && item.hasClass(TASK_ITEM) && item.firstElementChild() == input) {
                // Named by its task, as a <label> around it would: a checkbox without a name is read as "checkbox" alone.
                input.attr("type", "checkbox").attr("disabled", true).attr("aria-label", item.text().strip());
            } else {
                input.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
