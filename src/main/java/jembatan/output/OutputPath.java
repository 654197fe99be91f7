package jembatan.output;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one gate every output path passes: a path inside the site is resolved against the folder
 * being written, and anything that would land outside it ({@code ..}, an absolute path, a drive
 * letter) is refused. Earlier stages already refuse such slugs; this makes sure no later change
 * can write outside {@code site/} by mistake.
 */
public final class OutputPath {
    private OutputPath() {
    }

    public static Optional<Path> inside(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains(":") || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Path target = normalizedRoot.resolve(relative).normalize();
        return target.startsWith(normalizedRoot) && !target.equals(normalizedRoot) ? Optional.of(target) : Optional.empty();
    }
}
