package org.sifara.store;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.iterator.IteratorWrapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The dataset as one query sees it: every triple or quad it reads first checks the query's cancel
 * flag and its deadline, so that any shape of query stops once its time is up, including those
 * whose evaluation starts before Jena 5's own timer can act (Jena issue 3535). The
 * {@link DatasetGraphWrapperView} marker keeps ARQ from unwrapping this view.
 */
final class DeadlineDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final AtomicBoolean cancel;
    private final long deadlineNanos;

    private DeadlineDataset(DatasetGraph base, AtomicBoolean cancel, long deadlineNanos) {
        super(base);
        this.cancel = cancel;
        this.deadlineNanos = deadlineNanos;
    }

    static DatasetGraph wrap(DatasetGraph base, AtomicBoolean cancel, long deadlineNanos) {
        return new DeadlineDataset(base, cancel, deadlineNanos);
    }

    /** Stops the query if it was cancelled or its time is up. */
    void check() {
        if (cancel.get() || System.nanoTime() - deadlineNanos > 0) {
            cancel.set(true);
            throw new QueryCancelledException();
        }
    }

    private <T> Iterator<T> guarded(Iterator<T> it) {
        return new IteratorWrapper<T>(it) {
            @Override
            public boolean hasNext() {
                check();
                return super.hasNext();
            }
        };
    }

    private ExtendedIterator<Triple> guardedTriples(ExtendedIterator<Triple> it) {
        return WrappedIterator.create(guarded(it));
    }

    @Override
    public Iterator<Quad> find() {
        check();
        return guarded(super.find());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        check();
        return guarded(super.find(quad));
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        check();
        return guarded(super.find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        check();
        return guarded(super.findNG(g, s, p, o));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        check();
        return super.contains(g, s, p, o);
    }

    @Override
    public Graph getDefaultGraph() {
        return new DeadlineGraph(super.getDefaultGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return new DeadlineGraph(super.getGraph(graphNode));
    }

    @Override
    public Graph getUnionGraph() {
        return new DeadlineGraph(super.getUnionGraph());
    }

    /** A graph of this dataset, with the same checks. */
    private final class DeadlineGraph extends GraphWrapper {
        DeadlineGraph(Graph graph) {
            super(graph);
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) {
            check();
            return guardedTriples(get().find(triple));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            check();
            return guardedTriples(get().find(s, p, o));
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            check();
            return get().contains(s, p, o);
        }

        @Override
        public boolean contains(Triple t) {
            check();
            return get().contains(t);
        }
    }
}
