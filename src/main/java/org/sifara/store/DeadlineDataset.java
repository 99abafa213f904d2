package org.sifara.store;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset as one query sees it: every triple or quad it reads first checks the query's cancel
 * flag and its deadline, so that any shape of query stops once its time is up, including those
 * whose evaluation starts before Jena 5's own timer can act (Jena issue 3535). The
 * {@link DatasetGraphWrapperView} marker keeps ARQ from unwrapping this view. (Over TDB2, whose
 * engine needs the dataset itself, {@link DeadlineEngineTdb} puts the same checks elsewhere.)
 */
final class DeadlineDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final Deadline deadline;

    private DeadlineDataset(DatasetGraph base, Deadline deadline) {
        super(base);
        this.deadline = deadline;
    }

    static DatasetGraph wrap(DatasetGraph base, Deadline deadline) {
        return new DeadlineDataset(base, deadline);
    }

    @Override
    public Iterator<Quad> find() {
        deadline.check();
        return DeadlineGraph.checked(super.find(), deadline);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        deadline.check();
        return DeadlineGraph.checked(super.find(quad), deadline);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        deadline.check();
        return DeadlineGraph.checked(super.find(g, s, p, o), deadline);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        deadline.check();
        return DeadlineGraph.checked(super.findNG(g, s, p, o), deadline);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        deadline.check();
        return super.contains(g, s, p, o);
    }

    @Override
    public Graph getDefaultGraph() {
        return new DeadlineGraph(super.getDefaultGraph(), deadline);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return new DeadlineGraph(super.getGraph(graphNode), deadline);
    }

    @Override
    public Graph getUnionGraph() {
        return new DeadlineGraph(super.getUnionGraph(), deadline);
    }
}
