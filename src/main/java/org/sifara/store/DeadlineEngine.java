package org.sifara.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's main engine, made to keep its time budget whatever the query's shape. In Jena 5 the
 * timeout callback waits on a lock held while the query plan is built, and some shapes (an
 * expensive group before a triple pattern) evaluate rows during that build, so the timeout fires
 * late or never (Jena issue 3535, fixed only in Jena 6). This engine:
 * <ol>
 *   <li>sets the query's cancel flag from its own timer, without that lock ({@link GuardedEvaluation});</li>
 *   <li>gives evaluation a dataset that checks the flag and the deadline on every triple read
 *       ({@link DeadlineDataset}), which reaches inside {@code EXISTS} and property paths;</li>
 *   <li>bounds every expression ({@link BoundedExpressions}): the flag stops it, a backtracking
 *       {@code REGEX} or {@code REPLACE} included, and its values keep to {@link ValueLimits};</li>
 *   <li>cuts answers at the row limit ({@link RowCap}), and CONSTRUCT answers at as many
 *       triples ({@link TemplateCap}).</li>
 * </ol>
 * {@link DeadlineGuard} installs it in the contexts of its views only: a plain Fuseki in the same
 * JVM (as in the benchmarks) is untouched. Over a TDB2 store, {@link DeadlineEngineTdb} does the
 * same with TDB2's own engine.
 */
final class DeadlineEngine extends QueryEngineMain {

    private final Query query;
    private final GuardedEvaluation guarded;

    DeadlineEngine(Query query, DatasetGraph dataset, Binding input, Context context, GuardedEvaluation guarded) {
        super(query, dataset, input, context);
        this.query = query;
        this.guarded = guarded;
    }

    DeadlineEngine(Op op, DatasetGraph dataset, Binding input, Context context, GuardedEvaluation guarded) {
        super(op, dataset, input, context);
        this.query = null;
        this.guarded = guarded;
    }

    @Override
    protected Op modifyOp(Op op) {
        return bounded(super.modifyOp(op), context);
    }

    /** {@code op} with every expression bounded ({@link BoundedExpressions}). */
    static Op bounded(Op op, Context context) {
        return Transformer.transform(new TransformCopy(), new BoundedExpressions(ValueLimits.of(context)), op);
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dataset, Binding input, Context context) {
        return guarded.evaluate(query, context, deadline -> super.eval(op, DeadlineDataset.wrap(dataset, deadline), input, context));
    }
}
