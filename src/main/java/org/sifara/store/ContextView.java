package org.sifara.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.util.Context;

/**
 * A view of a dataset with a context of its own (a copy of the dataset's), so that settings made on
 * the view, such as a guard's limits, stay with the view: a plain wrapper shares, and would change,
 * the context of the dataset beneath. The {@link DatasetGraphWrapperView} marker keeps ARQ from
 * unwrapping the view and querying the dataset underneath. Writes go to the dataset underneath.
 */
public class ContextView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final Context context;

    public ContextView(DatasetGraph base) {
        super(base);
        this.context = base.getContext().copy();
    }

    @Override
    public Context getContext() {
        return context;
    }
}
