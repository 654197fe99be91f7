package jembatan.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL segment of a page: lowercase letters (of any script), digits, and single hyphens,
 * dots or underscores between them. {@link #of} makes one from a title, for {@code jembatan new}
 * and for the fix a message suggests.
 */
public final class Slug {
    static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]+([-._][\\p{Ll}\\p{Lo}\\p{Nd}]+)*");

    private Slug() {
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /** {@code "Perundingan Istanbul: 1.000 tahanan"} becomes {@code perundingan-istanbul-1-000-tahanan}. */
    public static String of(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return lower.replaceAll("[^\\p{Ll}\\p{Lo}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
    }
}
