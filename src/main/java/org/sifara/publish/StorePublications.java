package org.sifara.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.sifara.store.StoreDirectory;
import org.sifara.store.Tdb2Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publications of a store directory over time: the generation CURRENT names when the server
 * starts, then each generation a build switches CURRENT to, opened while the old one is still
 * served, and handed over for the server to switch to. A build never writes the generation a
 * server has open, so serving goes on without a pause and without a lock error.
 */
public final class StorePublications implements Publications {

    private static final Logger LOG = LoggerFactory.getLogger(StorePublications.class);
    /** How often CURRENT is looked at. */
    static final Duration POLL = Duration.ofMillis(500);
    /** How long opening a generation waits for a build that writes it in place to end. */
    static final Duration WAIT = Duration.ofMinutes(10);

    private final StoreDirectory store;
    private final Publication first;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sifara-store-watcher");
        t.setDaemon(true);
        return t;
    });
    private volatile String served;

    private StorePublications(StoreDirectory store, Publication first, String generation) {
        this.store = store;
        this.first = first;
        this.served = generation;
    }

    /** Opens the store's current generation (waiting while a build writes it in place). */
    public static StorePublications open(Path dir) {
        StoreDirectory store = StoreDirectory.at(dir);
        Tdb2Store generation = Tdb2Store.openCurrent(store, WAIT);
        try {
            return new StorePublications(store, StorePublication.of(store, generation), generation.generation());
        } catch (RuntimeException e) {
            generation.close();
            throw e;
        }
    }

    @Override
    public Publication first() {
        return first;
    }

    /** The generation served now. */
    public String generation() {
        return served;
    }

    @Override
    public void follow(Consumer<Publication> next) {
        watcher.scheduleWithFixedDelay(() -> check(next), POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(Consumer<Publication> next) {
        Optional<String> current = store.current();
        if (current.isEmpty() || current.get().equals(served)) {
            return;
        }
        try {
            Tdb2Store generation = Tdb2Store.open(store, current.get(), WAIT);
            Publication pub;
            try {
                pub = StorePublication.of(store, generation);
            } catch (RuntimeException e) {
                generation.close();
                throw e;
            }
            served = current.get();
            next.accept(pub);
            LOG.info("Serving {} (build {})", current.get(), pub.identity());
        } catch (RuntimeException e) {
            LOG.warn("Could not switch to {}: {}; serving {} still", current.get(), e.getMessage(), served);
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
