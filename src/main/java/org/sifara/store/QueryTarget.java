package org.sifara.store;

import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Where users' queries run (the endpoint's, the saved queries', the editor's), under the time and
 * row limits: a local view a {@link QueryGuard} bounds from inside the engine, or a remote store
 * that Sifara bounds from outside ({@link TripleStore#ownTarget}). The row cap tells the query's
 * {@link Truncation} when it cuts the answer.
 */
public interface QueryTarget {

    /** The query, its variables bound by {@code substitution}, ready to run (not yet run). */
    QueryExec exec(Query query, Binding substitution, Truncation truncation);

    /** Runs the query and reads its answer with {@code reader} while it is open (in a read transaction, for a local store). */
    <T> T read(Query query, Binding substitution, Truncation truncation, Function<QueryExec, T> reader);

    /** Whether the queries leave this process: Fuseki's {@code /sparql} then sends them on instead of running them. */
    boolean remote();

    /** The target of a local view that a guard bounds. */
    static QueryTarget local(DatasetGraph guarded) {
        return new QueryTarget() {
            @Override
            public QueryExec exec(Query query, Binding substitution, Truncation truncation) {
                return QueryExec.dataset(guarded).query(query).substitution(substitution).set(Truncation.SYMBOL, truncation).build();
            }

            @Override
            public <T> T read(Query query, Binding substitution, Truncation truncation, Function<QueryExec, T> reader) {
                return Txn.calculateRead(guarded, () -> {
                    try (QueryExec exec = exec(query, substitution, truncation)) {
                        return reader.apply(exec);
                    }
                });
            }

            @Override
            public boolean remote() {
                return false;
            }
        };
    }
}
