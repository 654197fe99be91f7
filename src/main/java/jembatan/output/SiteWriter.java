package jembatan.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import jembatan.html.BuiltSite;

/**
 * Writes a {@link BuiltSite} to {@code site/} so that readers and editors never see half a site:
 * every file goes first into a staging folder beside it ({@code .site.staging}), which then
 * takes the place of {@code site/} by renames. If the process dies before the swap, {@code site/}
 * is as it was; if it dies during the swap, the next write puts the previous site back first.
 */
public final class SiteWriter {
    private final Path site;
    private final Path staging;
    private final Path previous;

    public SiteWriter(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        this.site = absolute;
        this.staging = absolute.resolveSibling("." + absolute.getFileName() + ".staging");
        this.previous = absolute.resolveSibling("." + absolute.getFileName() + ".previous");
    }

    public void write(BuiltSite built) throws IOException {
        recover();
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            for (Map.Entry<String, byte[]> file : built.files().entrySet()) {
                Path target = OutputPath.inside(staging, file.getKey())
                        .orElseThrow(() -> new IOException("refusing to write outside the site: " + file.getKey()));
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            deleteTree(staging);
            throw e;
        }
        if (Files.exists(site)) Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
    }

    /** Puts back a site that a killed write had moved aside, and clears leftovers. */
    private void recover() throws IOException {
        if (Files.exists(previous)) {
            if (Files.exists(site)) deleteTree(previous);
            else Files.move(previous, site, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) throw exc;
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
