package org.sifara.query;

import java.util.concurrent.Semaphore;

/**
 * How many queries may run at once. A query that finds no room is refused at once (the caller
 * answers 503 with Retry-After) instead of waiting in a queue that could grow without limit.
 */
public final class QueryGate {

    private final Semaphore permits;
    private final int size;

    public QueryGate(int size) {
        this.size = size;
        this.permits = new Semaphore(size);
    }

    public boolean tryEnter() {
        return permits.tryAcquire();
    }

    public void leave() {
        permits.release();
    }

    public int size() {
        return size;
    }

    /** How many queries are running now. */
    public int running() {
        return size - permits.availablePermits();
    }
}
