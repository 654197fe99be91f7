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

    /**
     * A name that stays inside the folder it is resolved in, as a listing of that folder names it: parts
     * separated by {@code /}, none empty, {@code .} or {@code ..}, and nothing a file system takes
     * for a root, a drive or another separator. Any other name passes {@link #inside}.
     */
    public static boolean plain(String name) {
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : '/';
            if (c == '\\' || c == ':' || c == 0) return false;
            if (c != '/') continue;
            int length = i - start;
            if (length == 0 || length == 1 && name.charAt(start) == '.' || length == 2 && name.startsWith("..", start)) return false;
            start = i + 1;
        }
        return true;
    }
}
