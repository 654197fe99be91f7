package jembatan.source;

import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * When a file's size and time may stand for its contents. A file system's clock moves in ticks
 * (two seconds on FAT, a few milliseconds on ext4), and a file saved twice within one tick keeps
 * its time; so a file whose time is less than two seconds before the moment it was looked at is
 * "racy", as git calls such entries, and only its bytes tell whether it changed. The project's
 * listing, the article files and the site's pages a build reuses, and the staging folder's
 * record of its folders all go by this one rule.
 */
public final class SettledTime {
    /** The coarsest tick of a file system in use: FAT's. */
    private static final long TICK = TimeUnit.SECONDS.toNanos(2);

    private SettledTime() {
    }

    /**
     * The time, in nanoseconds, before which a file must have last changed for its size and time
     * to stand for its contents, when it was looked at {@code now} (a time the file system gave,
     * such as the time of a file written then).
     */
    public static long before(FileTime now) {
        return now.to(TimeUnit.NANOSECONDS) - TICK;
    }
}
