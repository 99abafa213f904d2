package org.sifara.store;

import java.util.function.Predicate;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * TDB2's own engine (its quad-pattern joins on node ids, its union default graph, its statistics)
 * with the guard's bounds, for a store on disk. {@link DeadlineEngine} checks the deadline on a
 * dataset it wraps, but TDB2's engine must be given its dataset as it is, so here the same checks
 * sit where TDB2 reads: every tuple a pattern reads from an index passes TDB2's own tuple filter,
 * which checks the {@link Deadline} (TDB2 itself checks the cancel flag there too), and property
 * paths, which ARQ walks over the graph, read a {@link DeadlineGraph}. Expressions are bounded and
 * answers cut exactly as in {@link DeadlineEngine}.
 */
final class DeadlineEngineTdb extends QueryEngineTDB {

    private final Query query;
    private final GuardedEvaluation guarded;

    DeadlineEngineTdb(Query query, DatasetGraphTDB dataset, Binding input, Context context, GuardedEvaluation guarded) {
        super(query, dataset, input, context);
        this.query = query;
        this.guarded = guarded;
    }

    DeadlineEngineTdb(Op op, DatasetGraphTDB dataset, Binding input, Context context, GuardedEvaluation guarded) {
        super(op, dataset, input, context);
        this.query = null;
        this.guarded = guarded;
    }

    @Override
    protected Op modifyOp(Op op) {
        return DeadlineEngine.bounded(super.modifyOp(op), context);
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dataset, Binding input, Context context) {
        return guarded.evaluate(query, context, deadline -> {
            context.set(SystemTDB.symTupleFilter, checking(deadline, context.get(SystemTDB.symTupleFilter)));
            QC.setFactory(context, execCxt -> new PathsChecked(execCxt, deadline));
            return super.eval(op, dataset, input, context);
        });
    }

    /** A tuple filter that checks the deadline every 64 tuples, then applies any filter already set. */
    @SuppressWarnings("unchecked")
    private static Predicate<Tuple<NodeId>> checking(Deadline deadline, Object existing) {
        Predicate<Tuple<NodeId>> before = existing instanceof Predicate<?> p ? (Predicate<Tuple<NodeId>>) p : t -> true;
        int[] count = {0};
        return tuple -> {
            if ((++count[0] & 63) == 0) {
                deadline.check();
            }
            return before.test(tuple);
        };
    }

    /** TDB2's executor, with property paths walked over a graph that checks the deadline. */
    private static final class PathsChecked extends OpExecutorTDB2 {
        private final Deadline deadline;

        PathsChecked(ExecutionContext execCxt, Deadline deadline) {
            super(execCxt);
            this.deadline = deadline;
        }

        @Override
        protected QueryIterator execute(OpPath opPath, QueryIterator input) {
            ExecutionContext checked = new ExecutionContext(execCxt, new DeadlineGraph(execCxt.getActiveGraph(), deadline));
            return new QueryIterPath(opPath.getTriplePath(), input, checked);
        }
    }
}
