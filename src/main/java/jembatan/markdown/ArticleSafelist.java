package jembatan.markdown;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The HTML an article may contain, as a policy apart from the mechanism (jsoup's cleaner): what
 * Markdown itself writes (headings with ids, lists, tables, quotes, code, emphasis, links and
 * pictures), what Jembatan adds (fact values in {@code data}/{@code time}, box markers), and the
 * few raw elements an editor may need ({@code sup}, {@code sub}, {@code abbr}, {@code figure},
 * spans with {@code lang}). Everything else is dropped, scripts and styles and event handlers
 * first; links keep only http, https, mailto and tel, pictures http and https, so
 * {@code javascript:}, {@code vbscript:} and {@code data:} addresses are dropped.
 */
public final class ArticleSafelist {
    /** Addresses with a scheme other than the allowed ones, to decide quickly whether a body needs cleaning. */
    private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

    private static final Safelist POLICY = Safelist.relaxed()
            .removeTags("img")
            .addTags("img", "figure", "figcaption", "abbr", "hr", "del", "s", "ins", "mark", "small", "data", "time", "section",
                    RenderedMarkdown.BOX_MARKER)
            .addAttributes(":all", "id", "lang", "dir", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("a", "href", "hreflang", "rel")
            .addAttributes("abbr", "title")
            .addAttributes("code", "class")
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

    /** The body with everything outside the policy removed. */
    public static String clean(String html) {
        // A base address lets the cleaner judge relative links; they are kept as written.
        return Jsoup.clean(html, "https://jembatan.invalid/", POLICY, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }
}
