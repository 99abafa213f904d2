package org.sifara.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.config.QueryLimits;

/**
 * Keeps the queries on a dataset within their limits, whatever their shape. The server and the
 * command line ask {@link #forThisJena()} for the guard and query only the views it gives.
 *
 * <p>In Jena 5.6 ARQ's own timeout lets some shapes run far past it (apache/jena issue 3535, fixed
 * in Jena 6, which needs Java 21), so the guard in use is {@link DeadlineGuard}, Sifara's engine.
 * Once a Jena upgrade stops the runaway shapes with its own timeout (the canary test,
 * {@code PlainArqCanaryTest}, says so by failing), a guard that only sets ARQ's timeout, the
 * row limit and no {@code SERVICE} can take its place here, and the engine can go.
 */
public interface QueryGuard extends AutoCloseable {

    /**
     * A view of {@code dataset}, with a context of its own, whose queries keep to {@code limits}
     * (time, rows), may not call out ({@code SERVICE}) or load code by name. The dataset beneath
     * is not changed.
     */
    DatasetGraph guard(DatasetGraph dataset, QueryLimits limits);

    /** The queries running now on this guard's views, and the most that ran at once. */
    ActiveQueries active();

    /** Stops what the guard runs for its queries (timers); views it gave stop being guarded. */
    @Override
    void close();

    /** The guard that holds with the Jena this build runs on. */
    static QueryGuard forThisJena() {
        return new DeadlineGuard();
    }
}
