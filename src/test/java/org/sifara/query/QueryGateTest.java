package org.sifara.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sifara.query.QueryGate.Lane;

/**
 * Places and a bounded waiting room: at most {@code size} queries hold a place, the endpoint's and
 * the saved queries' together, one place is kept for saved queries, and a query waits for a place
 * only if there is room to wait.
 */
class QueryGateTest {

    @Test
    void withNoWaitingRoomASecondQueryIsRefusedAtOnce() {
        QueryGate gate = new QueryGate(1, 0);
        assertTrue(gate.tryEnter(Lane.SAVED));
        long t0 = System.nanoTime();
        assertFalse(gate.tryEnter(Lane.SAVED));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1), "refused without waiting");
        gate.leave(Lane.SAVED);
        assertTrue(gate.tryEnter(Lane.SAVED), "the place is free again");
        assertEquals(1, gate.running());
    }

    @Test
    void theEndpointAndTheSavedQueriesShareTheirPlaces() {
        QueryGate gate = new QueryGate(3, 0);
        assertTrue(gate.tryEnter(Lane.ENDPOINT));
        assertTrue(gate.tryEnter(Lane.ENDPOINT));
        assertFalse(gate.tryEnter(Lane.ENDPOINT), "the third place is kept for saved queries");
        assertTrue(gate.tryEnter(Lane.SAVED), "a saved query takes the kept place");
        assertFalse(gate.tryEnter(Lane.SAVED), "three places in all, not three per kind of query");
        assertEquals(3, gate.running());
        gate.leave(Lane.ENDPOINT);
        assertTrue(gate.tryEnter(Lane.SAVED), "saved queries may take any free place");
        assertFalse(gate.tryEnter(Lane.ENDPOINT));
    }

    @Test
    void aSinglePlaceServesEither() {
        QueryGate gate = new QueryGate(1, 0);
        assertTrue(gate.tryEnter(Lane.ENDPOINT), "with one place, nothing can be kept back");
        assertFalse(gate.tryEnter(Lane.SAVED));
        gate.leave(Lane.ENDPOINT);
        assertTrue(gate.tryEnter(Lane.SAVED));
    }

    @Test
    void aWaitingQueryGetsThePlaceWhenItIsFreed() throws Exception {
        QueryGate gate = new QueryGate(1, 1);
        assertTrue(gate.tryEnter(Lane.SAVED));
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> gate.tryEnter(Lane.SAVED));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (gate.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, gate.waiting(), "the second query waits for the place");
        assertFalse(gate.tryEnter(Lane.SAVED), "the waiting room (one) is taken, so a third is refused");
        gate.leave(Lane.SAVED);
        assertTrue(waiter.get(5, TimeUnit.SECONDS), "the waiter got the freed place");
    }
}
