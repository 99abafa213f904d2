package org.sifara.store;

import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.util.Context;
import org.sifara.config.QueryLimits;

/**
 * The guard for Jena 5.6: the views it gives run their queries with {@link DeadlineEngine}, or
 * over a TDB2 store with {@link DeadlineEngineTdb} (TDB2's own engine, guarded), installed in the
 * view's own context (not in ARQ's JVM-wide registry), so it applies to the views of this guard
 * and to nothing else in the JVM, a plain Fuseki beside it included.
 */
public final class DeadlineGuard implements QueryGuard {

    /**
     * One timer thread for every query's alarm; a daemon, so it never keeps the JVM alive. An alarm
     * cancelled by a query that ended in time leaves the queue at once, not when it would have
     * rung: under load, thousands of queries a second would otherwise each leave one behind for
     * the length of the time limit.
     */
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "sifara-query-deadlines");
        t.setDaemon(true);
        return t;
    });
    private final ActiveQueries active = new ActiveQueries();
    private final DeadlineEngines factory = new DeadlineEngines(new GuardedEvaluation(timer, active));

    public DeadlineGuard() {
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public DatasetGraph guard(DatasetGraph dataset, QueryLimits limits) {
        DatasetGraph view = new ContextView(dataset);
        Context cxt = view.getContext();
        cxt.set(ARQ.queryTimeout, Long.toString(limits.timeout().toMillis()));
        // A public endpoint must not fetch from elsewhere on a query's behalf.
        cxt.set(ARQ.httpServiceAllowed, false);
        // Constant folding evaluates expressions while the plan is made, before any time limit
        // runs: REGEX('aaaa...', '(.*a){20}x') would backtrack there for ever.
        cxt.set(ARQ.optExprConstantFolding, false);
        cxt.set(GuardedEvaluation.MAX_ROWS, limits.maxRows());
        GuardedFunctions.installOn(cxt);
        QueryEngineRegistry registry = QueryEngineRegistry.chooseRegistry(cxt).copy();
        registry.add(factory);
        QueryEngineRegistry.set(cxt, registry);
        return view;
    }

    @Override
    public ActiveQueries active() {
        return active;
    }

    /** Alarms waiting to ring: the queries now running, and no more. */
    int pendingAlarms() {
        return timer.getQueue().size();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
