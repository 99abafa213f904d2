package org.sifara.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.util.Context;

/**
 * A view of a dataset whose default graph is the union of its named graphs, as Sifara's endpoint
 * promises; {@code GRAPH} still reaches each named graph. ARQ has no such switch for in-memory
 * datasets (only TDB's), so the view overrides the default graph. The
 * {@link DatasetGraphWrapperView} marker stops ARQ from unwrapping the view and querying the
 * dataset underneath. Writes go to the dataset underneath, not to the view. The view has a context
 * of its own (a copy of the dataset's), so settings made on it, such as {@link QueryLimits}, stay
 * with the view: a wrapper would otherwise share, and change, the context of the dataset beneath.
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final Context context;

    private UnionDefaultGraph(DatasetGraph base) {
        super(base);
        this.context = base.getContext().copy();
    }

    public static DatasetGraph over(DatasetGraph base) {
        return new UnionDefaultGraph(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getR().getUnionGraph();
    }

    @Override
    public Context getContext() {
        return context;
    }
}
