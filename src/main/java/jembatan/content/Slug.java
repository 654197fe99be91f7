package jembatan.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL segment of a page: lowercase letters (of any script), digits, and single hyphens,
 * dots or underscores between them, and not a name the site's own files have or longer than a
 * file system takes ({@link #unfit}). {@link #of} makes one from a title, for {@code jembatan new}
 * and for the fix a message suggests.
 */
public final class Slug {
    /**
     * The names of files the build writes: every page is an {@code index.html} in its folder, and
     * beside the pages are the feeds and the hosts' files. A page named so would be a folder where
     * the build writes a file (or read as that file), so no segment of an address takes one.
     */
    static final List<String> RESERVED = List.of("index.html", "feed.xml", "sitemap.xml", "robots.txt", "404.html");
    /** The longest name most file systems take (ext4, APFS, NTFS), in bytes of UTF-8. */
    public static final int MAX_BYTES = 255;
    static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]+([-._][\\p{Ll}\\p{Lo}\\p{Nd}]+)*");

    private Slug() {
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /**
     * Why a valid slug still cannot name a folder of the site: a file the build writes has that
     * name, or the name is longer than a file system takes. Nothing when it can.
     */
    static Optional<String> unfit(String slug) {
        if (RESERVED.contains(slug)) return Optional.of("is the name of a file the build writes (" + String.join(", ", RESERVED) + ")");
        int bytes = slug.getBytes(StandardCharsets.UTF_8).length;
        if (!fitsAFileName(slug)) return Optional.of("is " + bytes + " bytes long in UTF-8; a file system takes names of at most " + MAX_BYTES + " bytes");
        return Optional.empty();
    }

    /** Whether {@code name} is short enough for a file system: at most {@link #MAX_BYTES} bytes of UTF-8. */
    public static boolean fitsAFileName(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** A slug as a message shows it: a long one by its start. */
    static String shown(String slug) {
        return slug.codePointCount(0, slug.length()) <= 40 ? slug : slug.substring(0, slug.offsetByCodePoints(0, 40)) + "…";
    }

    /** {@code "Perundingan Istanbul: 1.000 tahanan"} becomes {@code perundingan-istanbul-1-000-tahanan}. */
    public static String of(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return lower.replaceAll("[^\\p{Ll}\\p{Lo}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
    }
}
