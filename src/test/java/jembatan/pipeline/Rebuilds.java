package jembatan.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** A project built again and again, each run from the cache the one before returned, as the preview builds it. */
final class Rebuilds {
    private final Path root;
    private BuildCache cache = BuildCache.EMPTY;

    Rebuilds(Path root) {
        this.root = root;
    }

    /** A run that reads the whole project. */
    BuildOutcome run(BuildOptions options) {
        return run(options, Optional.empty());
    }

    /** A run told that {@code saved} are the files changed since the last good run. */
    BuildOutcome run(BuildOptions options, Set<String> saved) {
        return run(options, Optional.of(saved));
    }

    private BuildOutcome run(BuildOptions options, Optional<Set<String>> saved) {
        Build.Result result = Build.run(root, options, cache, saved);
        cache = result.cache();
        return result.outcome();
    }
}
