package jembatan.pipeline;

import java.time.LocalDate;
import java.util.Optional;
import jembatan.content.Publication;

/**
 * How to build: whether drafts and articles dated after {@code today} are included, a base URL
 * that overrides the one in {@code content/site.yaml} (so a fork can publish under its own
 * {@code /<repo>/} path without editing files), and whether the build is a preview, which
 * includes everything not yet published, marks it with a banner, and adds the live-reload script.
 * {@code today} comes from the caller: the build reads no clock.
 */
public record BuildOptions(boolean includeDrafts, boolean includeFuture, Optional<LocalDate> today, Optional<String> baseUrl, boolean preview) {

    /** Everything but drafts, whatever its date, at the configured address. */
    public static BuildOptions defaults() {
        return new BuildOptions(false, false, Optional.empty(), Optional.empty(), false);
    }

    /** A preview at a local address: drafts and future articles included, with the reload script. */
    public static BuildOptions preview(String baseUrl, LocalDate today) {
        return new BuildOptions(true, true, Optional.of(today), Optional.of(baseUrl), true);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(includeDrafts, includeFuture, today, Optional.of(url), preview);
    }

    public BuildOptions withDrafts() {
        return new BuildOptions(true, includeFuture, today, baseUrl, preview);
    }

    public BuildOptions withFuture() {
        return new BuildOptions(includeDrafts, true, today, baseUrl, preview);
    }

    public BuildOptions asOf(LocalDate day) {
        return new BuildOptions(includeDrafts, includeFuture, Optional.of(day), baseUrl, preview);
    }

    /**
     * These options as far as the pages depend on them, which is what a build's cache is kept
     * for: the day matters only to a build of the articles dated after it, whose banner names
     * their day; otherwise which articles the day publishes already tells, and a build on the
     * next day reuses every page that did not change.
     */
    public BuildOptions asMade() {
        return includeFuture ? this : new BuildOptions(includeDrafts, false, Optional.empty(), baseUrl, preview);
    }

    public Publication publication() {
        return new Publication(includeDrafts, includeFuture, today);
    }
}
