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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /** The records of the two trees ({@link StagedTree}): the staging folder's, site/'s, and the next one's while it is written. */
    static final String NEXT_TREE = "next.tree";
    static final String SITE_TREE = "site.tree";
    static final String NEW_TREE = "site.tree.new";

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
        // Every path passes the gate before anything is written; a name is kept as the walk will find it.
        Map<String, SiteFile> files = new LinkedHashMap<>();
        Map<String, SiteFile.Published> linkable = new HashMap<>();
        for (Map.Entry<String, SiteFile> file : built.entries().entrySet()) {
            String name = file.getKey();
            if (!OutputPath.plain(name)) {
                Path target = OutputPath.inside(staging, name).orElseThrow(() -> new IOException("refusing to write outside the site: " + file.getKey()));
                name = staging.relativize(target).toString().replace(java.io.File.separatorChar, '/');
            }
            files.put(name, file.getValue());
            // Only a file of this very site/.
            if (file.getValue() instanceof SiteFile.Published found && found.path().startsWith(site)) linkable.put(name, found);
        }
        // The staging folder's record is good for the tree as it is: it goes before the tree changes.
        Optional<StagedTree> record = Optional.empty();
        BasicFileAttributes root = StagingFolder.attributesOf(staging);
        if (root != null && root.isDirectory()) record = StagedTree.read(folder.resolve(NEXT_TREE), SiteFile.Published.identityOf(root));
        Files.deleteIfExists(folder.resolve(NEXT_TREE));
        Written written;
        try {
            written = update(files, linkable, record);
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
        // Each record follows its tree: the site replaced is the staging folder now, and the new one is site/.
        move(folder.resolve(SITE_TREE), folder.resolve(NEXT_TREE));
        move(folder.resolve(NEW_TREE), folder.resolve(SITE_TREE));
        return written;
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        else Files.deleteIfExists(to);
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
            strays = entries.filter(p -> !Set.of(SiteLock.FILE, NEXT, PREVIOUS, CACHE, NEXT_CACHE, NEXT_TREE, SITE_TREE).contains(p.getFileName().toString())).toList();
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
     * what differs, and links those of {@code linkable} from {@code site/}; then records the tree
     * it made ({@link #NEW_TREE}), for the write that will find it in the staging folder again.
     */
    private Written update(Map<String, SiteFile> files, Map<String, SiteFile.Published> linkable, Optional<StagedTree> record) throws IOException {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) deleteTree(staging);
        Files.createDirectories(staging);
        Set<String> folders = new HashSet<>(StagedTree.foldersOf(new ArrayList<>(files.keySet())));
        StagingFolder found = new StagingFolder(staging, files.keySet(), folders, record);
        found.clear();
        List<String> missing = new ArrayList<>();
        for (String folder : folders) if (!found.presentFolders.containsKey(folder)) missing.add(folder);
        Collections.sort(missing); // a folder before those inside it
        for (String folder : missing) {
            Files.createDirectory(staging.resolve(folder));
            found.touched.add(StagingFolder.parentOf(folder));
            found.touched.add(folder);
        }
        Map<String, StagedTree.Staged> made = new ConcurrentHashMap<>();
        // A failure is kept, not thrown, so that the half site is removed only once no core is
        // still writing into it; the files not begun by then are left alone.
        Queue<IOException> failures = new ConcurrentLinkedQueue<>();
        // Files go to disk on all cores; comparing first means a page that did not change is only read.
        int[] counts = files.entrySet().parallelStream().mapToInt(file -> {
            if (!failures.isEmpty()) return 0;
            try {
                String name = file.getKey();
                Path target = staging.resolve(name);
                StagedTree.Staged staged = found.present.get(name);
                SiteFile.Published original = linkable.get(name);
                if (original != null) {
                    BasicFileAttributes there = StagingFolder.attributesOf(original.path());
                    Linked linked = link(target, staged, original, there);
                    if (linked != Linked.NOT && linked != Linked.REMOVED) {
                        made.put(name, new StagedTree.Staged(original.length(), SiteFile.Published.identityOf(there)));
                        if (linked == Linked.ALREADY) return 0;
                        found.touched.add(StagingFolder.parentOf(name));
                        return 1;
                    }
                    if (linked == Linked.REMOVED) staged = null;
                }
                byte[] bytes = file.getValue().bytes();
                if (staged != null && staged.size() == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
                    made.put(name, staged);
                    return 0;
                }
                // A new file, not new bytes in the old one: another name of the old one keeps its bytes.
                if (staged != null) Files.delete(target);
                output.create(target, bytes);
                made.put(name, new StagedTree.Staged(bytes.length, 0));
                found.touched.add(StagingFolder.parentOf(name));
                return 1;
            } catch (IOException e) {
                failures.add(e);
            } catch (UncheckedIOException e) {
                failures.add(e.getCause());
            }
            return 0;
        }).toArray();
        if (!failures.isEmpty()) {
            IOException first = failures.remove();
            failures.forEach(first::addSuppressed);
            throw first;
        }
        record(found, folders, made);
        int written = Arrays.stream(counts).sum();
        return new Written(written, files.size() - written, found.removed);
    }

    /** Records the tree made in the staging folder; a tree without its record is only listed whole by the next write into it. */
    private void record(StagingFolder found, Set<String> folders, Map<String, StagedTree.Staged> made) throws IOException {
        try {
            Optional<StagedTree> tree = found.tree(folders, made);
            if (tree.isPresent()) tree.get().write(folder.resolve(NEW_TREE));
        } catch (IOException e) {
            Files.deleteIfExists(folder.resolve(NEW_TREE));
        }
    }

    /** What {@link #link} did: found the link there, made it, or neither, leaving the staged file or having removed it. */
    private enum Linked { ALREADY, NOW, NOT, REMOVED }

    /**
     * Makes {@code target} a link to {@code original}, the file in {@code site/} the build took,
     * which has the attributes {@code there} (null when it is gone): nothing to do when it is one
     * already ({@code staged}, what the staging folder holds there, has its identity); not done
     * when the file there is no longer a file of that length (and of the time and identity the
     * build found it with, when it took them), or the file system cannot link (then the file is
     * written as any other).
     */
    private static Linked link(Path target, StagedTree.@Nullable Staged staged, SiteFile.Published original, @Nullable BasicFileAttributes there)
            throws IOException {
        if (there == null || !there.isRegularFile() || there.size() != original.length() || there.fileKey() == null) return Linked.NOT;
        long identity = SiteFile.Published.identityOf(there);
        if (original.modified() != 0 && (there.lastModifiedTime().to(TimeUnit.NANOSECONDS) != original.modified() || identity != original.identity())) {
            return Linked.NOT;
        }
        if (staged != null && staged.identity() == identity && staged.size() == original.length()) return Linked.ALREADY;
        if (staged != null) Files.delete(target);
        try {
            Files.createLink(target, original.path());
            return Linked.NOW;
        } catch (IOException | UnsupportedOperationException e) {
            return staged != null ? Linked.REMOVED : Linked.NOT;
        }
    }

    /** Removes {@code root}, a file or a folder with all it holds (links removed, never followed); returns how many files went. */
    static int deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return 0;
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return 1;
        }
        int[] files = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    files[0]++;
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
        return files[0];
    }
}
