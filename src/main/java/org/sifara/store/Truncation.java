package org.sifara.store;

import java.util.function.LongConsumer;

/**
 * Who hears that a query's answer was cut at the row limit: the HTTP request (which adds a
 * header) or the command line (which warns). Per thread, because a query runs on the thread of
 * the request that asked for it.
 */
public final class Truncation {

    private static final ThreadLocal<LongConsumer> LISTENER = new ThreadLocal<>();

    private Truncation() {}

    /** Runs {@code work} with {@code listener} told of any truncation. */
    public static <T> T listen(LongConsumer listener, java.util.function.Supplier<T> work) {
        LongConsumer previous = LISTENER.get();
        LISTENER.set(listener);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                LISTENER.remove();
            } else {
                LISTENER.set(previous);
            }
        }
    }

    static void report(long rows) {
        LongConsumer listener = LISTENER.get();
        if (listener != null) {
            listener.accept(rows);
        }
    }
}
