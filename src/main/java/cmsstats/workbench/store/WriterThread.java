package cmsstats.workbench.store;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * One thread that applies writes in the order given, so that the thread feeding it (parsing and validating rows)
 * runs on while the engine stores the previous ones. At most {@code maxInFlight} writes wait at a time, so a slow
 * disk cannot make the feeder fill the heap. After a write fails, later queued writes are skipped and the first
 * failure is reported by the next {@link #call} or {@link #submit}.
 */
final class WriterThread {
    /** A write on the thread's connection. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws SQLException;
    }

    private final ExecutorService executor;
    private final Semaphore inFlight;
    private volatile Exception failure;

    WriterThread(String name, int maxInFlight) {
        this.inFlight = new Semaphore(maxInFlight);
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a write without waiting for it. */
    void submit(Write<?> write) {
        throwIfFailed();
        inFlight.acquireUninterruptibly();
        executor.execute(() -> {
            try {
                if (failure == null) {
                    write.run();
                }
            } catch (SQLException | RuntimeException e) {
                failure = e;
            } finally {
                inFlight.release();
            }
        });
    }

    /** Runs a write after every queued one and waits for its result. */
    <T> T call(Write<T> write) {
        try {
            return executor.submit(() -> {
                if (failure != null) {
                    throw failure;
                }
                return write.run();
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** Runs a clean-up write even after a failure (closing the connection), and stops the thread. */
    void finish(Write<?> cleanUp) {
        try {
            executor.submit(() -> {
                cleanUp.run();
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while closing the store's writer", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } finally {
            executor.shutdown();
        }
    }

    private void throwIfFailed() {
        if (failure != null) {
            throw failure(failure);
        }
    }

    private static StoreException failure(Throwable cause) {
        return cause instanceof StoreException store ? store
                : new StoreException("Cannot write rows to the store: " + cause.getMessage(), cause);
    }
}
