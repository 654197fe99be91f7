package jembatan.build;

import java.util.Optional;

/**
 * How to build: whether drafts are included, and a base URL that overrides the one in
 * {@code content/site.yaml} (so a fork can publish under its own {@code /<repo>/} path without
 * editing files).
 */
public record BuildOptions(boolean includeDrafts, Optional<String> baseUrl) {

    public static BuildOptions defaults() {
        return new BuildOptions(false, Optional.empty());
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(includeDrafts, Optional.of(url));
    }

    public BuildOptions withDrafts() {
        return new BuildOptions(true, baseUrl);
    }
}
