package org.sifara.remote;

import java.util.Iterator;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * A query sent to a remote store, as Jena's code reads any query: the answer is fetched whole on
 * the first call that needs it ({@link SparqlClient}), and then given out as rows, a yes or no, or
 * triples. Nothing of it stays open: closing it only marks it closed.
 */
final class StoreExec implements QueryExec {

    private final Query query;
    private final Supplier<SparqlClient.Answer> fetch;
    private SparqlClient.Answer answer;
    private final Context context = Context.create();
    private boolean closed;

    StoreExec(Query query, Supplier<SparqlClient.Answer> fetch) {
        this.query = query;
        this.fetch = fetch;
    }

    private SparqlClient.Answer answer() {
        if (closed) {
            throw new QueryExecException("The query was closed");
        }
        if (answer == null) {
            answer = fetch.get();
        }
        return answer;
    }

    private Graph triples() {
        if (answer() instanceof SparqlClient.Answer.Triples t) {
            return t.graph();
        }
        throw new QueryExecException("Not a CONSTRUCT or DESCRIBE query");
    }

    @Override
    public RowSet select() {
        if (answer() instanceof SparqlClient.Answer.Rows r) {
            return RowSetStream.create(r.vars(), r.rows().iterator());
        }
        throw new QueryExecException("Not a SELECT query");
    }

    @Override
    public boolean ask() {
        if (answer() instanceof SparqlClient.Answer.Bool b) {
            return b.value();
        }
        throw new QueryExecException("Not an ASK query");
    }

    @Override
    public Graph construct(Graph graph) {
        triples().find().forEachRemaining(graph::add);
        return graph;
    }

    @Override
    public Iterator<Triple> constructTriples() {
        return triples().find();
    }

    @Override
    public Iterator<Quad> constructQuads() {
        return triples().find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public DatasetGraph constructDataset(DatasetGraph dataset) {
        triples().find().forEachRemaining(t -> dataset.add(Quad.create(Quad.defaultGraphIRI, t)));
        return dataset;
    }

    @Override
    public Graph describe(Graph graph) {
        return construct(graph);
    }

    @Override
    public Iterator<Triple> describeTriples() {
        return constructTriples();
    }

    @Override
    public JsonArray execJson() {
        throw new QueryExecException("JSON queries are not sent to a remote store");
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
        throw new QueryExecException("JSON queries are not sent to a remote store");
    }

    @Override
    public DatasetGraph getDataset() {
        return null;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public Query getQuery() {
        return query;
    }

    @Override
    public String getQueryString() {
        return query.serialize();
    }

    @Override
    public void abort() {
        // The answer is fetched within its deadline, or not at all.
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
