package org.sifara.store;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The limits every query on Sifara's data runs under: a time budget that holds whatever the
 * query's shape (enforced by {@link DeadlineEngine}), a maximum number of result rows, and no
 * federated {@code SERVICE} calls. Installed on a dataset's context, they apply to the SPARQL
 * endpoint, the saved queries and the command line alike.
 */
public record QueryLimits(Duration timeout, long maxRows) {

    /** Marks a dataset whose queries {@link DeadlineEngine} runs. */
    static final Symbol GUARDED = Symbol.create("org.sifara.store.guardedQueries");
    static final Symbol MAX_ROWS = Symbol.create("org.sifara.store.maxRows");

    public static final long DEFAULT_MAX_ROWS = 10_000;

    public static QueryLimits of(Duration timeout) {
        return new QueryLimits(timeout, DEFAULT_MAX_ROWS);
    }

    /** Puts the limits on the dataset's context and turns on the deadline engine for it. */
    public DatasetGraph installOn(DatasetGraph dataset) {
        DeadlineEngine.registerOnce();
        Context cxt = dataset.getContext();
        cxt.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        cxt.set(ARQ.httpServiceAllowed, false);
        // Constant folding evaluates expressions while the plan is made, before any time limit
        // runs: REGEX('aaaa...', '(.*a){20}x') would backtrack there for ever.
        cxt.set(ARQ.optExprConstantFolding, false);
        cxt.set(MAX_ROWS, maxRows);
        GuardedFunctions.installOn(cxt);
        cxt.set(GUARDED, true);
        return dataset;
    }

    /** The overall time limit in a context, in milliseconds ({@code "N"} or {@code "first,overall"}). */
    static long timeoutMillis(Context cxt, long fallback) {
        Object value = cxt.get(ARQ.queryTimeout);
        if (value == null) {
            return fallback;
        }
        String text = value.toString();
        String overall = text.contains(",") ? text.substring(text.indexOf(',') + 1) : text;
        try {
            long ms = Long.parseLong(overall.strip());
            return ms > 0 ? ms : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static long maxRows(Context cxt) {
        Object value = cxt.get(MAX_ROWS);
        return value instanceof Number n ? n.longValue() : -1;
    }
}
