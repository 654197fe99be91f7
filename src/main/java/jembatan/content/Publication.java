package jembatan.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which articles a build publishes. Drafts ({@code draft: true}) and articles dated after
 * {@code today} are left out unless asked for. {@code today} is given by whoever starts the
 * build (the command line reads the clock, or takes {@code --today}); the build itself never
 * does, so the same input and the same day give the same site. Without a day, no article counts
 * as future.
 */
public record Publication(boolean drafts, boolean future, Optional<LocalDate> today) {

    /** Publish everything but drafts (or with them), whatever its date. */
    public static Publication of(boolean drafts) {
        return new Publication(drafts, false, Optional.empty());
    }

    /** Whether the article is dated after today: its day as written, in its own offset, is after {@code today}. */
    public boolean scheduled(Article article) {
        return today.isPresent() && article.front().date().map(d -> d.day().isAfter(today.get())).orElse(false);
    }

    /** Whether the article is published by this build. */
    public boolean publishes(Article article) {
        return (drafts || !article.draft()) && (future || !scheduled(article));
    }

    /** Why an article that is not published is held back, in an editor's words. */
    public String reasonHeldBack(Article article) {
        return article.draft() ? "a draft" : "dated " + article.front().date().orElseThrow().day() + ", after today";
    }
}
