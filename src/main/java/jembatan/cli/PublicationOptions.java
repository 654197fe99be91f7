package jembatan.cli;

import java.time.LocalDate;
import java.util.Optional;
import jembatan.pipeline.BuildOptions;
import picocli.CommandLine.Option;
import org.jspecify.annotations.Nullable;

/**
 * The options that decide what a build publishes and where: drafts, future articles, the day
 * that decides which articles are future, and the address. Shared by {@code build} and
 * {@code check}, so that a check checks exactly what a build would publish.
 */
final class PublicationOptions {
    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include articles dated after today.")
    boolean future;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day that decides which articles are in the future (default: today on this computer).")
    @Nullable LocalDate today;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Publish under this address instead of base_url in content/site.yaml, e.g. https://user.github.io/repo/.")
    @Nullable String baseUrl;

    /** The build options; the clock is read here, at the edge, and only when no day is given. */
    BuildOptions buildOptions() {
        return new BuildOptions(drafts, future, Optional.of(today != null ? today : LocalDate.now()), Optional.ofNullable(baseUrl), false);
    }
}
