package jembatan.html;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The finished site in memory: every file's bytes by its path inside {@code site/}
 * ({@code index.html}, {@code en/about/index.html}, {@code assets/style.css}), sorted. The build
 * produces it without touching the disk; writing it, serving it and checking it are separate.
 */
public record BuiltSite(SortedMap<String, byte[]> files) {

    public BuiltSite {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The output file of a site path: {@code /} is {@code index.html}, {@code /en/about/} is {@code en/about/index.html}. */
    public static String fileOf(String sitePath) {
        String relative = sitePath.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    public Optional<String> text(String file) {
        return Optional.ofNullable(files.get(file)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Whether a site path (with or without its trailing {@code index.html}) names a file of the site. */
    public boolean has(String sitePath) {
        return files.containsKey(fileOf(sitePath));
    }
}
