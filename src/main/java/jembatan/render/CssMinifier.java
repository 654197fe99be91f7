package jembatan.render;

import java.nio.charset.StandardCharsets;

/**
 * A stylesheet as readers download it: the designers' comments dropped and its white space
 * folded, so that the file under {@code templates/assets/} can stay written for people while an
 * article page with its stylesheet keeps within its budget. Strings and {@code url(...)} are
 * copied as written; nothing else is rewritten, so what the browser reads means the same.
 */
final class CssMinifier {
    private CssMinifier() {
    }

    static byte[] minify(byte[] css) {
        return minify(new String(css, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean space = false;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else {
                int end = c == '"' || c == '\'' ? stringEnd(css, i, c) : css.startsWith("url(", i) ? urlEnd(css, i) : i + 1;
                // A space is kept only where both sides need it: between words, not beside punctuation
                // (nor after a colon: a selector never has one before a space, a declaration needs none).
                char before = out.length() == 0 ? '{' : out.charAt(out.length() - 1);
                if (space && !tight(before) && before != ':' && !tight(c)) out.append(' ');
                if (c == '}' && before == ';') out.setLength(out.length() - 1);
                out.append(css, i, end);
                space = false;
                i = end;
            }
        }
        return out.toString();
    }

    private static boolean tight(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',' || c == '>';
    }

    private static int urlEnd(String css, int start) {
        int close = css.indexOf(')', start);
        return close < 0 ? css.length() : close + 1;
    }

    /** Where a quoted string ends, its closing quote included; a backslash escapes the next character. */
    private static int stringEnd(String css, int start, char quote) {
        int i = start + 1;
        while (i < css.length() && css.charAt(i) != quote) i += css.charAt(i) == '\\' ? 2 : 1;
        return Math.min(i + 1, css.length());
    }
}
