package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.sifara.testing.SyntheticData;

/**
 * The canary for {@link DeadlineGuard}: a query shape that runs far past ARQ's own timeout in Jena
 * 5.6 (apache/jena issue 3535: the timer waits on a lock held while the plan is built, and this
 * group is evaluated while building), run on plain ARQ with its timeout alone. The test passes
 * while ARQ still overruns; when a Jena upgrade makes ARQ stop the query in time, it fails, saying
 * that Sifara's own engine can go (see {@link QueryGuard}).
 */
class PlainArqCanaryTest {

    static final String GROUP_BEFORE_PATTERN = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT * WHERE { "
            + "{ SELECT ?a (COUNT(*) AS ?c) { ?a skos:prefLabel ?l1 . ?b skos:prefLabel ?l2 } GROUP BY ?a } ?a skos:member ?m }";

    /**
     * Measured against the query's own full run, not a fixed time, so that a fast or a warmed-up
     * machine does not fool it: the query runs once to warm up, once to time it whole, and once
     * with a timeout of a tenth of that. A Jena with the bug still takes much of the whole run
     * (measured: 4 to 10 times the timeout); a fixed one stops near the timeout.
     */
    @Test
    void plainArqStillRunsPastItsTimeout() {
        DatasetGraph dataset = SyntheticData.publication(700, 2).unionView();
        run(dataset, 0);
        long full = run(dataset, 0);
        long budget = Math.max(20, full / 10);
        long took = run(dataset, budget);
        System.out.println("PlainArqCanaryTest: whole run " + full + " ms; with a " + budget + " ms timeout, " + took + " ms");
        assertTrue(full > 100, "the shape must take a while to be a test: " + full + " ms");
        assertTrue(took > 3 * budget, "plain ARQ stopped the query after " + took + " ms with a " + budget
                + " ms timeout (the whole query takes " + full + " ms): this Jena keeps its own timeout on this shape "
                + "(issue 3535 is fixed). Run RunawayQueryTest's shapes on plain ARQ; if they all stop in time, "
                + "QueryGuard.forThisJena() can return a guard that only sets ARQ's limits, and DeadlineEngine can go.");
    }

    /** How long the query ran, in ms, with ARQ's own timeout ({@code 0}: none). */
    private static long run(DatasetGraph dataset, long timeoutMillis) {
        long start = System.nanoTime();
        Txn.executeRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset).query(GROUP_BEFORE_PATTERN);
            if (timeoutMillis > 0) {
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(row -> { });
            } catch (QueryCancelledException expected) {
                // ARQ says it stopped the query; the question is when
            }
        });
        return (System.nanoTime() - start) / 1_000_000;
    }
}
