package org.sifara.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.store.DescribeCap;
import org.sifara.store.QueryTarget;
import org.sifara.store.Truncation;

/**
 * Runs saved queries where users' queries run ({@code store.QueryTarget}: a guarded dataset whose
 * context holds the time and row limits, or a remote store that is sent them): parameters are
 * checked and bound as RDF terms (Jena's substitution), and the answer is read into memory, while
 * the query is open, with whether the row limit cut it. The command line and the HTTP API both answer through this class.
 */
public final class QueryRunner {

    private final QueryTarget target;

    /** @param guardedDataset a view a query guard gave, so that the limits hold */
    public QueryRunner(DatasetGraph guardedDataset) {
        this(QueryTarget.local(guardedDataset));
    }

    /** @param target where the queries run, with the limits (a guarded local view, or a remote store) */
    public QueryRunner(QueryTarget target) {
        this.target = target;
    }

    public Answer run(SavedQuery query, Map<String, List<String>> parameters) {
        return run(query, query.query(), parameters);
    }

    /** Runs any query (the query editor's) on the guarded dataset, with its limits. */
    public Answer run(Query query) {
        return run(query, BindingFactory.empty());
    }

    /**
     * One page of the answer: {@code paging.limit()} rows from {@code paging.offset()} of what the
     * query answers (a SELECT; for other forms the page cuts the pattern's solutions).
     */
    public PagedAnswer run(SavedQuery query, Map<String, List<String>> parameters, Paging paging) {
        Query page = paging.applyTo(query.query());
        if (page == null) {
            ParameterBinder.bind(query, parameters);
            return new PagedAnswer(new Answer.Rows(query.query().getProjectVars(), List.of(), 0), paging, false);
        }
        Answer answer = run(query, page, parameters);
        if (answer instanceof Answer.Rows rows && rows.rows().size() > paging.limit()) {
            return new PagedAnswer(new Answer.Rows(rows.vars(), rows.rows().subList(0, paging.limit()), rows.truncatedAt()), paging, true);
        }
        return new PagedAnswer(answer, paging, false);
    }

    private Answer run(SavedQuery query, Query text, Map<String, List<String>> parameters) {
        return run(text, ParameterBinder.bind(query, parameters));
    }

    private Answer run(Query text, Binding binding) {
        Truncation truncation = new Truncation();
        return target.read(text, binding, truncation, exec -> {
            if (text.isSelectType()) {
                RowSet rows = exec.select();
                List<Binding> all = new ArrayList<>();
                // Copied term by term while the query is open: a store's rows may hold node ids
                // that are looked up only when read, which must not happen after its transaction ends.
                rows.forEachRemaining(row -> {
                    BindingBuilder copy = BindingBuilder.create();
                    row.forEach(copy::add);
                    all.add(copy.build());
                });
                return new Answer.Rows(rows.getResultVars(), all, truncation.cutAt());
            }
            if (text.isAskType()) {
                return new Answer.Bool(exec.ask());
            }
            Graph graph = GraphFactory.createDefaultGraph();
            (text.isConstructType() ? exec.construct() : DescribeCap.describe(exec)).find().forEachRemaining(graph::add);
            return new Answer.Triples(graph, truncation.cutAt());
        });
    }
}
