package org.sifara.store;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.util.Context;

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
 * It takes only queries on datasets that {@link QueryLimits#installOn} marked: a plain Fuseki in
 * the same JVM (as in the benchmarks) is untouched.
 */
public final class DeadlineEngine extends QueryEngineMain {

    private static final long FALLBACK_TIMEOUT_MS = 30_000;
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();
    /**
     * One timer thread for every query's alarm; a daemon, so it never keeps the JVM alive. An alarm
     * cancelled by a query that ended in time leaves the queue at once, not when it would have
     * rung: under load, thousands of queries a second would otherwise each leave one behind for
     * the length of the time limit.
     */
    private static final ScheduledExecutorService TIMER = newTimer();

    private static ScheduledExecutorService newTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sifara-query-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Alarms waiting to ring: the queries now running, and no more. */
    static int pendingAlarms() {
        return ((ScheduledThreadPoolExecutor) TIMER).getQueue().size();
    }

    private final Query query;

    private DeadlineEngine(Query query, DatasetGraph dataset, Binding input, Context context) {
        super(query, dataset, input, context);
        this.query = query;
    }

    private DeadlineEngine(Op op, DatasetGraph dataset, Binding input, Context context) {
        super(op, dataset, input, context);
        this.query = null;
    }

    /** Adds the engine to ARQ's registry, once; it then takes the queries of guarded datasets. */
    static void registerOnce() {
        if (REGISTERED.compareAndSet(false, true)) {
            QueryEngineRegistry.addFactory(new Factory());
        }
    }

    @Override
    protected Op modifyOp(Op op) {
        return Transformer.transform(new TransformCopy(), new BoundedExpressions(ValueLimits.of(context)), super.modifyOp(op));
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dataset, Binding input, Context context) {
        long timeout = QueryLimits.timeoutMillis(context, FALLBACK_TIMEOUT_MS);
        AtomicBoolean cancel = Context.getCancelSignal(context);
        if (cancel == null) {
            cancel = new AtomicBoolean();
            context.set(ARQConstants.symCancelQuery, cancel);
        }
        AtomicBoolean flag = cancel;
        ScheduledFuture<?> alarm = TIMER.schedule(() -> flag.set(true), timeout, TimeUnit.MILLISECONDS);
        QueryIterator result;
        try {
            result = super.eval(op, DeadlineDataset.wrap(dataset, cancel, System.nanoTime() + timeout * 1_000_000L),
                    input, context);
        } catch (RuntimeException e) {
            alarm.cancel(false);
            throw e;
        }
        QueryIterator timed = new QueryIteratorWrapper(result) {
            @Override
            protected void closeIterator() {
                alarm.cancel(false);
                super.closeIterator();
            }
        };
        long maxRows = QueryLimits.maxRows(context);
        boolean rows = query == null || !query.isAskType();
        QueryIterator guarded = TemplateCap.over(StackGuard.evaluating(timed), query, maxRows);
        return maxRows > 0 && rows ? new RowCap(guarded, maxRows) : guarded;
    }

    /** Accepts queries on datasets marked by {@link QueryLimits#installOn}. */
    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return context != null && context.isTrue(QueryLimits.GUARDED);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return StackGuard.planning(() -> new DeadlineEngine(query, dataset, input, context).getPlan());
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return context != null && context.isTrue(QueryLimits.GUARDED);
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return StackGuard.planning(() -> new DeadlineEngine(op, dataset, input, context).getPlan());
        }
    }
}
