package org.sifara.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.sifara.config.QueryLimits;

/**
 * Runs queries on a small dataset guarded as the server guards its own ({@link DeadlineGuard}), and
 * says what came back: the rows, the triples, or the exception, and how long it took.
 */
record GuardedQuery(DatasetGraph dataset, Truncation truncation) {

    /** One guard for the tests of a JVM; its timer thread is a daemon. */
    static final QueryGuard GUARD = QueryGuard.forThisJena();

    /** A view of {@code data} with the server's guard and these limits. */
    static DatasetGraph guarded(DatasetGraph data, Duration timeout, long maxRows) {
        return GUARD.guard(data, new QueryLimits(timeout, maxRows));
    }

    /** What one run gave: {@code error} is null when the query answered. */
    record Outcome(List<String> rows, Graph graph, RuntimeException error, Duration took) {}

    static GuardedQuery over(DatasetGraph data, Duration timeout, long maxRows) {
        return new GuardedQuery(guarded(data, timeout, maxRows), new Truncation());
    }

    static GuardedQuery empty(Duration timeout) {
        return over(DatasetGraphFactory.createTxnMem(), timeout, QueryLimits.DEFAULT_MAX_ROWS);
    }

    Outcome select(String query) {
        return run(query, exec -> {
            List<String> rows = new ArrayList<>();
            exec.select().forEachRemaining(b -> rows.add(b.toString()));
            return new Outcome(rows, null, null, null);
        });
    }

    Outcome construct(String query) {
        return run(query, exec -> new Outcome(null, exec.construct(), null, null));
    }

    private Outcome run(String query, Function<QueryExec, Outcome> how) {
        long start = System.nanoTime();
        try {
            Outcome o = Txn.calculateRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(Truncation.SYMBOL, truncation).build()) {
                    return how.apply(exec);
                }
            });
            return new Outcome(o.rows(), o.graph(), null, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            return new Outcome(null, null, e, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
