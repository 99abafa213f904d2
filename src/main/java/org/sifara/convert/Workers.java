package org.sifara.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one task per item on a few threads and gives the results in the items' order, so that a
 * parallel run reports the same problems in the same order as a sequential one. Articles are
 * independent once the id index is built: reading, converting and validating them is where a
 * conversion spends its time.
 */
public final class Workers {

    private final int threads;

    /** @param threads how many tasks run at once (at least 1) */
    public Workers(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** One thread per core. */
    public static Workers perCore() {
        return new Workers(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** {@code task} applied to every item; the first failure of a task is thrown, as it was thrown. */
    public <T, R> List<R> map(List<T> items, Function<T, R> task) {
        if (threads == 1 || items.size() < 2) {
            return items.stream().map(task).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "sifara-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
