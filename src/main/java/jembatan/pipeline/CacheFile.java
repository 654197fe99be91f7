package jembatan.pipeline;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import jembatan.html.SiteFile;
import jembatan.output.SiteLock;
import jembatan.output.SiteWriter;
import jembatan.report.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The build cache kept on disk between one-off builds ({@code .site.staging/cache}), so that a
 * {@code build} after an edit starts where the last good one ended, as the preview does in
 * memory: {@link #build} runs a build from it, {@link #saveBeside} keeps the cache a good run
 * returned. It never changes the output: what it holds is reused only where the in-memory cache's
 * would be (the same code, environment and article values), and pages only when {@code site/}
 * still has the bytes they were.
 *
 * <p>The file starts with what wrote it ({@link CacheKey#code}); another version's, or any file
 * that is damaged, cut short or not a cache, is ignored with one line saying why, and the build
 * makes everything. It is written whole to {@code cache.new}, which takes its place by a rename
 * once the site is written, so a build killed at any moment leaves the last cache, or none (the
 * next build writes over what a killed one left). Past {@link #MAX_BYTES} it is not kept at all.
 */
public final class CacheFile {
    private static final byte[] MAGIC = "jembatan build cache\n".getBytes(StandardCharsets.US_ASCII);
    /** The layout of the records; a change to {@link StoredRun} or the codecs changes the code's check as well. */
    private static final int FORMAT = 4;
    /** The most a cache may take on disk: about four times the Markdown of 2 x 20,000 articles. */
    static final long MAX_BYTES = 1L << 30;

    private final Path projectRoot;
    private final Path site;
    private final Path file;
    /**
     * The listing of the project that {@link #build} took before it read anything, kept with the
     * cache that build returns ({@link #saveBeside}); nothing before a build, or when the project
     * could not be listed.
     */
    private volatile Optional<ProjectFiles> listed = Optional.empty();
    /**
     * The description of the environment the build compared with the stored one's
     * ({@link CacheKey#environment}), for the cache it returns, which has that environment: at
     * 2 x 5,000 it describes 10,000 articles' addresses, so it is made once a build.
     */
    private volatile @Nullable Described described;

    private record Described(Inputs.Environment environment, List<String> description) {
    }

    /** The cache of the project at {@code projectRoot}, whose site is {@code site}, kept in {@code file}. */
    public CacheFile(Path projectRoot, Path site, Path file) {
        this.projectRoot = projectRoot;
        this.site = site;
        this.file = file;
    }

    /**
     * A build that started from the file; when the file was there but could not be used, why (for
     * one line); when the build started where the stored run ended, the files it found saved
     * since (relative to the project), the only ones it looked at when they are articles. The
     * files it took from {@code site/} as they are, the site says itself ({@link SiteFile.Published}).
     */
    public record Run(Build.Result result, Optional<String> ignored, Optional<Set<String>> saved) {
        Run(Build.Result result, Optional<String> ignored) {
            this(result, ignored, Optional.empty());
        }
    }

    /**
     * Builds the project with {@code options}, starting from the cache in the file: from nothing
     * when there is none; from the articles it read when the environment has changed since (the
     * run then makes everything, but reads only the files that changed); from everything it made
     * otherwise. The file is only read: {@link #saveBeside} keeps the cache the run returns.
     */
    public Run build(BuildOptions options, Progress progress) {
        progress.stage("cache");
        // Listed before anything is read, so that a file saved during this build is found saved by the next.
        listed = ProjectFiles.of(projectRoot);
        // The file is read on a thread of its own while the configuration, templates and facts are.
        CompletableFuture<Loaded> loading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                loading.complete(load());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "build cache reader");
        reader.setDaemon(true);
        reader.start();
        Problems problems = new Problems();
        // With a file to read they are part of the cache's stage; without, the build's first stages, as a build without the cache has them.
        boolean hasFile = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Optional<Inputs.Project> project = Inputs.project(projectRoot, options, BuildCache.EMPTY, problems, hasFile ? Progress.NONE : progress);
        Loaded loaded = loading.join();
        if (loaded.stored().isEmpty()) return new Run(whole(options, progress, project, problems, BuildCache.EMPTY, read -> BuildCache.EMPTY), loaded.ignored());
        try {
            return build(loaded.stored().get(), loaded.written(), options, progress, project, problems);
        } catch (StoredResults.Unreadable e) {
            // A record is read when the run asks for it; the file's check passed, so only a file made to pass it gets here.
            return new Run(Build.run(projectRoot, options, progress, BuildCache.EMPTY, Optional.empty()),
                    ignored("it cannot be read (" + e.getMessage() + ")").ignored());
        }
    }

    /** A build from {@code stored}, with the project's configuration, templates and facts read already (and their problems). */
    private Run build(StoredRun stored, FileTime written, BuildOptions options, Progress progress, Optional<Inputs.Project> project,
                      Problems problems) {
        // The site's files are read and checked on a thread of their own while the project is read.
        CompletableFuture<Map<String, SiteFile.Published>> kept = new CompletableFuture<>();
        Thread reading = new Thread(() -> {
            try {
                kept.complete(stored.siteAsItIs(site, fileSystemNow()));
            } catch (RuntimeException e) {
                kept.complete(Map.of()); // a name the file system refuses: no page is taken as it is
            }
        }, "cached site");
        reading.setDaemon(true);
        reading.start();
        BuildCache files = StoredRun.readFilesOnly(stored.articleFiles(written));
        if (project.isPresent() && problems.isEmpty()) {
            Optional<Run> resumed = resume(stored, written, options, progress, project.get(), kept);
            if (resumed.isPresent()) return resumed.get();
        }
        // In another environment a run reuses nothing of its cache but the article files, which it has in what it read already.
        Build.Result result = whole(options, progress, project, problems, files,
                read -> environmentOf(read.environment()).equals(stored.environment()) ? stored.cache(read, kept.join()) : files);
        return new Run(result, Optional.empty(), Optional.empty());
    }

    /**
     * A whole run, the project's content loaded with the article files of {@code files}, from
     * the cache {@code from} gives for what was read. A project with a mistake is built as
     * without anything stored, so that the run reports what is wrong as any run does.
     */
    private Build.Result whole(BuildOptions options, Progress progress, Optional<Inputs.Project> project, Problems problems, BuildCache files,
                               java.util.function.Function<Inputs, BuildCache> from) {
        Optional<Inputs> inputs = project.filter(read -> problems.isEmpty())
                .flatMap(read -> read.with(options, Inputs.Content.loading(projectRoot, options, problems, files.files()), progress));
        if (inputs.isEmpty() || !problems.isEmpty()) return Build.run(projectRoot, options, progress, files, Optional.empty());
        return Build.run(projectRoot, options, progress, from.apply(inputs.get()), inputs.get());
    }

    /**
     * A run after the stored one that starts where it ended, as a preview's run after a save
     * does: told which files were saved since (by the listings of the project, the stored one and
     * this build's), it takes the site as the stored run published it, and looks again only at
     * the saved articles and the pages they reach (a template, the facts or a new file make it a
     * whole run). Nothing when the stored run cannot be resumed so: no listing, another folder or
     * environment, or another day's publication.
     */
    private Optional<Run> resume(StoredRun stored, FileTime written, BuildOptions options, Progress progress, Inputs.Project project,
                                 CompletableFuture<Map<String, SiteFile.Published>> kept) {
        if (listed.isEmpty() || stored.project().isEmpty()) return Optional.empty();
        Optional<Set<String>> saved = listed.get().savedSince(stored.project().get(), written);
        if (saved.isEmpty()) return Optional.empty();
        Optional<Inputs> inputs = project.with(options, config -> stored.content(config, options.publication(), written), progress);
        if (inputs.isEmpty()) return Optional.empty();
        Inputs read = inputs.get();
        if (!environmentOf(read.environment()).equals(stored.environment())) return Optional.empty();
        Problems problems = new Problems();
        Inputs.Tools tools = read.tools(projectRoot, problems);
        if (!problems.isEmpty()) return Optional.empty();
        return Optional.of(new Run(Build.run(projectRoot, options, progress, stored.resumed(read, kept.join(), tools), saved), Optional.empty(), saved));
    }

    /**
     * The time of the lock the build holds ({@code .site.staging/lock}), which it wrote as it
     * began: the file system's now, by the clock that stamps the pages it compares it with (the
     * computer's may differ, as a network file system's does). Long ago when there is none, so
     * that no page seems settled.
     */
    private FileTime fileSystemNow() {
        try {
            return Files.getLastModifiedTime(SiteWriter.stagingFolderOf(site).resolve(SiteLock.FILE), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The description of {@code environment}, made once for the environment a build read. */
    private List<String> environmentOf(Inputs.Environment environment) {
        Described known = described;
        if (known != null && known.environment() == environment) return known.description();
        List<String> description = CacheKey.environment(projectRoot, environment);
        described = new Described(environment, description);
        return description;
    }

    /** What the file holds: a run's results, or why they cannot be used; neither when there is no file. */
    private record Loaded(Optional<StoredRun> stored, @Nullable FileTime written, Optional<String> ignored) {
    }

    private Loaded load() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return new Loaded(Optional.empty(), null, Optional.empty());
        // A pipe in its place would block the read; a link could lead anywhere.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return ignored("it is not a file");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileTime written = Files.getLastModifiedTime(file);
            if (channel.size() > MAX_BYTES) return ignored("it is larger than a build cache can be");
            ByteBuffer contents = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] start = new byte[Math.min(MAGIC.length, contents.remaining())];
            contents.get(start);
            if (!Arrays.equals(start, MAGIC)) return ignored("it is not a Jembatan build cache");
            CacheReader reader = new CacheReader(contents);
            if (reader.integer() != FORMAT) return ignored("it was written by another version of Jembatan");
            String code = reader.text();
            if (!code.equals(CacheKey.code())) return ignored("it was written by another version of Jembatan (" + code + ")");
            reader.verify();
            StoredRun stored = StoredRun.read(projectRoot, reader);
            reader.finish();
            return new Loaded(Optional.of(stored), written, Optional.empty());
        } catch (CacheReader.Damaged e) {
            return ignored(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Whatever else a damaged file makes the records do (a language tag that is not one,
            // values a record refuses) is the file's fault, not the build's: it is ignored.
            return ignored("it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Loaded ignored(String why) {
        return new Loaded(Optional.empty(), null, Optional.of("ignoring the build cache at " + shown() + ": " + why + "; building everything"));
    }

    /** The file as the editor finds it: from the project folder. */
    private String shown() {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * Starts writing {@code cache} to a file beside this one, on a thread of its own, so that it is
     * written while the site is: {@link Saving#keep} then puts it in this file's place, once the
     * site is written, and {@link Saving#drop} throws it away when the site could not be.
     */
    public Saving saveBeside(BuildCache cache) {
        Saving saving = new Saving(file.resolveSibling(file.getFileName() + ".new"));
        if (!cache.built()) return saving;
        saving.thread = new Thread(() -> {
            try {
                saving.written = write(saving.temporary, cache);
            } catch (IOException | RuntimeException e) {
                saving.failed = e;
            }
        }, "build cache");
        saving.thread.start();
        return saving;
    }

    /** A cache being written beside the file. */
    public final class Saving {
        private final Path temporary;
        private Thread thread;
        private boolean written;
        private Exception failed;

        private Saving(Path temporary) {
            this.temporary = temporary;
        }

        /** Waits for the cache to be written, then puts it in the file's place (a cache too large to keep removes the file). */
        public void keep() throws IOException {
            if (!finished()) return;
            if (failed != null) {
                Files.deleteIfExists(temporary);
                throw failed instanceof IOException io ? io : new IOException(failed);
            }
            if (written) Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            else Files.deleteIfExists(file);
        }

        /** Waits for the writing to end, and removes what it wrote. */
        public void drop() throws IOException {
            finished();
            Files.deleteIfExists(temporary);
        }

        private boolean finished() throws IOException {
            if (thread == null) return false;
            try {
                thread.join();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while writing the build cache");
            }
        }
    }

    /** Writes {@code cache} to {@code temporary}; false, and nothing written, when it would pass {@link #MAX_BYTES}. */
    private boolean write(Path temporary, BuildCache cache) throws IOException {
        Files.createDirectories(temporary.getParent());
        Files.deleteIfExists(temporary);
        StoredRun stored = StoredRun.of(cache, listed, environmentOf(cache.environment()));
        try (Bounded bounded = new Bounded(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
             CacheWriter writer = new CacheWriter(bounded)) {
            bounded.write(MAGIC);
            writer.integer(FORMAT);
            writer.text(CacheKey.code());
            stored.write(projectRoot, writer);
            writer.finish();
            return true;
        } catch (TooLarge e) {
            Files.deleteIfExists(temporary);
            return false;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

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
