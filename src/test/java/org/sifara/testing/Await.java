package org.sifara.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting on a condition instead of sleeping: as short as the machine allows, as long as it needs. */
public final class Await {

    private Await() {}

    /** Returns once {@code condition} holds; fails with {@code what} if it does not within {@code atMost}. */
    public static void until(Duration atMost, BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("waited " + atMost.toMillis() + " ms for: " + what.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what.get());
            }
        }
    }
}
