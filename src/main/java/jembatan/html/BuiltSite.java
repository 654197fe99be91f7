package jembatan.html;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The finished site: every file by its path inside {@code site/} ({@code index.html},
 * {@code en/about/index.html}, {@code assets/style.css}), sorted. The build produces it without
 * touching the disk, but for the files a build from the build cache takes from {@code site/} as
 * they are ({@link SiteFile.Published}), which it does not read; writing it, serving it and
 * checking it are separate.
 */
public record BuiltSite(SortedMap<String, SiteFile> entries) {

    public BuiltSite {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /** A site of files whose bytes the build made. */
    public static BuiltSite of(Map<String, byte[]> files) {
        SortedMap<String, SiteFile> entries = new TreeMap<>();
        files.forEach((file, bytes) -> entries.put(file, new SiteFile.Made(bytes)));
        return new BuiltSite(entries);
    }

    /** The output file of a site path: {@code /} is {@code index.html}, {@code /en/about/} is {@code en/about/index.html}. */
    public static String fileOf(String sitePath) {
        String relative = sitePath.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    /** The paths of the site's files, sorted. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** Whether {@code file} (a path inside {@code site/}) is a file of the site. */
    public boolean contains(String file) {
        return entries.containsKey(file);
    }

    /** The bytes of {@code file}, read now when the build took it from {@code site/} as it is. */
    public Optional<byte[]> bytes(String file) {
        return Optional.ofNullable(entries.get(file)).map(SiteFile::bytes);
    }

    public Optional<String> text(String file) {
        return bytes(file).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Every file's bytes, those taken from {@code site/} read now: for a look at a whole site (a
     * test's), not for the build, which a large site would make read it all.
     */
    public SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        entries.forEach((file, entry) -> files.put(file, entry.bytes()));
        return Collections.unmodifiableSortedMap(files);
    }

    /** Whether a site path (with or without its trailing {@code index.html}) names a file of the site. */
    public boolean has(String sitePath) {
        return entries.containsKey(fileOf(sitePath));
    }
}
