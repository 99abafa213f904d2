package org.sifara.build;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.sifara.store.BuildRecord;

/**
 * A whole build's graphs, loaded into a new, empty generation with TDB2's own bulk loader (the
 * one {@code tdb2.tdbloader} uses by default), which builds its indexes far faster than adding
 * triples one transaction at a time. The loader works outside a transaction, so the generation is
 * marked unfinished until the record is named; nobody serves it before the build switches to it.
 */
final class BulkSink implements GraphSink {

    private final DatasetGraph dataset;
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean loading;

    BulkSink(DatasetGraph dataset) {
        this.dataset = dataset;
        this.loader = LoaderFactory.createLoader(dataset, (format, args) -> { });
        loader.startBulk();
        this.stream = loader.stream();
        stream.start();
        loading = true;
    }

    @Override
    public void replace(Node name, Graph graph) {
        graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
    }

    @Override
    public void remove(Node name) {
        // A new generation has nothing to remove.
    }

    @Override
    public Graph previous(Node name) {
        return GraphFactory.createDefaultGraph();
    }

    @Override
    public void commit(Consumer<DatasetGraph> last, Path record) {
        finishLoading();
        dataset.begin(TxnType.WRITE);
        try {
            last.accept(dataset);
            BuildRecord.name(dataset, record);
            dataset.commit();
        } finally {
            dataset.end();
        }
    }

    private void finishLoading() {
        if (loading) {
            loading = false;
            stream.finish();
            loader.finishBulk();
        }
    }

    @Override
    public void abort() {
        // The generation is thrown away; the loader's threads must still end.
        try {
            finishLoading();
        } catch (RuntimeException e) {
            // nothing to keep
        }
    }
}
