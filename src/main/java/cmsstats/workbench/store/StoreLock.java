package cmsstats.workbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The workbench's own lock on a store directory ({@value #FILE_NAME}): every process with the store open holds
 * it shared, so that a password change, which must be alone, can take it exclusively or say who is in the way.
 * Stores opened more than once in one process share one lock (file locks belong to the process).
 */
final class StoreLock implements AutoCloseable {
    static final String FILE_NAME = "store.lock";
    private static final Map<Path, StoreLock> HELD = new HashMap<>();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;
    private int users;

    private StoreLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the store shared, or refuses while a password change holds it. */
    static StoreLock shared(Path directory) {
        synchronized (HELD) {
            StoreLock held = HELD.get(directory);
            if (held != null && lockIsShared(held)) {
                held.users++;
                return held;
            }
            if (held != null) {
                throw changing(directory);
            }
            StoreLock taken = take(directory, true, null);
            HELD.put(directory, taken);
            taken.users = 1;
            return taken;
        }
    }

    /** Takes the store for this process alone, or says in one line that another workbench has it open. */
    static StoreLock exclusive(Path directory, String action) {
        synchronized (HELD) {
            if (HELD.containsKey(directory)) {
                throw inUse(directory, action);
            }
            StoreLock taken = take(directory, false, action);
            HELD.put(directory, taken);
            taken.users = 1;
            return taken;
        }
    }

    private static boolean lockIsShared(StoreLock held) {
        return held.lock.isShared();
    }

    private static StoreLock take(Path directory, boolean shared, String action) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(0, 1, shared);
            if (lock == null) {
                channel.close();
                throw shared ? changing(directory) : inUse(directory, action);
            }
            return new StoreLock(directory, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock the store " + directory + ": " + e.getMessage(), e);
        }
    }

    private static StoreException changing(Path directory) {
        return new StoreException("the store " + directory + " is having its password changed: wait until "
                + "that finishes, then try again");
    }

    private static StoreException inUse(Path directory, String action) {
        return new StoreException("the store " + directory + " is open in another workbench (the desktop or a "
                + "command): close it, then " + action + " again");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (--users > 0) {
                return;
            }
            HELD.remove(directory);
            try {
                lock.release();
            } catch (IOException e) {
                closeQuietly(channel);
                return;
            }
            closeQuietly(channel);
        }
    }
}
