package jembatan.hugo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One shortcode as written in a Hugo page, {@code {{< figure src="a.jpg" >}}} or
 * {@code {{% /notice %}}}: where it starts and ends in the text, its name, whether it closes a
 * pair, and its parameters, by name or by position. An escaped one, {@code {{</* x *\/>}}}, is
 * text that Hugo shows as typed.
 *
 * <p>Read by hand: shortcodes are not Markdown, so no Markdown parser knows them, and their
 * grammar (a name, then quoted, raw or bare values, some {@code key=value}) is small. What is
 * code is found by flexmark first ({@link CodeRanges}), and never read here.
 */
record ShortcodeCall(int start, int end, String name, boolean closing, boolean escaped, String inner,
                     Map<String, String> named, List<String> positional) {

    /** The value of a parameter by name, or else at a position. */
    Optional<String> param(String name, int position) {
        if (named.containsKey(name)) return Optional.of(named.get(name));
        return position < positional.size() ? Optional.of(positional.get(position)) : Optional.empty();
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(named.get(name));
    }

    /** Every shortcode of {@code text} outside code, in order. */
    static List<ShortcodeCall> all(String text, CodeRanges code) {
        List<ShortcodeCall> calls = new ArrayList<>();
        int i = 0;
        while ((i = next(text, i)) >= 0) {
            if (code.contains(i)) {
                i = code.skip(i);
                continue;
            }
            ShortcodeCall call = read(text, i);
            if (call == null) {
                i += 3;
                continue;
            }
            calls.add(call);
            i = call.end();
        }
        return calls;
    }

    private static int next(String text, int from) {
        int angle = text.indexOf("{{<", from);
        int percent = text.indexOf("{{%", from);
        if (angle < 0) return percent;
        return percent < 0 ? angle : Math.min(angle, percent);
    }

    /** The shortcode that opens at {@code start}, or null when the braces open none. */
    private static @Nullable ShortcodeCall read(String text, int start) {
        String close = (text.charAt(start + 2) == '<' ? ">" : "%") + "}}";
        int i = skipSpace(text, start + 3);
        if (text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i);
            if (end < 0) return null;
            int after = skipSpace(text, end + 2);
            if (!text.startsWith(close, after)) return null;
            String inner = text.substring(start, start + 3) + " " + text.substring(i + 2, end).strip() + " " + close;
            return new ShortcodeCall(start, after + close.length(), "", false, true, inner, Map.of(), List.of());
        }
        boolean closing = text.startsWith("/", i);
        if (closing) i = skipSpace(text, i + 1);
        int nameStart = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_-./".indexOf(text.charAt(i)) >= 0)) i++;
        if (i == nameStart) return null;
        String name = text.substring(nameStart, i);
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        while (true) {
            i = skipSpace(text, i);
            if (i >= text.length()) return null;
            if (text.startsWith(close, i)) return new ShortcodeCall(start, i + close.length(), name, closing, false, "", named, positional);
            if (text.startsWith("/" + close, i)) return new ShortcodeCall(start, i + 1 + close.length(), name, closing, false, "", named, positional);
            int[] end = new int[1];
            String token = token(text, i, close, end);
            if (token == null) return null;
            i = end[0];
            if (i < text.length() && text.charAt(i) == '=') {
                String value = token(text, i + 1, close, end);
                if (value == null) return null;
                named.put(token, value);
                i = end[0];
            } else {
                positional.add(token);
            }
        }
    }

    /** A quoted, raw ({@code `...`}) or bare value at {@code i}; its end goes in {@code end[0]}. */
    private static @Nullable String token(String text, int i, String close, int[] end) {
        if (i >= text.length()) return null;
        char first = text.charAt(i);
        if (first == '"') {
            StringBuilder value = new StringBuilder();
            for (int j = i + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < text.length()) {
                    value.append(text.charAt(++j));
                } else if (c == '"') {
                    end[0] = j + 1;
                    return value.toString();
                } else {
                    value.append(c);
                }
            }
            return null;
        }
        if (first == '`') {
            int j = text.indexOf('`', i + 1);
            if (j < 0) return null;
            end[0] = j + 1;
            return text.substring(i + 1, j);
        }
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '=' && !text.startsWith(close, j)
                && !text.startsWith("/" + close, j)) j++;
        if (j == i) return null;
        end[0] = j;
        return text.substring(i, j);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
