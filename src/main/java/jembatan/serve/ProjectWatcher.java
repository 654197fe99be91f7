package jembatan.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code content/} and {@code templates/} and rebuilds the {@link LiveSite} when a file
 * changes. An editor's save often arrives as several events (write, rename, attributes); they are
 * gathered for a few milliseconds into one rebuild. directory-watcher watches natively on macOS,
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

    public static ProjectWatcher start(Path projectRoot, Runnable rebuild) throws IOException {
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
        ScheduledFuture<?>[] pending = new ScheduledFuture<?>[1];
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false)
                .listener(event -> {
                    synchronized (lock) {
                        if (pending[0] != null) pending[0].cancel(false);
                        pending[0] = scheduler.schedule(rebuild, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
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
