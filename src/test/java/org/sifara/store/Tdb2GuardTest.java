package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sifara.config.QueryLimits;
import org.sifara.testing.RunawayShapes;
import org.sifara.testing.SyntheticData;

/**
 * The guard over a TDB2 store: queries run on TDB2's own engine (quad patterns over its indexes,
 * its union default graph), and still every runaway shape ends within its budget.
 */
class Tdb2GuardTest {

    static final Duration BUDGET = Duration.ofSeconds(1);
    static final Duration MARGIN = Duration.ofSeconds(4);
    static DatasetGraph store;
    static DeadlineGuard guard;
    static DatasetGraph view;

    @BeforeAll
    static void load() {
        store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> store.addGraph(NodeFactory.createURI(SyntheticData.NS + "graph"), SyntheticData.graph(4000, 5)));
        guard = new DeadlineGuard();
        view = guard.guard(UnionDefaultGraph.over(store), new QueryLimits(BUDGET, 10_000));
    }

    @AfterAll
    static void close() {
        guard.close();
        store.close();
    }

    @Test
    void queriesRunOnTdb2sOwnEngineOverTheUnion() {
        Query query = QueryFactory.create(RunawayShapes.PREFIX + "SELECT ?a ?l { ?a skos:member ?b . ?b skos:prefLabel ?l } LIMIT 5");
        String plan = Txn.calculateRead(view, () -> {
            try (QueryExec exec = QueryExec.dataset(view).query(query).build()) {
                assertEquals(5, exec.select().materialize().rewindable().size(), "the default graph is the union");
            }
            Context cxt = Context.setupContextForDataset(ARQ.getContext(), view);
            Plan p = QueryEngineRegistry.chooseRegistry(cxt).find(query, view, cxt).create(query, view, BindingFactory.root(), cxt);
            return p.getOp().toString();
        });
        assertTrue(plan.contains("quadpattern"), "TDB2's engine plans quad patterns over its indexes: " + plan);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sifara.testing.RunawayShapes#all")
    void runawayShapesEndWithinTheirBudget(String shape, String query) {
        long start = System.nanoTime();
        RuntimeException error = null;
        try {
            Txn.executeRead(view, () -> {
                try (QueryExec exec = QueryExec.dataset(view).query(RunawayShapes.PREFIX + query).build()) {
                    exec.select().forEachRemaining(row -> { });
                }
            });
        } catch (RuntimeException e) {
            error = e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BUDGET.plus(MARGIN)) < 0, shape + " took " + took.toMillis() + " ms");
        assertInstanceOf(QueryCancelledException.class, error, shape + " is stopped as out of time");
    }
}
