package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The deadline engine's own bookkeeping: a query that ends in time leaves no alarm behind, and the
 * limits stay on the view they were installed on.
 */
class DeadlineEngineTest {

    @Test
    void finishedQueriesLeaveNoAlarmsQueued() {
        DatasetGraph dsg = QueryLimits.of(Duration.ofMinutes(10)).installOn(DatasetGraphFactory.createTxnMem());
        var dataset = DatasetFactory.wrap(dsg);
        for (int i = 0; i < 500; i++) {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecutionFactory.create("ASK { ?s ?p ?o }", dataset)) {
                    assertEquals(false, qe.execAsk());
                }
            });
        }
        assertTrue(DeadlineEngine.pendingAlarms() < 10, "alarms still queued: " + DeadlineEngine.pendingAlarms());
    }

    @Test
    void limitsOnTheUnionViewLeaveTheDatasetBeneathAlone() {
        DatasetGraph base = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(base, () -> {
            for (int i = 0; i < 5; i++) {
                base.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i), RDF.type.asNode(), RDFS.Class.asNode());
            }
        });
        DatasetGraph view = new QueryLimits(Duration.ofSeconds(10), 2).installOn(UnionDefaultGraph.over(base));
        assertEquals(2, count(view), "the view's answers are cut at its row limit");
        assertEquals(5, count(base), "queries on the dataset beneath (the server's own pages) are not");
    }

    private static int count(DatasetGraph dsg) {
        var dataset = DatasetFactory.wrap(dsg);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o } }", dataset)) {
                int n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }
}
