package org.sifara.store;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * ARQ's main engine, made to keep its time budget whatever the query's shape. In Jena 5 the
 * timeout callback waits on a lock held while the query plan is built, and some shapes (an
 * expensive group before a triple pattern) evaluate rows during that build, so the timeout fires
 * late or never (Jena issue 3535, fixed only in Jena 6). This engine:
 * <ol>
 *   <li>sets the query's cancel flag from its own timer, without that lock;</li>
 *   <li>gives evaluation a dataset that checks the flag and the deadline on every triple read
 *       ({@link DeadlineDataset}), which reaches inside {@code EXISTS} and property paths;</li>
 *   <li>bounds every expression ({@link BoundedExpressions}): the flag stops it, a backtracking
 *       {@code REGEX} or {@code REPLACE} included, and its values keep to {@link ValueLimits};</li>
 *   <li>cuts answers at the row limit ({@link RowCap}), and CONSTRUCT answers at as many
 *       triples ({@link TemplateCap}).</li>
 * </ol>
 * {@link DeadlineGuard} installs it in the contexts of its views only: a plain Fuseki in the same
 * JVM (as in the benchmarks) is untouched.
 */
public final class DeadlineEngine extends QueryEngineMain {

    /** The row limit in a view's context; a Java name, not an IRI of the published namespace. */
    static final Symbol MAX_ROWS = Symbol.create(DeadlineEngine.class.getName() + ".maxRows");
    private static final long FALLBACK_TIMEOUT_MS = 30_000;

    private final Query query;
    private final Factory factory;

    private DeadlineEngine(Query query, DatasetGraph dataset, Binding input, Context context, Factory factory) {
        super(query, dataset, input, context);
        this.query = query;
        this.factory = factory;
    }

    private DeadlineEngine(Op op, DatasetGraph dataset, Binding input, Context context, Factory factory) {
        super(op, dataset, input, context);
        this.query = null;
        this.factory = factory;
    }

    @Override
    protected Op modifyOp(Op op) {
        return Transformer.transform(new TransformCopy(), new BoundedExpressions(ValueLimits.of(context)), super.modifyOp(op));
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dataset, Binding input, Context context) {
        long timeout = timeoutMillis(context);
        AtomicBoolean cancel = Context.getCancelSignal(context);
        if (cancel == null) {
            cancel = new AtomicBoolean();
            context.set(ARQConstants.symCancelQuery, cancel);
        }
        AtomicBoolean flag = cancel;
        ScheduledFuture<?> alarm = factory.timer.schedule(() -> flag.set(true), timeout, TimeUnit.MILLISECONDS);
        factory.active.started();
        QueryIterator result;
        try {
            result = super.eval(op, DeadlineDataset.wrap(dataset, cancel, System.nanoTime() + timeout * 1_000_000L),
                    input, context);
        } catch (RuntimeException e) {
            alarm.cancel(false);
            factory.active.ended();
            throw e;
        }
        QueryIterator timed = new QueryIteratorWrapper(result) {
            private boolean closed;

            @Override
            protected void closeIterator() {
                if (!closed) {
                    closed = true;
                    alarm.cancel(false);
                    factory.active.ended();
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

    /**
     * Makes the engine for the queries of one {@link DeadlineGuard}'s views: it sits in their
     * contexts' registry only, so it takes every query made there and none elsewhere.
     */
    static final class Factory implements QueryEngineFactory {
        private final ScheduledExecutorService timer;
        private final ActiveQueries active;

        Factory(ScheduledExecutorService timer, ActiveQueries active) {
            this.timer = timer;
            this.active = active;
        }

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return StackGuard.planning(() -> new DeadlineEngine(query, dataset, input, context, this).getPlan());
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return StackGuard.planning(() -> new DeadlineEngine(op, dataset, input, context, this).getPlan());
        }
    }
}
