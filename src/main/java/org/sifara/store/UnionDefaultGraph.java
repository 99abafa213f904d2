package org.sifara.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * A view of a dataset whose default graph is the union of its named graphs, as Sifara's endpoint
 * promises; {@code GRAPH} still reaches each named graph. ARQ has no such switch for in-memory
 * datasets (only TDB's), so the view overrides the default graph. The
 * {@link DatasetGraphWrapperView} marker stops ARQ from unwrapping the view and querying the
 * dataset underneath. Writes go to the dataset underneath, not to the view.
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

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
