package jembatan.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jembatan.html.BuiltSite;

/**
 * Writes a {@link BuiltSite} to {@code site/} so that readers and editors never see half a site:
 * the new site is made in a staging folder beside it ({@code .site.staging}), which then takes
 * the place of {@code site/} by renames. If the process dies before the swap, {@code site/} is as
 * it was; if it dies during the swap, the next write puts the previous site back first.
 *
 * <p>The site that was replaced is kept as the next write's staging folder, and a write only
 * changes what differs from it: folders that exist are kept, files with the same bytes are left
 * alone, the rest is written or removed. Creating a folder costs far more than comparing a file
 * on most file systems, and a rebuild mostly writes the pages it wrote last time, so a rebuild
 * costs what changed rather than the size of the site. Nothing in the staging folder is trusted:
 * whatever a killed write or a person left there is compared, overwritten or removed.
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

    /** How much a write changed in the staging folder to make the new site. */
    public record Written(int written, int unchanged, int removed) {
    }

    public Written write(BuiltSite built) throws IOException {
        recover();
        // Every path passes the gate before anything is written.
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : built.files().entrySet()) {
            Path target = OutputPath.inside(staging, file.getKey())
                    .orElseThrow(() -> new IOException("refusing to write outside the site: " + file.getKey()));
            files.put(target, file.getValue());
        }
        Written written;
        try {
            written = update(files);
        } catch (IOException | UncheckedIOException e) {
            deleteTree(staging);
            throw e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        }
        if (Files.exists(site, LinkOption.NOFOLLOW_LINKS)) Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }

    /**
     * Puts back a site that a killed write had moved aside. When the new site did take its place,
     * the one moved aside becomes the staging folder, as after a write that finished.
     */
    private void recover() throws IOException {
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, site, StandardCopyOption.ATOMIC_MOVE);
        } else {
            deleteTree(staging);
            Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Makes the staging folder hold exactly {@code files}: removes what it must not hold, writes what differs. */
    private Written update(Map<Path, byte[]> files) throws IOException {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) deleteTree(staging);
        Files.createDirectories(staging);
        Set<Path> folders = new HashSet<>();
        for (Path file : files.keySet()) {
            Path folder = file.getParent();
            while (!folder.equals(staging) && folders.add(folder)) folder = folder.getParent();
        }
        Map<Path, Long> present = new HashMap<>();
        Set<Path> presentFolders = new HashSet<>();
        int[] removed = {0};
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                // A link, or a file where the new site has a folder or nothing, goes.
                if (attributes.isRegularFile() && files.containsKey(file)) {
                    present.put(file, attributes.size());
                } else {
                    Files.delete(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null) throw failure;
                if (folder.equals(staging) || folders.contains(folder)) {
                    presentFolders.add(folder);
                } else {
                    Files.delete(folder);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path folder : folders.stream().sorted().toList()) {
            if (!presentFolders.contains(folder)) Files.createDirectory(folder);
        }
        // Files go to disk on all cores; comparing first means a page that did not change is only read.
        int[] counts = files.entrySet().parallelStream().mapToInt(file -> {
            try {
                Long size = present.get(file.getKey());
                if (size != null && size == file.getValue().length && Arrays.equals(Files.readAllBytes(file.getKey()), file.getValue())) return 0;
                Files.write(file.getKey(), file.getValue());
                return 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray();
        int written = Arrays.stream(counts).sum();
        return new Written(written, files.size() - written, removed[0]);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
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
