package jembatan.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the site is published: a root site ({@code https://example.org/}) or a project site under
 * a sub-path ({@code https://user.github.io/repo/}). Pages refer to each other by site path
 * ({@code /en/talks/}); this turns such a path into the link a browser follows, which keeps the
 * base path, and into the absolute URL that canonical and hreflang links need.
 */
public record BaseUrl(String origin, String path) {

    public BaseUrl {
        if (!path.startsWith("/") || !path.endsWith("/")) throw new IllegalArgumentException("base path must start and end with /: " + path);
    }

    /** Parses {@code https://host/sub/}; empty when it is not an absolute http(s) URL without query or fragment. */
    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!path.endsWith("/")) path = path + "/";
            if (path.contains("//") || path.contains("/../") || path.contains("/./")) return Optional.empty();
            return Optional.of(new BaseUrl(origin, path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The link for a site path, as pages write it: {@code /en/talks/} becomes {@code /repo/en/talks/}. */
    public String link(String sitePath) {
        return path + sitePath.substring(1);
    }

    /** The absolute URL of a site path, for canonical and hreflang links. */
    public String absolute(String sitePath) {
        return origin + link(sitePath);
    }

    @Override
    public String toString() {
        return origin + path;
    }
}
