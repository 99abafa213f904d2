package org.sifara.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A view of a dataset whose default graph is the union of its named graphs, as Sifara's endpoint
 * promises; {@code GRAPH} still reaches each named graph. ARQ has no such switch for in-memory
 * datasets (only TDB's), so the view overrides the default graph. Like every {@link ContextView},
 * it has a context of its own.
 */
public final class UnionDefaultGraph extends ContextView {

    private UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    public static DatasetGraph over(DatasetGraph base) {
        return new UnionDefaultGraph(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }
}
