package jembatan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jembatan.config.Language;
import jembatan.report.Problem;

/**
 * Articles read before, by file, with the size and modification time they had and the problems
 * reading them found: a preview that rebuilds after one save reads and parses only the files
 * that changed, and reuses the very same {@link Article} for the others (so that what is
 * remembered of them later is found at once). A file whose size or time differs is read again.
 */
public final class ArticleCache {
    record Entry(FileTime modified, long size, Language language, Optional<Article> article, List<Problem> problems) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    Optional<Entry> get(Path path, Language language) {
        Entry entry = entries.get(path);
        if (entry == null || !entry.language().equals(language)) return Optional.empty();
        try {
            BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
            if (now.lastModifiedTime().equals(entry.modified()) && now.size() == entry.size() && !Files.isSymbolicLink(path)) return Optional.of(entry);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    void put(Path path, Language language, FileTime modified, long size, Optional<Article> article, List<Problem> problems) {
        entries.put(path, new Entry(modified, size, language, article, List.copyOf(problems)));
    }

    /** Forgets files that are gone, so the cache holds no more than the project. */
    void keepOnly(java.util.Set<Path> present) {
        entries.keySet().retainAll(present);
    }
}
