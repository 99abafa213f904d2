package org.sifara.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * A DESCRIBE answer cut like a CONSTRUCT one, at the triple limit and {@link AnswerSize#MAX_CHARS},
 * and kept to the time limit. ARQ finds the resources with the query engine (whose rows the row cap
 * cuts), but then collects their descriptions outside it, into a graph the caller may give: this is
 * that graph. It keeps triples until a limit is reached, then drops the rest and reports the cut
 * ({@link Truncation}); every triple added checks the deadline. Call {@link #describe} where
 * {@code exec.describe()} would be called.
 */
public final class DescribeCap {

    private DescribeCap() {}

    /** The query's DESCRIBE answer, within the limits its dataset's guard set ({@link DeadlineGuard}). */
    public static Graph describe(QueryExec exec) {
        Context context = exec.getContext();
        long maxTriples = GuardedEvaluation.maxRows(context);
        long deadline = System.nanoTime() + GuardedEvaluation.timeoutMillis(context) * 1_000_000L;
        Capped answer = new Capped(maxTriples > 0 ? maxTriples : Long.MAX_VALUE, context, deadline);
        exec.describe(answer);
        return answer.get();
    }

    private static final class Capped extends GraphWrapper {
        private final long maxTriples;
        private final Context context;
        private final AtomicBoolean cancel;
        private final long deadlineNanos;
        private long chars;
        private boolean cut;

        Capped(long maxTriples, Context context, long deadlineNanos) {
            super(GraphFactory.createDefaultGraph());
            this.maxTriples = maxTriples;
            this.context = context;
            this.cancel = Context.getCancelSignal(context);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void add(Triple triple) {
            if ((cancel != null && cancel.get()) || System.nanoTime() - deadlineNanos > 0) {
                throw new QueryCancelledException();
            }
            if (cut || get().contains(triple)) {
                return;
            }
            long size = AnswerSize.of(triple.getSubject()) + AnswerSize.of(triple.getPredicate()) + AnswerSize.of(triple.getObject());
            if (get().size() >= maxTriples || chars + size > AnswerSize.MAX_CHARS) {
                cut = true;
                Truncation.report(context, get().size());
                return;
            }
            chars += size;
            get().add(triple);
        }
    }
}
