package jembatan.hugo;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the links of a Hugo page lead in the new project. A link to a page (by its old address,
 * {@code /en/a/b/}, whole or relative, with the site's own base URL or without, or by its file)
 * becomes a link to its Markdown file, which Jembatan checks and keeps current; a link to a
 * bundle's picture or a file of {@code static/} becomes a link into {@code content/media/}. An
 * anchor is carried over: Jembatan gives headings the ids Hugo gave them.
 */
final class LinkTargets {
    private final String baseUrl;
    private final Map<String, Placement> byAddress = new HashMap<>();
    private final Map<String, Placement> bySource = new HashMap<>();
    private final Map<String, Placement> byRef = new HashMap<>();
    private final Map<String, String> mediaBySource = new HashMap<>();
    private final Map<String, String> mediaByAddress = new HashMap<>();

    LinkTargets(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void page(Placement placement, String contentPath, List<String> oldAddresses) {
        byAddress.putIfAbsent(placement.hugoAddress(), placement);
        oldAddresses.forEach(a -> byAddress.putIfAbsent(a, placement));
        bySource.put(placement.page().source(), placement);
        String lang = placement.language() + ":";
        String path = placement.page().path();
        for (String key : List.of(contentPath, contentPath.replaceAll("\\.md$", ""), path, path + "/")) {
            byRef.putIfAbsent(lang + key.replaceAll("^/+", ""), placement);
        }
        if (placement.page().isList()) byRef.putIfAbsent(lang + (path.isEmpty() ? "_index.md" : path + "/_index.md"), placement);
        byRef.putIfAbsent(lang + "name:" + (placement.page().isList() ? path : placement.page().name()), placement);
    }

    void media(String source, List<String> oldAddresses, String target) {
        mediaBySource.put(source, target);
        oldAddresses.forEach(a -> mediaByAddress.putIfAbsent(a, target));
    }

    /** The page a {@code ref} or {@code relref} names, from the page {@code from}, in {@code language}. */
    Optional<Placement> ref(String written, String language, Placement from) {
        String path = written.contains("#") ? written.substring(0, written.indexOf('#')) : written;
        if (path.isEmpty()) return Optional.ofNullable(from);
        if (!path.startsWith("/")) {
            String folder = from.page().bundleFolder();
            String relative = Path.of(folder.isEmpty() ? "." : folder).resolve(path).normalize().toString().replace('\\', '/');
            Placement found = byRef.get(language + ":" + relative);
            if (found != null) return Optional.of(found);
            found = byRef.get(language + ":name:" + path.replaceAll("\\.md$", "").replaceAll("/$", ""));
            if (found != null) return Optional.of(found);
        }
        return Optional.ofNullable(byRef.get(language + ":" + path.replaceAll("^/+", "")));
    }

    /** The link {@code url} of the page {@code from} as the new project writes it; nothing when it stays as it is. */
    Optional<String> url(String url, Placement from) {
        if (url.isEmpty() || url.startsWith("#")) return Optional.empty();
        String sitePath = url.startsWith(baseUrl) ? url.substring(baseUrl.length() - 1) : url;
        if (sitePath.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || sitePath.startsWith("//")) return Optional.empty();
        int hash = sitePath.indexOf('#');
        String anchor = hash < 0 ? "" : sitePath.substring(hash);
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash);
        if (!path.startsWith("/")) {
            String source = Path.of(from.page().source()).resolveSibling(path).normalize().toString().replace('\\', '/');
            if (mediaBySource.containsKey(source)) return Optional.of(relative(from, mediaBySource.get(source)));
            if (bySource.containsKey(source)) return Optional.of(relative(from, bySource.get(source).target()) + anchor);
            path = resolve(from.hugoAddress(), path);
            if (path == null) return Optional.empty();
        }
        Placement page = byAddress.get(path);
        if (page == null && !path.endsWith("/") && !path.substring(path.lastIndexOf('/')).contains(".")) page = byAddress.get(path + "/");
        if (page != null) return Optional.of(relative(from, page.target()) + anchor);
        String media = mediaByAddress.get(path);
        return media == null ? Optional.empty() : Optional.of(relative(from, media));
    }

    /** The page Hugo published at {@code address} (or redirected from it). */
    Optional<Placement> pageAt(String address) {
        String path = address.startsWith(baseUrl) ? address.substring(baseUrl.length() - 1) : address;
        return Optional.ofNullable(byAddress.get(HugoAddresses.sitePath(path)));
    }

    /** A relative link from the new file of {@code from} to the new project file {@code target}. */
    static String relative(Placement from, String target) {
        return Path.of(from.target()).getParent().relativize(Path.of(target)).toString().replace('\\', '/');
    }

    /** {@code path} read relative to the address {@code base}, as a browser reads it; null when it is not a path. */
    private static @Nullable String resolve(String base, String path) {
        try {
            return new URI("https", "h", base, null).resolve(new URI(null, null, path, null)).getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
