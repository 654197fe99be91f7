package jembatan.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jembatan.html.BuiltSite;
import jembatan.html.SiteFile;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link BuiltSite} to {@code site/} so that readers and editors never see half a site:
 * the new site is made in the staging folder beside it, {@code .site.staging/next/}, which then
 * takes the place of {@code site/} by renames. If the process dies before the swap, {@code site/}
 * is as it was; if it dies between the two renames, the next build puts the previous site back
 * first ({@link #recover}), whether or not it then builds. {@code .site.staging/} is the one
 * folder beside {@code site/} that a build writes: it also holds the {@link SiteLock}, the build
 * cache ({@code cache}) and, for the instant of the swap, {@code previous/}.
 *
 * <p>The site that was replaced is kept as the next write's staging folder, and a write only
 * changes what differs from it: folders that exist are kept, files with the same bytes are left
 * alone, the rest is written or removed. Creating a folder costs far more than comparing a file
 * on most file systems, and a rebuild mostly writes the pages it wrote last time, so a rebuild
 * costs what changed rather than the size of the site. A file that changed is removed and written
 * anew, never rewritten in place: its old bytes may have other names (a {@code cp -al} backup of
 * the site shares them), which must keep them. Nothing in the staging folder is trusted: whatever
 * a killed write or a person left there is compared, replaced or removed, and links are removed,
 * never followed.
 *
 * <p>A file the build took from {@code site/} as it is ({@link SiteFile.Published}: a build
 * from the cache takes most pages so) is not compared but linked: the staging folder gets a hard
 * link to the file in {@code site/}, so that after the swap both generations name the same file,
 * and the next write finds it is the one in {@code site/} by a look at each (their file keys,
 * device and inode) instead of reading both. That is safe for the same reason a backup made by
 * {@code cp -al} is: no file is ever rewritten in place. Where the file system cannot link, or
 * the file in {@code site/} is no longer the one the build found (another time or identity), its
 * bytes are read from there, checked, compared and written as for any other file.
 */
public final class SiteWriter {
    /** The folders of the staging folder: the site being made, and the one moved aside during the swap. */
    static final String NEXT = "next";
    static final String PREVIOUS = "previous";
    /**
     * The build cache a build keeps for the next one ({@code jembatan.pipeline.CacheFile}), and the
     * next cache, which is written while the site is (a killed build's is replaced by the next).
     */
    static final String CACHE = "cache";
    static final String NEXT_CACHE = "cache.new";

    /** Writes one new file of the staging folder; a seam for tests of a full disk. */
    @FunctionalInterface
    interface FileOutput {
        void create(Path file, byte[] bytes) throws IOException;
    }

    private final Path site;
    private final Path folder;
    private final Path staging;
    private final Path previous;
    private final FileOutput output;

    public SiteWriter(Path site) {
        this(site, (file, bytes) -> Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    SiteWriter(Path site, FileOutput output) {
        Path absolute = site.toAbsolutePath().normalize();
        this.site = absolute;
        this.folder = stagingFolderOf(absolute);
        this.staging = folder.resolve(NEXT);
        this.previous = folder.resolve(PREVIOUS);
        this.output = output;
    }

    /** {@code .site.staging/} beside {@code site/}: the one folder outside the site that builds write. */
    public static Path stagingFolderOf(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".staging");
    }

    /** {@code .site.staging/cache}: where a build keeps what it made for the next build of the project to start from. */
    public static Path cacheFileOf(Path site) {
        return stagingFolderOf(site).resolve(CACHE);
    }

    /** How much a write changed in the staging folder to make the new site. */
    public record Written(int written, int unchanged, int removed) {
    }

    /** Writes the site, holding the project's {@link SiteLock} (waiting for it, if another build holds it). */
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public Written write(BuiltSite built) throws IOException {
        try (SiteLock lock = SiteLock.acquire(site, SiteLock.Patience.FOREVER)) {
            return writeLocked(built);
        } catch (SiteLock.Busy e) {
            throw new IOException("interrupted while waiting for another build", e);
        }
    }

    private Written writeLocked(BuiltSite built) throws IOException {
        recover();
        tidy();
        // Every path passes the gate before anything is written.
        Map<Path, SiteFile> files = new LinkedHashMap<>();
        Map<Path, SiteFile.Published> linkable = new HashMap<>();
        for (Map.Entry<String, SiteFile> file : built.entries().entrySet()) {
            Path target = OutputPath.inside(staging, file.getKey())
                    .orElseThrow(() -> new IOException("refusing to write outside the site: " + file.getKey()));
            files.put(target, file.getValue());
            // Only a file of this very site/, under its own name.
            if (file.getValue() instanceof SiteFile.Published found && OutputPath.inside(site, file.getKey()).equals(Optional.of(found.path()))) {
                linkable.put(target, found);
            }
        }
        Written written;
        try {
            written = update(files, linkable);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            try {
                deleteTree(staging); // half a site is worth nothing, and on a full disk its room is needed
            } catch (IOException again) {
                cause.addSuppressed(again);
            }
            throw cause;
        }
        swap();
        return written;
    }

    /** {@code site/} moved aside, the new site in its place, the old one the next staging folder; {@code site/} put back if the second rename fails. */
    private void swap() throws IOException {
        boolean published = Files.exists(site, LinkOption.NOFOLLOW_LINKS);
        if (published) Files.move(site, previous, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (published) {
                try {
                    Files.move(previous, site, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
        if (published) Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Puts back a site that a killed write had moved aside. When the new site did take its place,
     * the one moved aside becomes the staging folder, as after a write that finished. Call it
     * holding the {@link SiteLock}: a build does, before it builds, so that even a failed build
     * leaves {@code site/} as the last finished build made it.
     */
    public void recover() throws IOException {
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(previous, site, StandardCopyOption.ATOMIC_MOVE);
        } else {
            deleteTree(staging);
            Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes from the staging folder whatever is not its own (what an older layout or a person left there). */
    private void tidy() throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> strays;
        try (Stream<Path> entries = Files.list(folder)) {
            strays = entries.filter(p -> !Set.of(SiteLock.FILE, NEXT, PREVIOUS, CACHE, NEXT_CACHE).contains(p.getFileName().toString())).toList();
        }
        for (Path stray : strays) deleteTree(stray);
    }

    /** How many names a file has: more than one when it is hard-linked (1 where the file system cannot say). */
    static int links(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /**
     * Makes the staging folder hold exactly {@code files}: removes what it must not hold, writes
     * what differs, and links those of {@code linkable} from {@code site/}.
     */
    private Written update(Map<Path, SiteFile> files, Map<Path, SiteFile.Published> linkable) throws IOException {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) deleteTree(staging);
        Files.createDirectories(staging);
        Set<Path> folders = new HashSet<>();
        for (Path file : files.keySet()) {
            Path folder = file.getParent();
            while (!folder.equals(staging) && folders.add(folder)) folder = folder.getParent();
        }
        Map<Path, BasicFileAttributes> present = new HashMap<>();
        Set<Path> presentFolders = new HashSet<>();
        int[] removed = {0};
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                // A link, or a file where the new site has a folder or nothing, goes.
                if (attributes.isRegularFile() && files.containsKey(file)) {
                    present.put(file, attributes);
                } else {
                    Files.delete(file);
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, @Nullable IOException failure) throws IOException {
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
                BasicFileAttributes staged = present.get(file.getKey());
                SiteFile.Published original = linkable.get(file.getKey());
                if (original != null) {
                    Linked linked = link(file.getKey(), staged, original);
                    if (linked == Linked.ALREADY || linked == Linked.NOW) return linked == Linked.ALREADY ? 0 : 1;
                    if (linked == Linked.REMOVED) staged = null;
                }
                byte[] bytes = file.getValue().bytes();
                long size = staged == null ? -1 : staged.size();
                if (size == bytes.length && Arrays.equals(Files.readAllBytes(file.getKey()), bytes)) return 0;
                // A new file, not new bytes in the old one: another name of the old one keeps its bytes.
                if (staged != null) Files.delete(file.getKey());
                output.create(file.getKey(), bytes);
                return 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray();
        int written = Arrays.stream(counts).sum();
        return new Written(written, files.size() - written, removed[0]);
    }

    /** What {@link #link} did: found the link there, made it, or neither, leaving the staged file or having removed it. */
    private enum Linked { ALREADY, NOW, NOT, REMOVED }

    /**
     * Makes {@code target} a link to {@code original}, the file in {@code site/} the build took:
     * nothing to do when it is one already ({@code staged}, what the walk found there, has the
     * original's file key); not done when the file there is no longer a file of that length (and
     * of the time and identity the build found it with, when it took them), or the file system
     * cannot link (then the file is written as any other).
     */
    private static Linked link(Path target, @Nullable BasicFileAttributes staged, SiteFile.Published original) throws IOException {
        BasicFileAttributes there;
        try {
            there = Files.readAttributes(original.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Linked.NOT;
        }
        if (!there.isRegularFile() || there.size() != original.length() || there.fileKey() == null) return Linked.NOT;
        if (original.modified() != 0 && (there.lastModifiedTime().to(TimeUnit.NANOSECONDS) != original.modified()
                || SiteFile.Published.identityOf(there) != original.identity())) {
            return Linked.NOT;
        }
        if (staged != null && there.fileKey().equals(staged.fileKey())) return Linked.ALREADY;
        if (staged != null) Files.delete(target);
        try {
            Files.createLink(target, original.path());
            return Linked.NOW;
        } catch (IOException | UnsupportedOperationException e) {
            return staged != null ? Linked.REMOVED : Linked.NOT;
        }
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
                public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException exc) throws IOException {
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
