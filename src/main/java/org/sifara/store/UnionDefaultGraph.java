package org.sifara.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * A view of a dataset whose default graph is the union of its named graphs, as Sifara's endpoint
 * promises; {@code GRAPH} still reaches each named graph. ARQ has no such switch for in-memory
 * datasets (only TDB's), so the view overrides the default graph; over a TDB2 store it also sets
 * TDB2's own switch in its context, so that TDB2's engine answers from the union in its own way.
 * Like every {@link ContextView}, it has a context of its own.
 */
public final class UnionDefaultGraph extends ContextView {

    private UnionDefaultGraph(DatasetGraph base) {
        super(base);
        if (DeadlineEngines.tdb(base) != null) {
            getContext().set(TDB2.symUnionDefaultGraph, true);
        }
    }

    public static DatasetGraph over(DatasetGraph base) {
        return new UnionDefaultGraph(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }
}
