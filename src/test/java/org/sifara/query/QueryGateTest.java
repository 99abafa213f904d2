package org.sifara.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Places and a bounded waiting room: a query waits for a place only if there is room to wait. */
class QueryGateTest {

    @Test
    void withNoWaitingRoomASecondQueryIsRefusedAtOnce() {
        QueryGate gate = new QueryGate(1, 0);
        assertTrue(gate.tryEnter());
        long t0 = System.nanoTime();
        assertFalse(gate.tryEnter());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1), "refused without waiting");
        gate.leave();
        assertTrue(gate.tryEnter(), "the place is free again");
        assertEquals(1, gate.running());
    }

    @Test
    void aWaitingQueryGetsThePlaceWhenItIsFreed() throws Exception {
        QueryGate gate = new QueryGate(1, 1);
        assertTrue(gate.tryEnter());
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(gate::tryEnter);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (gate.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, gate.waiting(), "the second query waits for the place");
        assertFalse(gate.tryEnter(), "the waiting room (one) is taken, so a third is refused");
        gate.leave();
        assertTrue(waiter.get(5, TimeUnit.SECONDS), "the waiter got the freed place");
    }
}
