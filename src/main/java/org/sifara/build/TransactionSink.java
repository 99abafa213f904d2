package org.sifara.build;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.store.BuildRecord;

/**
 * An incremental build's writes to a generation, in one TDB2 write transaction: the changed
 * articles' graphs replaced, the removed ones deleted, the record named, then one commit. A build
 * that fails aborts; one that is killed leaves the transaction uncommitted, which TDB2 drops when
 * the database is next opened.
 */
final class TransactionSink implements GraphSink {

    private final DatasetGraph dataset;

    TransactionSink(DatasetGraph dataset) {
        this.dataset = dataset;
        dataset.begin(TxnType.WRITE);
    }

    @Override
    public void replace(Node name, Graph graph) {
        dataset.removeGraph(name);
        graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void remove(Node name) {
        dataset.removeGraph(name);
    }

    @Override
    public Graph previous(Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        dataset.getGraph(name).find().forEachRemaining(copy::add);
        return copy;
    }

    @Override
    public void commit(Consumer<DatasetGraph> last, Path record) {
        last.accept(dataset);
        BuildRecord.name(dataset, record);
        dataset.commit();
        dataset.end();
    }

    @Override
    public void abort() {
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
    }
}
