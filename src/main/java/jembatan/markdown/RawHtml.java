package jembatan.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.report.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * How an editor's raw HTML is read, before the allow-list ({@link ArticleSafelist}) cleans it.
 * Two rules. An inline tag is HTML only when its name is a known HTML element written in
 * lowercase; anything else is text, so {@code IEnumerable<T>}, {@code Vec<u8>} and
 * {@code <Foo>} are shown as written instead of vanishing as unknown tags. And every element or
 * attribute the allow-list will remove is a warning at its line, naming it, so that nothing an
 * editor wrote is dropped in silence.
 */
final class RawHtml {
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

    private RawHtml() {
    }

    /** Whether an inline "tag" is text: its name is not a known HTML element in lowercase ({@code <T>}). */
    static boolean isText(HtmlInline inline) {
        Matcher name = TAG_NAME.matcher(inline.getChars());
        if (!name.find()) return false; // a comment, a processing instruction, a declaration
        String tag = name.group(1);
        return !tag.equals(tag.toLowerCase(Locale.ROOT)) || !Tag.isKnownTag(tag);
    }

    /**
     * A warning for each element and attribute of {@code html} (raw HTML written at
     * {@code line} of {@code file}) that the allow-list removes.
     */
    static void report(String html, String file, int line, List<Problem> warnings) {
        // The XML parser takes the tags as written, wherever they stand, and keeps their lines;
        // the base address lets the allow-list judge relative links as the cleaner does.
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        for (Element element : Jsoup.parse(html, ArticleSafelist.BASE, parser).getAllElements()) {
            if (element.parent() == null) continue; // the document itself
            int at = line + element.sourceRange().start().lineNumber() - 1;
            String tag = element.normalName();
            if (!ArticleSafelist.editorMayWrite(tag)) {
                warnings.add(Problem.warningAt(file, at, "<" + tag + "> is not allowed in an article and was removed (its text, if any, is kept)",
                        hintFor(tag)));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (ArticleSafelist.allowsAttribute(tag, element, attribute)) continue;
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                warnings.add(Problem.warningAt(file, at, "attribute " + name + "=\"" + attribute.getValue() + "\" of <" + tag
                        + "> is not allowed in an article and was removed", attributeHint(name)));
            }
        }
    }

    private static String hintFor(String tag) {
        return switch (tag) {
            case "script", "noscript" -> "published pages run no script; remove it";
            case "style", "link" -> "styles come from templates/assets/style.css; remove it";
            case "iframe", "embed", "object", "video", "audio" -> "link to it instead: [Watch the video](https://...)";
            case "form", "input", "button", "select", "textarea" -> "an article has no forms; remove it";
            default -> "remove it, or write it in Markdown; section 4 of content/README.md lists the HTML an article may use";
        };
    }

    private static String attributeHint(String name) {
        if (name.startsWith("on")) return "published pages run no script; remove it";
        if (name.equals("style") || name.equals("class")) return "styles come from templates/assets/style.css; remove it";
        if (name.equals("href") || name.equals("src")) return "use an http:, https:, mailto: or tel: address (pictures: http: or https:)";
        return "remove it; section 4 of content/README.md lists the attributes an article may use";
    }
}
