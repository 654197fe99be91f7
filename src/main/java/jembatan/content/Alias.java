package jembatan.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An old address of a page ({@code aliases:} in its front matter), where the build writes a
 * page that sends readers on to the page's address. Written as a site path, as links are:
 * {@code /en/old-name/} or {@code /blog/2019/talks.html}; without either ending, a slash is
 * added, as Hugo does. A static host can only answer such addresses with a page, so other
 * endings ({@code .php}) and queries cannot be kept.
 */
public record Alias(String sitePath, Article article, int line) {
    /** Segments of letters, digits and the punctuation addresses use; no {@code ..}, no empty segment. */
    private static final Pattern PATH = Pattern.compile("(/[\\p{L}\\p{N}._~!$&'()*+,;=:@%-]+)+/?|/");

    /** The site path an editor's alias stands for, or what is wrong with it. */
    public static Optional<String> pathOf(String written) {
        if (!PATH.matcher(written).matches() || written.contains("/../") || written.endsWith("/..") || written.contains("/./")) {
            return Optional.empty();
        }
        if (written.endsWith("/") || written.endsWith(".html") || written.endsWith(".htm")) return Optional.of(written);
        String last = written.substring(written.lastIndexOf('/') + 1);
        return last.contains(".") ? Optional.empty() : Optional.of(written + "/");
    }
}
