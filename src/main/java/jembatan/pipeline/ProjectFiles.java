package jembatan.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.io.File;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import jembatan.render.Templates;
import jembatan.source.SettledTime;

/**
 * The files a build reads, everything under {@code content/} and {@code templates/}, each by its
 * size and modification time, and the folder they were found in. A stored run keeps the listing
 * its build took before reading anything, so that the next build tells from a listing of its own
 * which files were saved since ({@link #savedSince}), as the preview's watcher tells a run, and
 * reads no other. A file saved during a build is listed before it is read, so it is found saved
 * the next time rather than missed.
 *
 * <p>A listing is not taken where it could not be trusted: when a link is among the files (what
 * it leads to may change without a trace here) or a folder cannot be read.
 */
record ProjectFiles(String folder, Map<String, Stamp> files) {
    /** Where a build reads from, besides the configuration and facts that live in {@code content/}. */
    private static final Set<String> READ = Set.of("content", Templates.FOLDER);

    /** A file's size and modification time in nanoseconds. */
    record Stamp(long size, long modified) {
    }

    ProjectFiles {
        files = Collections.unmodifiableMap(files);
    }

    /** The listing of the project at {@code projectRoot} now; nothing when it has a link or a folder that cannot be read. */
    static Optional<ProjectFiles> of(Path projectRoot) {
        Map<String, Stamp> files = new java.util.HashMap<>();
        Path root = projectRoot.toAbsolutePath().normalize();
        int prefix = root.toString().length() + (root.toString().endsWith(File.separator) ? 0 : 1);
        for (String top : new TreeSet<>(READ)) {
            Path folder = root.resolve(top);
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) continue;
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        if (!attributes.isRegularFile()) throw new IOException("not a plain file: " + file);
                        // The walk's paths are the root's with a name after it: cut, not relativized, ten thousand times.
                        String name = file.toString().substring(prefix);
                        files.put(File.separatorChar == '/' ? name : name.replace(File.separatorChar, '/'),
                                new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                        throw failure;
                    }
                });
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ProjectFiles(root.toString(), files));
    }

    /**
     * The files saved since {@code before} was listed, by a listing of the same folder: those
     * added, removed, or with another size or time, and those whose time falls within two seconds
     * of {@code trusted} or later, which a save in the same tick of a coarse file-system clock
     * could have changed without changing their time (as git treats such "racy" entries).
     * Nothing when the project is in another folder, where its pages' paths are not the same.
     */
    Optional<Set<String>> savedSince(ProjectFiles before, FileTime trusted) {
        if (!folder.equals(before.folder())) return Optional.empty();
        long racy = SettledTime.before(trusted);
        Set<String> saved = new TreeSet<>();
        for (Map.Entry<String, Stamp> file : files.entrySet()) {
            Stamp was = before.files().get(file.getKey());
            if (!file.getValue().equals(was) || was.modified() >= racy) saved.add(file.getKey());
        }
        for (String file : before.files().keySet()) if (!files.containsKey(file)) saved.add(file);
        return Optional.of(saved);
    }
}
