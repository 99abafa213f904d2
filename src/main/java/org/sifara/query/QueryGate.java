package org.sifara.query;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many queries may run at once, and how many may wait for a place. The SPARQL endpoint and the
 * saved queries share the places, so that at most {@link #size()} queries run in all; when there
 * are two places or more, one of them is kept for saved queries, so that expensive queries sent to
 * the endpoint cannot take every place from the API. A query that finds no place waits, for a short
 * while, in a waiting room of bounded size; when the room is full or the wait runs out it is
 * refused (the caller answers 503 with Retry-After). Nothing queues without limit.
 */
public final class QueryGate {

    /** Who asks for a place. */
    public enum Lane {
        /** A query sent to {@code /sparql}: any of the places but the kept one. */
        ENDPOINT,
        /** A saved query: any place, the kept one included. */
        SAVED
    }

    /** The longest a query waits for a place. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final int size;
    private final Semaphore places;
    private final Semaphore endpointPlaces;
    private final Semaphore waiting;

    /**
     * @param size the most queries that run at once
     * @param waitingRoom the most queries that wait for a place at once
     */
    public QueryGate(int size, int waitingRoom) {
        if (size < 1) {
            throw new IllegalArgumentException("a gate needs at least one place");
        }
        this.size = size;
        this.places = new Semaphore(size, true);
        this.endpointPlaces = new Semaphore(size > 1 ? size - 1 : 1, true);
        this.waiting = new Semaphore(waitingRoom);
    }

    /** Takes a place for a query of {@code lane}, waiting up to {@link #MAX_WAIT} if there is room to wait; false if refused. */
    public boolean tryEnter(Lane lane) {
        try {
            if (tryTake(lane, 0)) {
                return true;
            }
            if (!waiting.tryAcquire()) {
                return false;
            }
            try {
                return tryTake(lane, MAX_WAIT.toNanos());
            } finally {
                waiting.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean tryTake(Lane lane, long waitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + waitNanos;
        if (lane == Lane.ENDPOINT && !endpointPlaces.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        if (places.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return true;
        }
        if (lane == Lane.ENDPOINT) {
            endpointPlaces.release();
        }
        return false;
    }

    /** Gives back the place a query of {@code lane} took. */
    public void leave(Lane lane) {
        places.release();
        if (lane == Lane.ENDPOINT) {
            endpointPlaces.release();
        }
    }

    /** The most queries that run at once, in all. */
    public int size() {
        return size;
    }

    /** How many queries are waiting for a place now. */
    int waiting() {
        return places.getQueueLength() + endpointPlaces.getQueueLength();
    }

    /** How many queries hold a place now. */
    public int running() {
        return size - places.availablePermits();
    }
}
