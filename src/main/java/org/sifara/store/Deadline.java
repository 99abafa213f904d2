package org.sifara.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * One query's end: its cancel flag (which the guard's timer sets) and the instant its time is up.
 * Whatever reads triples for the query calls {@link #check()}, so that every shape of query stops
 * once either says so, whichever engine evaluates it.
 */
final class Deadline {

    private final AtomicBoolean cancel;
    private final long deadlineNanos;

    Deadline(AtomicBoolean cancel, long deadlineNanos) {
        this.cancel = cancel;
        this.deadlineNanos = deadlineNanos;
    }

    /** Stops the query if it was cancelled or its time is up. */
    void check() {
        if (cancel.get() || System.nanoTime() - deadlineNanos > 0) {
            cancel.set(true);
            throw new QueryCancelledException();
        }
    }
}
