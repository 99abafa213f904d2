package org.sifara.remote;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.sifara.config.QueryLimits;
import org.sifara.store.QueryTarget;
import org.sifara.store.TripleStore;

/**
 * The published graphs as a remote SPARQL 1.1 store holds them ({@code sifara serve --sparql}):
 * Sifara's own queries (pages, documents, labels) and users' queries alike are sent to its query
 * endpoint, each answered within the time limit; the store's default graph must be the union of
 * the graphs Sifara published to it (README, "Scaling"). Its identity is the content hash that
 * {@code sifara publish} recorded there, so a new publish is a new identity, and fresh caches.
 */
public final class RemoteStore implements TripleStore {

    private final SparqlClient client;
    private final Duration timeout;
    private final String identity;

    RemoteStore(SparqlClient client, Duration timeout, String identity) {
        this.client = client;
        this.timeout = timeout;
        this.identity = identity;
    }

    /** An empty stand-in: the queries of the SPARQL endpoint go to the store ({@link #ownTarget}), not to a local view. */
    @Override
    public DatasetGraph unionView() {
        return DatasetGraphFactory.createTxnMem();
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> reader) {
        try (QueryExec exec = new StoreExec(query, () -> client.answer(query, timeout))) {
            return reader.apply(exec);
        }
    }

    @Override
    public Optional<QueryTarget> ownTarget(QueryLimits limits) {
        return Optional.of(new RemoteTarget(client, limits));
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public void close() {
        // Nothing held open: each query is one HTTP exchange.
    }
}
