package org.sifara.publish;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publications that a source names by an identity (a store's generation, a remote store's
 * publication state): every {@code every}, the source is asked which identity it holds now, and
 * when that is not the one served, the new publication is opened while the old one is still
 * served, and handed over. A source that cannot be read or opened is logged and the old
 * publication goes on being served.
 */
public abstract class PolledPublications implements Publications {

    private static final Logger LOG = LoggerFactory.getLogger(PolledPublications.class);

    /** A publication opened, with the identity it was opened at. */
    public record Opened(String identity, Publication publication) {}

    private final String source;
    private final Duration every;
    private final Publication first;
    private final ScheduledExecutorService watcher;
    private volatile String served;

    /**
     * @param source what the log calls the source ("the store /srv/store")
     * @param first  the publication opened at start, served until a new one is found
     */
    protected PolledPublications(String source, Duration every, Opened first) {
        this.source = source;
        this.every = every;
        this.first = first.publication();
        this.served = first.identity();
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sifara-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** The identity the source holds now, if it holds any. */
    protected abstract Optional<String> identityNow();

    /** Opens what the source holds now (its identity may be newer than {@code identity}), if anything. */
    protected abstract Optional<Opened> open(String identity);

    @Override
    public final Publication first() {
        return first;
    }

    /** The identity served now. */
    public final String served() {
        return served;
    }

    @Override
    public final void follow(Consumer<Publication> next) {
        watcher.scheduleWithFixedDelay(() -> check(next), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(Consumer<Publication> next) {
        try {
            Optional<String> now = identityNow();
            if (now.isEmpty() || now.get().equals(served)) {
                return;
            }
            Optional<Opened> opened = open(now.get());
            if (opened.isPresent()) {
                served = opened.get().identity();
                next.accept(opened.get().publication());
                LOG.info("Serving {} from {}", served, source);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look at {}: {}; serving {} still", source, e.getMessage(), served);
        }
    }

    @Override
    public final void close() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
