package org.sifara.store;

import java.util.concurrent.atomic.AtomicInteger;

/** How many queries a guard's views are running now, and the most that ever ran at once. */
public final class ActiveQueries {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    void started() {
        int now = running.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    void ended() {
        running.decrementAndGet();
    }

    public int running() {
        return running.get();
    }

    public int peak() {
        return peak.get();
    }
}
