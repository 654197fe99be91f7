package jembatan.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code content/} and {@code templates/} and rebuilds the {@link LiveSite} when a file
 * changes. An editor's save often arrives as several events (write, rename, attributes); they are
 * gathered for a few milliseconds into one rebuild, which is told the files they touched so that
 * it can do no more than they need. directory-watcher watches natively on macOS,
 * where the JDK's own watch service only polls.
 */
public final class ProjectWatcher implements AutoCloseable {
    static final long SETTLE_MILLIS = 15;

    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService scheduler;

    private ProjectWatcher(DirectoryWatcher watcher, ScheduledExecutorService scheduler) {
        this.watcher = watcher;
        this.scheduler = scheduler;
    }

    /** Calls {@code rebuild} with the paths saved since its last call, or none when the file system lost count. */
    public static ProjectWatcher start(Path projectRoot, java.util.function.Consumer<Optional<java.util.Set<Path>>> rebuild) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (String name : List.of("content", "templates")) {
            Path folder = projectRoot.resolve(name).toAbsolutePath();
            if (Files.isDirectory(folder)) folders.add(folder);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jembatan-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        Object lock = new Object();
        // The paths saved since the last rebuild; lost after an overflow, when any file may have changed.
        final class Saved {
            java.util.Set<Path> paths = new java.util.HashSet<>();
            boolean lost;
            Optional<ScheduledFuture<?>> pending = Optional.empty();
        }
        Saved saved = new Saved();
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false)
                .listener(event -> {
                    synchronized (lock) {
                        // directory-watcher hands over an event without a path as well as an overflow.
                        Path path = event.path();
                        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || path == null) saved.lost = true;
                        else saved.paths.add(path);
                        saved.pending.ifPresent(earlier -> earlier.cancel(false));
                        saved.pending = Optional.of(scheduler.schedule(() -> {
                            Optional<java.util.Set<Path>> these;
                            synchronized (lock) {
                                these = saved.lost ? Optional.empty() : Optional.of(saved.paths);
                                saved.paths = new java.util.HashSet<>();
                                saved.lost = false;
                            }
                            rebuild.accept(these);
                        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS));
                    }
                })
                .build();
        watcher.watchAsync();
        return new ProjectWatcher(watcher, scheduler);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        scheduler.shutdownNow();
    }
}
