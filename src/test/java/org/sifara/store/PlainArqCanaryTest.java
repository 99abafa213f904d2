package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

    static final Duration BUDGET = Duration.ofMillis(200);
    /** With the bug the query runs about 1.5 s on this data; without it, it would end near the budget. */
    static final Duration OVERRUN = Duration.ofMillis(800);

    static final String GROUP_BEFORE_PATTERN = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT * WHERE { "
            + "{ SELECT ?a (COUNT(*) AS ?c) { ?a skos:prefLabel ?l1 . ?b skos:prefLabel ?l2 } GROUP BY ?a } ?a skos:member ?m }";

    @Test
    void plainArqStillRunsPastItsTimeout() {
        DatasetGraph dataset = SyntheticData.publication(900, 2).unionView();
        long start = System.nanoTime();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(GROUP_BEFORE_PATTERN)
                    .timeout(BUDGET.toMillis(), TimeUnit.MILLISECONDS).build()) {
                exec.select().forEachRemaining(row -> { });
            } catch (QueryCancelledException expected) {
                // ARQ says it stopped the query; the question is when
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(OVERRUN) > 0, "plain ARQ stopped the query after " + took.toMillis() + " ms with a "
                + BUDGET.toMillis() + " ms timeout: this Jena keeps its own timeout on this shape (issue 3535 is fixed). "
                + "Run RunawayQueryTest's shapes on plain ARQ; if they all stop in time, QueryGuard.forThisJena() can return "
                + "a guard that only sets ARQ's limits, and DeadlineEngine can go.");
    }
}
