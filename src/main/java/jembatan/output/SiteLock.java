package jembatan.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One build at a time per project: the build that may write {@code site/} holds an exclusive
 * lock on {@code .site.staging/lock}. The operating system lets go of it when the process ends,
 * however it ends ({@code kill -9} included), so no lock is ever left behind to be cleaned up by
 * hand; the file itself stays, empty of meaning, and is never deleted (a lock on a deleted file
 * would let the next build lock a new one beside it). The holder writes its process id into the
 * file, so that a build that has to wait can say which process it waits for. The file lives in
 * the staging folder because that is the one place beside {@code site/} that builds write.
 *
 * <p>Within one JVM the lock is reentrant for the thread that holds it and other threads queue on
 * it: POSIX locks belong to a process, and closing any channel of the file would release them all.
 */
public final class SiteLock implements AutoCloseable {
    /** The lock's file name in the staging folder. */
    public static final String FILE = "lock";
    private static final long POLL_MILLIS = 100;

    /** Asked while another build holds the lock, about every tenth of a second: whether to go on waiting. */
    @FunctionalInterface
    public interface Patience {
        /** {@code holder} is the other build's process id, or -1 while it is not known. */
        boolean keepWaiting(long holder);

        /** Waits as long as it takes, silently. */
        Patience FOREVER = holder -> true;
    }

    /** Another build held the lock for longer than the patience given; {@code holder} is its process id, or -1. */
    public static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        private final long holder;

        Busy(long holder) {
            super("another build holds the lock" + (holder > 0 ? " (process " + holder + ")" : ""));
            this.holder = holder;
        }

        public long holder() {
            return holder;
        }
    }

    /** What this JVM knows of one lock file: which thread holds it, and the channel that holds the OS lock while one does. */
    private static final class Holder {
        final ReentrantLock threads = new ReentrantLock();
        @Nullable FileChannel channel;
        @Nullable FileLock lock;
    }

    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private final Holder holder;
    private boolean closed;

    private SiteLock(Holder holder) {
        this.holder = holder;
    }

    /** Takes the lock of the project whose site is {@code site}, waiting while {@code patience} says so. */
    public static SiteLock acquire(Path site, Patience patience) throws IOException, Busy {
        Path folder = SiteWriter.stagingFolderOf(site);
        Path file = folder.resolve(FILE);
        Holder holder = HOLDERS.computeIfAbsent(file, f -> new Holder());
        try {
            while (!holder.threads.tryLock(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!patience.keepWaiting(ProcessHandle.current().pid())) throw new Busy(ProcessHandle.current().pid());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(-1);
        }
        if (holder.threads.getHoldCount() > 1) return new SiteLock(holder);
        try {
            FileChannel channel = open(folder, file);
            try {
                Optional<FileLock> lock = tryLock(channel);
                while (lock.isEmpty()) {
                    if (!patience.keepWaiting(holderOf(channel))) throw new Busy(holderOf(channel));
                    Thread.sleep(POLL_MILLIS);
                    lock = tryLock(channel);
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                holder.channel = channel;
                holder.lock = lock.get();
                return new SiteLock(holder);
            } catch (IOException | Busy | RuntimeException e) {
                channel.close();
                throw e;
            } catch (InterruptedException e) {
                channel.close();
                Thread.currentThread().interrupt();
                throw new Busy(-1);
            }
        } catch (IOException | Busy | RuntimeException e) {
            holder.threads.unlock();
            throw e;
        }
    }

    /**
     * The lock file, as a file of the build's own: a staging folder that is a link or a file is
     * removed (never followed), and so is a lock "file" that is a link or has a second name (a
     * hard link), whose bytes the pid would overwrite.
     */
    private static FileChannel open(Path folder, Path file) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) Files.delete(folder);
        Files.createDirectories(folder);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || SiteWriter.links(file) > 1)) {
            Files.deleteIfExists(file);
        }
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** The OS lock, unless another process holds it (the JDK's null) or this JVM does through another path to the same file. */
    private static Optional<FileLock> tryLock(FileChannel channel) throws IOException {
        try {
            return Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            return Optional.empty();
        }
    }

    /** The process id the holder wrote, or -1 while it has not written it yet. */
    private static long holderOf(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(24);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            if (holder.threads.getHoldCount() == 1 && holder.channel != null) {
                FileChannel channel = holder.channel;
                holder.channel = null;
                holder.lock = null;
                channel.close(); // releases the lock
            }
        } finally {
            holder.threads.unlock();
        }
    }
}
