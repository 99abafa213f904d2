package org.sifara.query;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many queries may run at once, and how many may wait for a place. A query that finds every
 * place taken waits, for a short while, in a waiting room of bounded size; when the room is full
 * or the wait runs out it is refused (the caller answers 503 with Retry-After). Nothing queues
 * without limit.
 */
public final class QueryGate {

    /** The longest a query waits for a place. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final Semaphore running;
    private final Semaphore waiting;
    private final int size;

    public QueryGate(int size, int waitingRoom) {
        this.size = size;
        this.running = new Semaphore(size);
        this.waiting = new Semaphore(waitingRoom);
    }

    /** Takes a place, waiting up to {@link #MAX_WAIT} if there is room to wait; false if refused. */
    public boolean tryEnter() {
        if (running.tryAcquire()) {
            return true;
        }
        if (!waiting.tryAcquire()) {
            return false;
        }
        try {
            return running.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.release();
        }
    }

    public void leave() {
        running.release();
    }

    public int size() {
        return size;
    }

    /** How many queries are waiting for a place now. */
    int waiting() {
        return running.getQueueLength();
    }

    /** How many queries are running now. */
    public int running() {
        return size - running.availablePermits();
    }
}
