package jembatan.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jembatan.report.Problem;
import jembatan.report.Problems;

/**
 * What articles written for another generator contain and Jembatan does not have, found in the
 * prose (never in code, where it is text): Hugo's shortcodes ({@code {{< tab >}}},
 * {@code {{% notice %}}}) are errors, since the page would show them as typed, each with what to
 * write instead; {@code $$} math is a warning and stays as typed, since two dollar signs may be
 * meant literally. One per article rendering: it remembers which paragraphs it has warned about.
 */
final class ForeignSyntax {
    /** A shortcode from its opening braces to its closing ones, or to the end of the line when it goes on. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([\\w.-]*)([^\\n]*?)\\s*(?:[>%]}}|$)", Pattern.MULTILINE);
    private static final Pattern QUOTED_OR_BARE = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|(\\S+))");

    private final String file;
    private final String source;
    private final IntUnaryOperator lineAt;
    private final Set<Node> warnedAboutMath = Collections.newSetFromMap(new IdentityHashMap<>());

    /** For the article {@code file} whose body is {@code source}; {@code lineAt} gives a body offset's file line. */
    ForeignSyntax(String file, String source, IntUnaryOperator lineAt) {
        this.file = file;
        this.source = source;
        this.lineAt = lineAt;
    }

    /** Whether a prose text may hold either; a cheap test before the full look. */
    static boolean mayHold(String chars) {
        return chars.contains("{{") || chars.contains("$$");
    }

    /** Reports the shortcodes and math that begin in {@code text}, a text outside code. */
    void look(Text text, Problems problems, List<Problem> warnings) {
        String chars = text.getChars().toString();
        int start = text.getStartOffset();
        // A shortcode may go on past this text (its quoted arguments or an HTML-like tag are nodes of
        // their own), so it is read from the source where this text has its braces.
        for (int at = chars.indexOf("{{"); at >= 0; at = chars.indexOf("{{", at + 2)) {
            Matcher shortcode = SHORTCODE.matcher(source).region(start + at, source.length());
            if (!shortcode.lookingAt()) continue;
            String written = shortcode.group().strip();
            problems.at(file, lineAt.applyAsInt(start + at), "\"" + written + "\" is another generator's shortcode",
                    instead(shortcode.group(3), !shortcode.group(2).isEmpty(), shortcode.group(4)));
        }
        int math = chars.indexOf("$$");
        if (math >= 0 && warnedAboutMath.add(text.getParent())) {
            warnings.add(Problem.warningAt(file, lineAt.applyAsInt(start + math), "\"$$\" math is not supported: the formula is shown as typed",
                    "write it in words, or show it as a picture with alt text; to show two dollar signs, write \\$\\$"));
        }
    }

    /** Whether an inline HTML node is the tag inside a shortcode ({@code {{<figure src="a.jpg">}}}), reported as such. */
    static boolean insideShortcode(Node inline) {
        return inline.getPrevious() instanceof Text before && before.getChars().endsWith("{{");
    }

    /** What to write instead of the shortcode {@code name} ({@code closing} when {@code {{< /name >}}}), with its arguments. */
    static String instead(String name, boolean closing, String arguments) {
        return switch (name) {
            case "ref", "relref" -> "Jembatan has no shortcodes; link to the Markdown file instead: [the text](" + firstArgument(arguments, "about.md") + ")";
            case "figure" -> "Jembatan has no shortcodes; show the picture with Markdown instead: ![describe what it shows](" + src(arguments) + ")";
            case "highlight" -> closing ? "Jembatan has no shortcodes; end the fenced code block with ``` on a line of its own instead"
                    : "Jembatan has no shortcodes; write a fenced code block instead: ```" + firstArgument(arguments, "") + " on the line before the code and ``` on the line after it";
            case "details" -> closing ? "Jembatan has no shortcodes; write </details> instead"
                    : "Jembatan has no shortcodes; write <details><summary>The title</summary> ... </details> instead";
            default -> "remove it; Jembatan has no shortcodes, write the content as Markdown";
        };
    }

    private static String firstArgument(String arguments, String otherwise) {
        Matcher argument = QUOTED_OR_BARE.matcher(arguments.strip());
        if (!argument.find()) return otherwise;
        return argument.group(1) != null ? argument.group(1) : argument.group(2);
    }

    private static String src(String arguments) {
        Matcher src = SRC.matcher(arguments);
        if (!src.find()) return "../media/photo.jpg";
        return src.group(1) != null ? src.group(1) : src.group(2);
    }
}
