package jembatan.hugo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's shortcodes turned into what Jembatan writes: the built-ins that have a plain
 * equivalent ({@code figure} a picture, {@code youtube} a linked still, {@code vimeo} a link,
 * {@code highlight} a fenced block, {@code details} the HTML element, {@code ref} and
 * {@code relref} links to the Markdown file), each counted; any other is left out of the text
 * (a pair's text between its tags is kept) and reported at its SOURCE line. Code is left as
 * typed, but for the escapes Hugo undoes there too ({@code {{</* x *\/>}}} shows {@code {{< x >}}}).
 */
final class Shortcodes {
    private static final Pattern ESCAPED = Pattern.compile("\\{\\{([<%])/\\*\\s*(.*?)\\s*\\*/([>%])}}", Pattern.DOTALL);
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    /** Hugo's built-in shortcodes that have a plain equivalent, and are converted. */
    static final List<String> CONVERTED = List.of("figure", "youtube", "vimeo", "highlight", "details", "ref", "relref");

    private final PageText page;

    Shortcodes(PageText page) {
        this.page = page;
    }

    String convert(String text) {
        // Most pages have no shortcode: no parse for them.
        if (!text.contains("{{")) return text;
        CodeRanges code = CodeRanges.of(text);
        List<ShortcodeCall> calls = ShortcodeCall.all(text, code);
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        Deque<String> openNames = new ArrayDeque<>();
        int at = 0;
        for (int k = 0; k < calls.size(); k++) {
            ShortcodeCall call = calls.get(k);
            out.append(unescapeCode(text.substring(at, call.start()), at, code));
            at = call.end();
            int line = page.line(text, call.start());
            if (call.escaped()) {
                out.append('`').append(call.inner()).append('`');
                page.report().converted("shortcodes written as text ({{</* */>}})");
                continue;
            }
            if (call.closing()) {
                if (!openNames.isEmpty() && openNames.peek().equals(call.name())) {
                    openNames.pop();
                    String closing = open.pop();
                    if (closing.startsWith("\n")) out.setLength(out.toString().stripTrailing().length());
                    out.append(closing);
                } else {
                    page.drop("shortcodes", line, "the closing shortcode " + shown(text, call) + " closes nothing and was left out", "remove it");
                }
                continue;
            }
            int closer = closer(calls, k);
            switch (call.name()) {
                case "highlight" -> {
                    if (closer < 0) {
                        page.drop("shortcodes", line, "{{< highlight >}} has no {{< /highlight >}} and was left out", "write the code in a fenced block: ```lang");
                        continue;
                    }
                    String inner = text.substring(call.end(), calls.get(closer).start()).replaceAll("^[ \\t]*\\n", "").stripTrailing();
                    String fence = fence(inner);
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                    out.append(fence).append(call.param("lang", 0).orElse("")).append('\n').append(inner).append('\n').append(fence);
                    at = calls.get(closer).end();
                    k = closer;
                    page.report().converted("highlight → fenced code");
                }
                case "details" -> {
                    boolean opened = call.param("open").map(v -> v.equals("true")).orElse(false);
                    out.append(opened ? "<details open>" : "<details>").append("\n<summary>")
                            .append(call.param("summary", 0).orElse(page.words("Details", "Rincian"))).append("</summary>\n\n");
                    pushOrClose(closer, "\n\n</details>", call.name(), open, openNames, out);
                    while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == ' ')) at++;
                    page.report().converted("details → <details>");
                }
                case "figure" -> {
                    out.append(figure(call));
                    page.report().converted("figure → picture");
                }
                case "youtube" -> youtube(call, line, out);
                case "vimeo" -> {
                    Optional<String> id = call.param("id", 0);
                    if (id.isEmpty()) {
                        page.drop("shortcodes", line, "{{< vimeo >}} names no video and was left out", "link to the video instead");
                        continue;
                    }
                    out.append('[').append(call.param("title").orElse(page.words("Video on Vimeo", "Video di Vimeo")))
                            .append("](https://vimeo.com/").append(id.get()).append(')');
                    page.report().converted("vimeo → link");
                }
                case "ref", "relref" -> out.append(ref(call, text, line));
                default -> {
                    if (closer >= 0) {
                        pushOrClose(closer, "", call.name(), open, openNames, out);
                        page.drop("shortcodes", line, "the shortcode " + shown(text, call) + " was left out, its text kept",
                                "Jembatan has no shortcodes; write what it added as Markdown, if readers need it");
                    } else {
                        page.drop("shortcodes", line, "the shortcode " + shown(text, call) + " was left out",
                                "Jembatan has no shortcodes; write what it showed as Markdown (a link, a picture), if readers need it");
                    }
                }
            }
        }
        out.append(unescapeCode(text.substring(at), at, code));
        return out.toString();
    }

    private static void pushOrClose(int closer, String closing, String name, Deque<String> open, Deque<String> names, StringBuilder out) {
        if (closer >= 0) {
            open.push(closing);
            names.push(name);
        } else {
            out.append(closing);
        }
    }

    /** The index of the call that closes the one at {@code k}, counting pairs of the same name between; -1 when none does. */
    private static int closer(List<ShortcodeCall> calls, int k) {
        String name = calls.get(k).name();
        int depth = 0;
        for (int j = k + 1; j < calls.size(); j++) {
            ShortcodeCall call = calls.get(j);
            if (!call.name().equals(name) || call.escaped()) continue;
            if (!call.closing()) depth++;
            else if (depth-- == 0) return j;
        }
        return -1;
    }

    private String figure(ShortcodeCall call) {
        String src = call.param("src").map(s -> page.targets().url(s, page.placement()).orElse(s)).orElse("");
        String alt = call.param("alt").or(() -> call.param("caption")).or(() -> call.param("title")).orElse("");
        String title = call.param("title").map(t -> " \"" + t.replace("\"", "\\\"") + "\"").orElse("");
        String picture = "![" + alt.replace("]", "\\]") + "](" + src + title + ")";
        if (call.param("link").isPresent()) {
            String link = call.param("link").get();
            picture = "[" + picture + "](" + page.targets().url(link, page.placement()).orElse(link) + ")";
        }
        return picture + call.param("caption").map(c -> "\n\n*" + c + "*").orElse("");
    }

    private void youtube(ShortcodeCall call, int line, StringBuilder out) {
        Optional<String> id = call.param("id", 0);
        if (id.isEmpty()) {
            page.drop("shortcodes", line, "{{< youtube >}} names no video and was left out", "link to the video instead");
            return;
        }
        String title = call.param("title").orElse(page.words("Video on YouTube", "Video di YouTube"));
        out.append("[![").append(title).append("](https://i.ytimg.com/vi/").append(id.get()).append("/hqdefault.jpg)](https://www.youtube.com/watch?v=")
                .append(id.get()).append(')');
        page.report().converted("youtube → linked still");
    }

    private String ref(ShortcodeCall call, String text, int line) {
        String written = call.param("path", 0).orElse("");
        String language = call.param("lang").orElse(page.placement().language());
        Optional<Placement> target = page.targets().ref(written, language, page.placement());
        boolean inLink = inLink(text, call.start());
        if (target.isEmpty()) {
            page.drop("links", line, call.name() + " \"" + written + "\" names no page of the site; it was written as the link \"" + written + "\"",
                    "link to the Markdown file of the page you meant");
            return inLink ? written : "[" + written + "](" + written + ")";
        }
        page.report().converted(call.name() + " → link");
        String anchor = written.contains("#") ? written.substring(written.indexOf('#')) : "";
        String link = LinkTargets.relative(page.placement(), target.get().target()) + anchor;
        if (inLink) return link;
        String title = HugoSettings.textIn(target.get().page().front().fields(), "title").orElse(target.get().address());
        return "[" + title + "](" + link + ")";
    }

    /** A shortcode by its name, as written: {@code {{< notice >}}} or {@code {{% /notice %}}}. */
    private static String shown(String text, ShortcodeCall call) {
        boolean percent = text.charAt(call.start() + 2) == '%';
        return "{{" + (percent ? "% " : "< ") + (call.closing() ? "/" : "") + call.name() + (percent ? " %}}" : " >}}");
    }

    /** Whether a shortcode at {@code start} is a link's address: {@code [text]({{< ref "a" >}})} or {@code href="{{< ref "a" >}}"}. */
    private static boolean inLink(String text, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return text.startsWith("](", i - 2) || text.startsWith("=\"", i - 2);
    }

    /** A code fence longer than any run of backticks in {@code code}. */
    private static String fence(String code) {
        int longest = 2;
        Matcher runs = BACKTICKS.matcher(code);
        while (runs.find()) longest = Math.max(longest, runs.group().length());
        return "`".repeat(longest + 1);
    }

    /** Text between shortcodes, with Hugo's escapes undone in its code as Hugo undoes them everywhere. */
    private static String unescapeCode(String part, int offset, CodeRanges code) {
        if (!part.contains("/*")) return part;
        Matcher escaped = ESCAPED.matcher(part);
        StringBuilder out = new StringBuilder();
        while (escaped.find()) {
            String shown = code.contains(offset + escaped.start())
                    ? "{{" + escaped.group(1) + " " + escaped.group(2) + " " + escaped.group(3) + "}}" : escaped.group();
            escaped.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        escaped.appendTail(out);
        return out.toString();
    }
}
