package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The deadline engine's own bookkeeping: a query that ends in time leaves no alarm behind. */
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
}
