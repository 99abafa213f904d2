package org.sifara.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Makes the engine for the queries of one {@link DeadlineGuard}'s views: it sits in their contexts'
 * registry only, so it takes every query made there and none elsewhere. A view of a TDB2 store gets
 * {@link DeadlineEngineTdb} (TDB2's engine, guarded); any other dataset {@link DeadlineEngine}.
 */
final class DeadlineEngines implements QueryEngineFactory {

    private final GuardedEvaluation guarded;

    DeadlineEngines(GuardedEvaluation guarded) {
        this.guarded = guarded;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return true;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        DatasetGraphTDB tdb = tdb(dataset);
        return StackGuard.planning(() -> tdb != null
                ? new DeadlineEngineTdb(query, tdb, input, context, guarded).getPlan()
                : new DeadlineEngine(query, dataset, input, context, guarded).getPlan());
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return true;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        DatasetGraphTDB tdb = tdb(dataset);
        return StackGuard.planning(() -> tdb != null
                ? new DeadlineEngineTdb(op, tdb, input, context, guarded).getPlan()
                : new DeadlineEngine(op, dataset, input, context, guarded).getPlan());
    }

    /** The TDB2 storage beneath the views wrapped around it, or null if there is none. */
    static DatasetGraphTDB tdb(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (inner instanceof DatasetGraphWrapper wrapper && !TDBInternal.isBackedByTDB(inner)) {
            inner = wrapper.getWrapped();
        }
        return TDBInternal.isBackedByTDB(inner) ? TDBInternal.getDatasetGraphTDB(inner) : null;
    }
}
