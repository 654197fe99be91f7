package jembatan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jembatan.config.Language;
import jembatan.report.Problem;

/**
 * Articles read before, by file, with the size and modification time they had and the problems
 * reading them found: a preview that rebuilds after one save reads and parses only the files
 * that changed, and reuses the very same {@link Article} for the others (so that what is
 * remembered of them later is found at once). A file whose size or time differs is read again.
 *
 * <p>A value: a load returns a new cache and leaves the one it was given as it was, so that a
 * build can keep any earlier cache and start from it again. A whole load makes a new map of the
 * project's files (it looked at every one); a file read again after a save goes into a small map
 * on top, so that a save does not copy the list of a large project's files.
 */
public final class ArticleCache {
    public static final ArticleCache EMPTY = new ArticleCache(Map.of(), Map.of());

    record Entry(FileTime modified, long size, Language language, Optional<Article> article, List<Problem> problems) {
        Entry {
            problems = List.copyOf(problems);
        }
    }

    private final Map<Path, Entry> entries;
    private final Map<Path, Entry> reread;

    private ArticleCache(Map<Path, Entry> entries, Map<Path, Entry> reread) {
        this.entries = entries;
        this.reread = reread;
    }

    Optional<Entry> get(Path path, Language language) {
        Entry entry = reread.containsKey(path) ? reread.get(path) : entries.get(path);
        if (entry == null || !entry.language().equals(language)) return Optional.empty();
        try {
            BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
            if (now.lastModifiedTime().equals(entry.modified()) && now.size() == entry.size() && !Files.isSymbolicLink(path)) return Optional.of(entry);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The cache of a whole load: the files it found, each as it read it or found it here. */
    static ArticleCache of(Map<Path, Entry> found) {
        return new ArticleCache(Map.copyOf(found), Map.of());
    }

    /**
     * A file read without a problem, as a build cache kept on disk stores it: where it is, the size
     * and modification time it had when it was read, and the article it holds.
     */
    public record Known(Path path, FileTime modified, long size, Article article) {
    }

    /** The files read without a problem, to keep for a later build. */
    public List<Known> known() {
        Map<Path, Entry> all = new HashMap<>(entries);
        all.putAll(reread);
        List<Known> known = new java.util.ArrayList<>();
        all.forEach((path, entry) -> {
            if (entry.article().isPresent() && entry.problems().isEmpty()) known.add(new Known(path, entry.modified(), entry.size(), entry.article().get()));
        });
        return known;
    }

    /** A cache of files a build read before, as {@link #known()} gave them; each is read again when its size or time differs. */
    public static ArticleCache ofKnown(List<Known> known) {
        Map<Path, Entry> entries = new HashMap<>();
        for (Known file : known) entries.put(file.path(), new Entry(file.modified(), file.size(), file.article().language(), Optional.of(file.article()), List.of()));
        return new ArticleCache(Map.copyOf(entries), Map.of());
    }

    /** This cache with some files read again. */
    ArticleCache with(Map<Path, Entry> read) {
        if (read.isEmpty()) return this;
        Map<Path, Entry> reread = new HashMap<>(this.reread);
        reread.putAll(read);
        return new ArticleCache(entries, Map.copyOf(reread));
    }
}
