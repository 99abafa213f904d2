package org.sifara.publish;

import java.util.function.Consumer;

/**
 * What a server publishes over time: a first publication, and each new one as builds make them
 * ({@link PolledPublications} watches a store directory or a remote store), for the server to switch to without a pause. A
 * data folder converted at start-up is {@link #fixed} for the life of the server.
 */
public interface Publications extends AutoCloseable {

    /** The publication to serve from the start. */
    Publication first();

    /**
     * Calls {@code next} with each new publication from now on, from a thread of the source's own,
     * until it is closed; the receiver takes over closing each one it gets.
     */
    void follow(Consumer<Publication> next);

    /** Stops following; publications already handed over stay open. */
    @Override
    void close();

    /** One publication, never replaced. */
    static Publications fixed(Publication publication) {
        return new Publications() {
            @Override
            public Publication first() {
                return publication;
            }

            @Override
            public void follow(Consumer<Publication> next) {
                // never replaced
            }

            @Override
            public void close() {
                // nothing to stop
            }
        };
    }
}
