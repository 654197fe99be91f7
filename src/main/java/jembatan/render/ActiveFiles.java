package jembatan.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import jembatan.report.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The files under {@code content/media/} and {@code templates/assets/} that a browser would run
 * rather than show, refused before they are published as they are. The site serves them from its
 * own address, where a script acts as the site: it can read the preview's drafts, change what a
 * page says, or send readers elsewhere, and no allow-list has looked at it. So an HTML file is
 * refused outright (a page is written as an article), and an SVG file is published only when it
 * holds no script: no {@code <script>}, {@code <foreignObject>} (HTML inside the picture),
 * {@code <iframe>}, {@code <embed>} or {@code <object>}, no event handler ({@code onload=}), no
 * address with a scheme other than http, https or mailto ({@code javascript:}, {@code data:}
 * but an embedded picture's {@code data:image/}),
 * no animation that sets an address or a handler, no style sheet instruction and no entity
 * declarations. A clean SVG is published byte for byte, as before; the policy refuses rather
 * than cleans, so that what is published is what the designer or editor drew.
 */
final class ActiveFiles {
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "svgz");
    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "data");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern SCRIPT_IN_STYLE = Pattern.compile("(?i)javascript:|expression\\s*\\(|@import|behavior\\s*:|-moz-binding");

    private ActiveFiles() {
    }

    /** Why the file {@code name} (as the editor or designer sees it) may not be published, if it may not. */
    static Optional<Problem> refusal(String name, byte[] bytes) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (HTML.contains(extension)) {
            return Optional.of(Problem.at(name, 0, extension.equals("svgz")
                            ? "a compressed SVG cannot be checked for script, so it is not published"
                            : "an HTML file is not published from " + folderOf(name) + ": the site would serve it from its own address, scripts and all",
                    extension.equals("svgz") ? "publish it uncompressed, as .svg" : "write the page as an article in content/<language>/, or publish the file elsewhere and link to it"));
        }
        if (!extension.equals("svg")) return Optional.empty();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("<!ENTITY")) return svgProblem(name, lineOf(text, text.indexOf("<!ENTITY")), "declares an entity (<!ENTITY>)");
        int stylesheet = text.toLowerCase(Locale.ROOT).indexOf("<?xml-stylesheet");
        if (stylesheet >= 0) return svgProblem(name, lineOf(text, stylesheet), "links a style sheet that may transform it (<?xml-stylesheet?>)");
        Document svg = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        AtomicReference<Optional<Problem>> found = new AtomicReference<>(Optional.empty());
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Optional<String> why = why(node);
                if (why.isEmpty()) return FilterResult.CONTINUE;
                found.set(svgProblem(name, node.sourceRange().start().lineNumber(), why.get()));
                return FilterResult.STOP;
            }
        }, svg);
        return found.get();
    }

    /** What in this node would run, if anything. */
    private static Optional<String> why(Node node) {
        if (node instanceof DataNode data && SCRIPT_IN_STYLE.matcher(data.getWholeData()).find()) {
            return Optional.of("has style rules that load or run something (" + firstMatch(data.getWholeData()) + ")");
        }
        if (!(node instanceof Element element)) return Optional.empty();
        String tag = local(element.tagName());
        if (REFUSED_ELEMENTS.contains(tag)) return Optional.of("has a <" + element.tagName() + "> element");
        if (SCRIPT_IN_STYLE.matcher(element.ownText()).find() && tag.equals("style")) {
            return Optional.of("has style rules that load or run something (" + firstMatch(element.ownText()) + ")");
        }
        for (Attribute attribute : element.attributes()) {
            String key = local(attribute.getKey());
            String value = attribute.getValue().strip();
            String shown = "<" + element.tagName() + " " + attribute.getKey() + "=\"" + abbreviate(attribute.getValue()) + "\">";
            if (key.startsWith("on")) return Optional.of("has the event handler " + shown);
            if (ADDRESSES.contains(key) && !allowedAddress(value)) return Optional.of("links to an address that would run or embed something, " + shown);
            if (key.equals("style") && SCRIPT_IN_STYLE.matcher(value).find()) return Optional.of("has a style that loads or runs something, " + shown);
            if (ANIMATIONS.contains(tag) && key.equals("attributename")) {
                String target = local(value.toLowerCase(Locale.ROOT));
                if (target.startsWith("on") || ADDRESSES.contains(target)) return Optional.of("has an animation that sets " + value + ", " + shown);
            }
        }
        return Optional.empty();
    }

    private static boolean allowedAddress(String value) {
        String plain = value.replaceAll("[\\s\\x00-\\x1f]", "");
        var scheme = SCHEME.matcher(plain);
        if (!scheme.find()) return true;
        // A picture embedded in the drawing, as drawing programs write them: shown, never run.
        if (plain.regionMatches(true, 0, "data:image/", 0, "data:image/".length())) return true;
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https", "mailto" -> true;
            default -> false;
        };
    }

    private static Optional<Problem> svgProblem(String name, int line, String what) {
        return Optional.of(Problem.at(name, line, "this SVG file " + what + ", and an SVG that the site publishes may hold no script",
                "remove it; a picture needs none, and the site would serve the file from its own address, where a script acts as the site"));
    }

    private static String local(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(lower.indexOf(':') + 1);
    }

    private static String folderOf(String name) {
        return name.startsWith(Assets.MEDIA) ? Assets.MEDIA + "/" : Assets.FOLDER + "/";
    }

    private static String firstMatch(String text) {
        var matcher = SCRIPT_IN_STYLE.matcher(text);
        return matcher.find() ? matcher.group() : "";
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
