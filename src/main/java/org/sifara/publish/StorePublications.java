package org.sifara.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.sifara.store.StoreDirectory;
import org.sifara.store.Tdb2Store;

/**
 * The publications of a store directory over time: the generation CURRENT names when the server
 * starts, then each generation a build switches CURRENT to, opened while the old one is still
 * served, and handed over for the server to switch to. A build never writes the generation a
 * server has open, so serving goes on without a pause and without a lock error.
 */
public final class StorePublications extends PolledPublications {

    /** How often CURRENT is looked at. */
    static final Duration POLL = Duration.ofMillis(500);
    /** How long opening a generation waits for a build that writes it in place to end. */
    static final Duration WAIT = Duration.ofMinutes(10);

    private final StoreDirectory store;

    private StorePublications(StoreDirectory store, Opened first) {
        super("the store " + store.path(), POLL, first);
        this.store = store;
    }

    /** Opens the store's current generation (waiting while a build writes it in place). */
    public static StorePublications open(Path dir) {
        StoreDirectory store = StoreDirectory.at(dir);
        Tdb2Store generation = Tdb2Store.openCurrent(store, WAIT);
        return new StorePublications(store, opened(store, generation));
    }

    /** The generation served now. */
    public String generation() {
        return served();
    }

    @Override
    protected Optional<String> identityNow() {
        return store.current();
    }

    @Override
    protected Optional<Opened> open(String generation) {
        return Optional.of(opened(store, Tdb2Store.open(store, generation, WAIT)));
    }

    /** The publication of an open generation; the generation is closed again if that fails. */
    private static Opened opened(StoreDirectory store, Tdb2Store generation) {
        try {
            return new Opened(generation.generation(), StorePublication.of(store, generation));
        } catch (RuntimeException e) {
            generation.close();
            throw e;
        }
    }
}
