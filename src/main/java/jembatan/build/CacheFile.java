package jembatan.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Optional;
import jembatan.report.Problems;

/**
 * The build cache kept on disk between one-off builds ({@code .site.staging/cache}), so that a
 * {@code build} after an edit starts where the last good one ended, as the preview does in
 * memory: {@link #load} gives the {@link BuildCache} a run starts from, {@link #save} keeps the
 * one a good run returned. It never changes the output: what it holds is reused only where the
 * in-memory cache's would be (the same code, environment and article values), and pages only when
 * {@code site/} still has the bytes they were.
 *
 * <p>The file starts with what wrote it ({@link CacheKey#code}); another version's, or any file
 * that is damaged, cut short or not a cache, is ignored with one line saying why, and the build
 * makes everything. It is written whole to a temporary file that then takes its place by a
 * rename, so a build killed while writing it leaves the last cache, or none (the stray is removed
 * by the next write of the site). Past {@link #MAX_BYTES} it is not kept at all.
 */
public final class CacheFile {
    private static final byte[] MAGIC = "jembatan build cache\n".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the records; a change to {@link StoredRun} or the codecs changes the code's check as well. */
    private static final int FORMAT = 1;
    /** The most a cache may take on disk: about four times the Markdown of 2 x 20,000 articles. */
    static final long MAX_BYTES = 1L << 30;

    private final Path projectRoot;
    private final Path site;
    private final Path file;

    /** The cache of the project at {@code projectRoot}, whose site is {@code site}, kept in {@code file}. */
    public CacheFile(Path projectRoot, Path site, Path file) {
        this.projectRoot = projectRoot;
        this.site = site;
        this.file = file;
    }

    /** The cache a run starts from, and, when the file was there but could not be used, why (for one line). */
    public record Loaded(BuildCache cache, Optional<String> ignored) {
    }

    /**
     * The cache in the file for a build with {@code options}: nothing when there is none; the
     * articles it read when the environment has changed since (the run then makes everything,
     * but reads only the files that changed); everything it made otherwise.
     */
    public Loaded load(BuildOptions options) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return new Loaded(BuildCache.EMPTY, Optional.empty());
        // A pipe in its place would block the read; a link could lead anywhere.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return ignored("it is not a file");
        StoredRun stored;
        FileTime written;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            written = Files.getLastModifiedTime(file);
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) return ignored("it is not a Jembatan build cache");
            CacheReader reader = new CacheReader(in);
            if (reader.integer() != FORMAT) return ignored("it was written by another version of Jembatan");
            String code = reader.text();
            if (!code.equals(CacheKey.code())) return ignored("it was written by another version of Jembatan (" + code + ")");
            stored = StoredRun.read(projectRoot, reader);
            reader.finish();
        } catch (CacheReader.Damaged e) {
            return ignored(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Whatever else a damaged file makes the records do (a language tag that is not one,
            // values a record refuses) is the file's fault, not the build's: it is ignored.
            return ignored("it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        BuildCache files = StoredRun.readFilesOnly(stored.articleFiles(written));
        Problems problems = new Problems();
        Optional<Inputs> inputs = Inputs.read(projectRoot, options, files, problems, Progress.NONE);
        // A project with a mistake, or changed beyond its articles' text, is built whole; the run reports what is wrong.
        if (inputs.isEmpty() || !problems.isEmpty()) return new Loaded(files, Optional.empty());
        if (!CacheKey.environment(projectRoot, inputs.get().environment()).equals(stored.environment())) {
            return new Loaded(StoredRun.readFilesOnly(inputs.get().files()), Optional.empty());
        }
        return new Loaded(stored.cache(inputs.get(), site), Optional.empty());
    }

    private Loaded ignored(String why) {
        return new Loaded(BuildCache.EMPTY, Optional.of("ignoring the build cache at " + shown() + ": " + why + "; building everything"));
    }

    /** The file as the editor finds it: from the project folder. */
    private String shown() {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * Keeps what {@code cache}, a good run's, made, in place of what the file held. A cache too
     * large to keep removes the file, so that no build reads a stale one.
     */
    public void save(BuildCache cache) throws IOException {
        if (!cache.built()) return;
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(temporary);
        StoredRun stored = StoredRun.of(projectRoot, cache);
        try (Bounded bounded = new Bounded(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
             CacheWriter writer = new CacheWriter(new BufferedOutputStream(bounded, 1 << 16))) {
            bounded.write(MAGIC);
            writer.integer(FORMAT);
            writer.text(CacheKey.code());
            stored.write(projectRoot, writer);
            writer.finish();
        } catch (TooLarge e) {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(file);
            return;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("the build cache would pass " + MAX_BYTES + " bytes");
        }
    }

    /** Counts what goes through, and stops past {@link #MAX_BYTES}. */
    private static final class Bounded extends FilterOutputStream {
        private long written;

        Bounded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count(length);
            out.write(bytes, offset, length);
        }

        private void count(long more) throws IOException {
            written += more;
            if (written > MAX_BYTES) throw new TooLarge();
        }
    }
}
