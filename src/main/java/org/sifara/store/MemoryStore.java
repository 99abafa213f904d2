package org.sifara.store;

import java.util.UUID;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The graphs held in Jena's transactional in-memory dataset (TIM): what {@code sifara serve} on a
 * data folder converts at start-up. Read-only once made.
 */
public final class MemoryStore implements TripleStore {

    private final DatasetGraph dataset;
    private final DatasetGraph forPages;
    private final String identity = "memory-" + UUID.randomUUID();

    private MemoryStore(DatasetGraph dataset) {
        this.dataset = dataset;
        this.forPages = UnionDefaultGraph.over(dataset);
    }

    /** The graphs of {@code source}, copied into a transactional in-memory dataset. */
    public static MemoryStore copyOf(DatasetGraph source) {
        DatasetGraph tim = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(tim, () -> Txn.executeRead(source, () ->
                source.listGraphNodes().forEachRemaining(name -> tim.addGraph(name, source.getGraph(name)))));
        return new MemoryStore(tim);
    }

    /** The dataset itself (the downloads and the VoID figures of an in-memory publication are computed from it). */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public DatasetGraph unionView() {
        return UnionDefaultGraph.over(dataset);
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> reader) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(forPages).query(query).build()) {
                return reader.apply(exec);
            }
        });
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public void close() {
        // Nothing to let go of: the garbage collector takes the dataset.
    }
}
