package org.sifara.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sifara.store.DescribeCap;
import org.sifara.store.Truncation;

/**
 * Runs saved queries on a dataset: parameters are checked and bound as RDF terms (Jena's
 * substitution), the query runs inside a read transaction with a time limit, and the answer is
 * read into memory. The CLI and the HTTP API both answer through this class.
 */
public final class QueryRunner {

    private final DatasetGraph dataset;
    private final Duration timeout;

    public QueryRunner(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    public Answer run(SavedQuery query, Map<String, List<String>> parameters) {
        Binding binding = ParameterBinder.bind(query, parameters);
        long[] truncatedAt = new long[1];
        return Truncation.listen(rows -> truncatedAt[0] = rows, () -> Txn.calculateRead(dataset, () -> {
            // The limit goes into the query's context, where the deadline engine reads it.
            try (QueryExec exec = QueryExec.dataset(dataset).query(query.query()).substitution(binding)
                    .set(ARQ.queryTimeout, Long.toString(timeout.toMillis())).build()) {
                if (query.query().isSelectType()) {
                    RowSet rows = exec.select();
                    List<Binding> all = new ArrayList<>();
                    rows.forEachRemaining(all::add);
                    return new Answer.Rows(rows.getResultVars(), all, truncatedAt[0]);
                }
                if (query.query().isAskType()) {
                    return new Answer.Bool(exec.ask());
                }
                Graph graph = GraphFactory.createDefaultGraph();
                (query.query().isConstructType() ? exec.construct() : DescribeCap.describe(exec)).find().forEachRemaining(graph::add);
                return new Answer.Triples(graph, truncatedAt[0]);
            }
        }));
    }
}
