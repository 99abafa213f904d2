package org.sifara.store;

import java.util.function.LongConsumer;

import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * How one query says that its answer was cut at the row limit: an object put in that query's
 * context by whoever runs it (the HTTP endpoint, which then sets a header before writing; a saved
 * query's runner, which records it with the answer), and told by the row cap when it cuts.
 */
public final class Truncation {

    /** The context key; a Java name, not an IRI of the published namespace. */
    public static final Symbol SYMBOL = Symbol.create(Truncation.class.getName());

    private final LongConsumer listener;
    private volatile long cutAt;

    /** @param listener hears the row limit when the answer is cut, before the first row is given out */
    public Truncation(LongConsumer listener) {
        this.listener = listener;
    }

    /** A truncation that only records: see {@link #cutAt()}. */
    public Truncation() {
        this(rows -> { });
    }

    /** Puts this object in a query's context, where the row cap finds it. */
    public void putIn(Context context) {
        context.set(SYMBOL, this);
    }

    /** The row limit the answer was cut at, or 0 if it is whole (so far). */
    public long cutAt() {
        return cutAt;
    }

    /** Records that the answer was cut at {@code rows}, and tells the listener (a row cap outside the engine calls it). */
    public void cut(long rows) {
        cutAt = rows;
        listener.accept(rows);
    }

    static void report(Context context, long rows) {
        Object value = context == null ? null : context.get(SYMBOL);
        if (value instanceof Truncation t) {
            t.cut(rows);
        }
    }
}
