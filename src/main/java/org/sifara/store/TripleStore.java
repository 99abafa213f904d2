package org.sifara.store;

import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.sifara.config.QueryLimits;

/**
 * Where the published triples live, as Sifara reads them: one named graph per article, the
 * registry's and the ontology's, queried with SPARQL over their union. Pages, documents, labels and
 * listings ask only through {@link #query}; the SPARQL endpoint and the saved queries get a view
 * ({@link #unionView}) that a {@link QueryGuard} bounds. Three kinds exist: {@link MemoryStore}
 * (the data folder converted at start-up), {@link Tdb2Store} (a generation of a store on disk that
 * {@code sifara build} wrote), and a remote SPARQL 1.1 store ({@code remote.RemoteStore}), which
 * answers over HTTP and runs users' queries itself ({@link #ownTarget}).
 */
public interface TripleStore extends AutoCloseable {

    /**
     * A new view whose default graph is the union of all graphs ({@code GRAPH} still reaches each),
     * with a context of its own for a guard's limits.
     */
    DatasetGraph unionView();

    /**
     * Runs a read-only query over the union of all graphs, unguarded (for Sifara's own pages, whose
     * queries are fixed and bounded), and reads its answer with {@code reader} while it is open.
     */
    <T> T query(Query query, Function<QueryExec, T> reader);

    /**
     * Where users' queries run, if the store runs them itself under limits Sifara sends (a remote
     * store); empty for a local one, whose queries run on {@link #unionView} under a guard.
     */
    default Optional<QueryTarget> ownTarget(QueryLimits limits) {
        return Optional.empty();
    }

    /** What identifies the stored content: it changes whenever a build changes anything. */
    String identity();

    /** Lets go of the store (files, locks); views it gave stop working. */
    @Override
    void close();
}
