package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.sifara.config.QueryLimits;

/**
 * The deadline engine's own bookkeeping: a query that ends in time leaves no alarm behind, the
 * limits stay on the view they were given to, and the engine runs only where a guard put it.
 */
class DeadlineEngineTest {

    @Test
    void finishedQueriesLeaveNoAlarmsQueued() {
        try (DeadlineGuard guard = new DeadlineGuard()) {
            DatasetGraph dsg = guard.guard(DatasetGraphFactory.createTxnMem(), QueryLimits.defaults().withTimeout(Duration.ofMinutes(10)));
            for (int i = 0; i < 500; i++) {
                assertEquals(0, count(dsg, "SELECT * { ?s ?p ?o }"));
            }
            assertTrue(guard.pendingAlarms() < 10, "alarms still queued: " + guard.pendingAlarms());
            assertEquals(0, guard.active().running(), "every query ended");
            assertEquals(1, guard.active().peak(), "one at a time");
        }
    }

    @Test
    void limitsOnAViewLeaveTheDatasetBeneathAlone() {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(base, () -> {
            for (int i = 0; i < 5; i++) {
                base.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i), RDF.type.asNode(), RDFS.Class.asNode());
            }
        });
        try (DeadlineGuard guard = new DeadlineGuard()) {
            DatasetGraph view = guard.guard(UnionDefaultGraph.over(base), new QueryLimits(Duration.ofSeconds(10), 2));
            assertEquals(2, count(view, "SELECT * { GRAPH ?g { ?s ?p ?o } }"), "the view's answers are cut at its row limit");
            assertEquals(5, count(base, "SELECT * { GRAPH ?g { ?s ?p ?o } }"), "queries on the dataset beneath are not");
            assertEquals(5, count(UnionDefaultGraph.over(base), "SELECT * { ?s ?p ?o }"), "nor on another view of it");
            assertEquals(1, guard.active().peak(), "the engine ran the guarded view's query only");
        }
    }

    private static int count(DatasetGraph dsg, String query) {
        var dataset = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
                int n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }
}
