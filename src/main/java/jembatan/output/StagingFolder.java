package jembatan.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import jembatan.html.SiteFile;
import org.jspecify.annotations.Nullable;

/**
 * The staging folder cleared for a new site, in one walk: what the new site has no place for
 * goes (files, links and anything else where it has no file, folders where it has no folder),
 * and the files and folders it keeps are found, each file with its size and identity. A folder
 * the tree's {@link StagedTree} record vouches for (the time it had when it was recorded) is
 * taken to hold what the record says and is not listed; any other is listed, each entry looked
 * at once. Nothing else in the staging folder is trusted.
 */
final class StagingFolder {
    private final Path staging;
    private final Set<String> files;
    private final Set<String> folders;
    private final Optional<StagedTree> record;
    private final Map<String, List<String>> recordedFiles = new HashMap<>();
    private final Map<String, List<String>> recordedFolders = new HashMap<>();

    /** The files the new site has there, with their size and identity, by name. */
    final Map<String, StagedTree.Staged> present = new HashMap<>();
    /** The folders the new site has there, with the time each had when found, by name ("" is the staging folder). */
    final Map<String, Long> presentFolders = new HashMap<>();
    /** The folders whose entries changed, whose time the next record takes anew. */
    final Set<String> touched = ConcurrentHashMap.newKeySet();
    int removed;

    /** The staging folder at {@code staging}, for a site of {@code files} in {@code folders} (names inside the site), with its tree's record. */
    StagingFolder(Path staging, Set<String> files, Set<String> folders, Optional<StagedTree> record) {
        this.staging = staging;
        this.files = files;
        this.folders = folders;
        this.record = record;
        record.ifPresent(tree -> {
            tree.files().keySet().forEach(name -> recordedFiles.computeIfAbsent(parentOf(name), f -> new ArrayList<>()).add(name));
            tree.folders().keySet().forEach(name -> recordedFolders.computeIfAbsent(parentOf(name), f -> new ArrayList<>()).add(name));
        });
    }

    /** The folder that holds {@code name}: "" for the staging folder itself. */
    static String parentOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** Clears the staging folder, which exists and is a folder, for the new site. */
    void clear() throws IOException {
        clear(staging, "", Files.readAttributes(staging, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    private void clear(Path folder, String name, BasicFileAttributes attributes) throws IOException {
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        presentFolders.put(name, modified);
        // The staging folder itself is always listed: moving it in and out of site/ changes its time.
        if (!name.isEmpty() && record.isPresent() && record.get().vouchesFor(name, modified)) {
            for (String file : recordedFiles.getOrDefault(name, List.of())) {
                if (files.contains(file)) present.put(file, record.get().files().get(file));
                else remove(staging.resolve(file), file);
            }
            for (String sub : recordedFolders.getOrDefault(name, List.of())) {
                Path path = staging.resolve(sub);
                BasicFileAttributes found = attributesOf(path);
                if (found != null && found.isDirectory() && folders.contains(sub)) clear(path, sub, found);
                else if (found != null) remove(path, sub);
            }
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder)) {
            for (Path entry : listed) entries.add(entry);
        }
        String prefix = name.isEmpty() ? "" : name + "/";
        for (Path entry : entries) {
            String entryName = prefix + entry.getFileName();
            BasicFileAttributes found = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (found.isDirectory() && folders.contains(entryName)) {
                clear(entry, entryName, found);
            } else if (found.isRegularFile() && files.contains(entryName)) {
                present.put(entryName, new StagedTree.Staged(found.size(), SiteFile.Published.identityOf(found)));
            } else {
                remove(entry, entryName);
            }
        }
    }

    /** Removes what the new site has no place for, counting the files it held; a link is removed, never followed. */
    private void remove(Path path, String name) throws IOException {
        removed += SiteWriter.deleteTree(path);
        touched.add(parentOf(name));
    }

    /**
     * The record of the tree the write made ({@code folders} and the files {@code made}, each with
     * its size and identity): each folder's time as found, or looked at again where the write
     * changed what it holds. Nothing when the staging folder is gone.
     */
    Optional<StagedTree> tree(Set<String> folders, Map<String, StagedTree.Staged> made) throws IOException {
        BasicFileAttributes root = attributesOf(staging);
        if (root == null) return Optional.empty();
        Map<String, Long> times = new HashMap<>(folders.size() * 2);
        for (String folder : folders) {
            Long time = touched.contains(folder) ? null : presentFolders.get(folder);
            if (time == null) {
                BasicFileAttributes now = attributesOf(staging.resolve(folder));
                if (now == null) return Optional.empty();
                time = now.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            }
            times.put(folder, time);
        }
        return Optional.of(new StagedTree(SiteFile.Published.identityOf(root), 0, times, made));
    }

    /** A path's own attributes (a link's, not its target's); null when nothing is there. */
    static @Nullable BasicFileAttributes attributesOf(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }
}
