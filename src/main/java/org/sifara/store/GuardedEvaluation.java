package org.sifara.store;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What both of the guard's engines ({@link DeadlineEngine}, {@link DeadlineEngineTdb}) do around
 * an evaluation: set the query's cancel flag from the guard's own timer (not ARQ's, whose callback
 * waits on a lock held while the plan is built: Jena issue 3535), count the query as running until
 * its iterator closes, turn a stack overflow into a refusal, and cut the answer at the row limit
 * ({@link RowCap}) and a CONSTRUCT template at as many triples ({@link TemplateCap}).
 */
final class GuardedEvaluation {

    /** The row limit in a view's context; a Java name, not an IRI of the published namespace. */
    static final Symbol MAX_ROWS = Symbol.create(GuardedEvaluation.class.getName() + ".maxRows");
    private static final long FALLBACK_TIMEOUT_MS = 30_000;

    private final ScheduledExecutorService timer;
    private final ActiveQueries active;

    GuardedEvaluation(ScheduledExecutorService timer, ActiveQueries active) {
        this.timer = timer;
        this.active = active;
    }

    /**
     * Runs {@code evaluation} with the query's {@link Deadline}; {@code query} is null for an
     * algebra expression evaluated on its own.
     */
    QueryIterator evaluate(Query query, Context context, Function<Deadline, QueryIterator> evaluation) {
        long timeout = timeoutMillis(context);
        AtomicBoolean cancel = Context.getCancelSignal(context);
        if (cancel == null) {
            cancel = new AtomicBoolean();
            context.set(ARQConstants.symCancelQuery, cancel);
        }
        AtomicBoolean flag = cancel;
        ScheduledFuture<?> alarm = timer.schedule(() -> flag.set(true), timeout, TimeUnit.MILLISECONDS);
        active.started();
        QueryIterator result;
        try {
            result = evaluation.apply(new Deadline(cancel, System.nanoTime() + timeout * 1_000_000L));
        } catch (RuntimeException e) {
            alarm.cancel(false);
            active.ended();
            throw e;
        }
        QueryIterator timed = new QueryIteratorWrapper(result) {
            private boolean closed;

            @Override
            protected void closeIterator() {
                if (!closed) {
                    closed = true;
                    alarm.cancel(false);
                    active.ended();
                }
                super.closeIterator();
            }
        };
        long maxRows = maxRows(context);
        boolean rows = query == null || !query.isAskType();
        QueryIterator guarded = TemplateCap.over(StackGuard.evaluating(timed), query, maxRows, context);
        return maxRows > 0 && rows ? new RowCap(guarded, maxRows, context) : guarded;
    }

    /** The row limit in a context, or -1 if there is none. */
    static long maxRows(Context cxt) {
        return cxt.get(MAX_ROWS) instanceof Number n ? n.longValue() : -1;
    }

    /** The overall time limit in a context, in milliseconds ({@code "N"} or {@code "first,overall"}). */
    static long timeoutMillis(Context cxt) {
        Object value = cxt.get(ARQ.queryTimeout);
        if (value == null) {
            return FALLBACK_TIMEOUT_MS;
        }
        String text = value.toString();
        String overall = text.contains(",") ? text.substring(text.indexOf(',') + 1) : text;
        try {
            long ms = Long.parseLong(overall.strip());
            return ms > 0 ? ms : FALLBACK_TIMEOUT_MS;
        } catch (NumberFormatException e) {
            return FALLBACK_TIMEOUT_MS;
        }
    }
}
