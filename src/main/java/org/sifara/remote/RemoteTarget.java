package org.sifara.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.sifara.config.QueryLimits;
import org.sifara.store.QueryRefusedException;
import org.sifara.store.QueryTarget;
import org.sifara.store.Truncation;

/**
 * Users' queries (the endpoint's, the saved ones, the editor's) sent to a remote store with
 * Sifara's limits applied from outside: a SELECT asks for one row more than the row limit (and the
 * answer is cut there, saying so), a CONSTRUCT or DESCRIBE for at most the row limit of solutions,
 * and the whole answer must come within the time limit. The store's own engine is not guarded by
 * Sifara: it must stop long queries itself (README, "Scaling"). A query that would make the store
 * call out to another service ({@code SERVICE}) is refused before it is sent.
 */
final class RemoteTarget implements QueryTarget {

    private final SparqlClient client;
    private final QueryLimits limits;

    RemoteTarget(SparqlClient client, QueryLimits limits) {
        this.client = client;
        this.limits = limits;
    }

    @Override
    public QueryExec exec(Query query, Binding substitution, Truncation truncation) {
        Query sent = capped(bound(query, substitution));
        return new StoreExec(query, () -> cut(client.answer(sent, limits.timeout()), truncation));
    }

    @Override
    public <T> T read(Query query, Binding substitution, Truncation truncation, Function<QueryExec, T> reader) {
        try (QueryExec exec = exec(query, substitution, truncation)) {
            return reader.apply(exec);
        }
    }

    @Override
    public boolean remote() {
        return true;
    }

    private static Query bound(Query query, Binding substitution) {
        if (substitution.isEmpty()) {
            return query;
        }
        Map<Var, Node> values = new HashMap<>();
        substitution.forEach(values::put);
        return QueryTransformOps.replaceVars(query, values);
    }

    /** The query as sent: no SERVICE, no JSON form, and at most the row limit (one more for a SELECT, to see a cut). */
    private Query capped(Query query) {
        if (query.isJsonType()) {
            throw new QueryRefusedException("JSON queries are not sent to the store; ask with SELECT.");
        }
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                throw new QueryRefusedException("SERVICE is not allowed here: the endpoint does not call out to other services.");
            }
        });
        long most = query.isSelectType() ? limits.maxRows() + 1 : limits.maxRows();
        if (query.isAskType() || query.hasLimit() && query.getLimit() <= most) {
            return query;
        }
        Query sent = query.cloneQuery();
        sent.setLimit(most);
        return sent;
    }

    /** A SELECT's rows past the row limit are dropped, and the truncation told. */
    private SparqlClient.Answer cut(SparqlClient.Answer answer, Truncation truncation) {
        if (answer instanceof SparqlClient.Answer.Rows rows && rows.rows().size() > limits.maxRows()) {
            truncation.cut(limits.maxRows());
            return new SparqlClient.Answer.Rows(rows.vars(), new ArrayList<>(rows.rows().subList(0, (int) limits.maxRows())));
        }
        return answer;
    }
}
