package org.sifara.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.IteratorWrapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** A graph whose every read first checks a query's {@link Deadline}. */
final class DeadlineGraph extends GraphWrapper {

    private final Deadline deadline;

    DeadlineGraph(Graph graph, Deadline deadline) {
        super(graph);
        this.deadline = deadline;
    }

    /** {@code it}, checking the deadline before each element. */
    static <T> Iterator<T> checked(Iterator<T> it, Deadline deadline) {
        return new IteratorWrapper<T>(it) {
            @Override
            public boolean hasNext() {
                deadline.check();
                return super.hasNext();
            }
        };
    }

    private ExtendedIterator<Triple> checkedTriples(ExtendedIterator<Triple> it) {
        return WrappedIterator.create(checked(it, deadline));
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
        deadline.check();
        return checkedTriples(get().find(triple));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        deadline.check();
        return checkedTriples(get().find(s, p, o));
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        deadline.check();
        return get().contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        deadline.check();
        return get().contains(t);
    }
}
