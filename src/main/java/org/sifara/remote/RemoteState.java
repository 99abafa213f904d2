package org.sifara.remote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.sifara.config.BaseIri;
import org.sifara.publish.VoidFigures;

/**
 * The {@link PublicationState} of a remote store, read through its query endpoint (all a server in
 * front of it may use): its identity, cheaply, to notice a new publish; and the whole of it, to
 * serve one: when its data changed, the VoID figures, and the graphs with their sizes, a page of
 * {@value #GRAPHS_PER_QUERY} at a time (a store may cut longer answers short without saying so).
 */
final class RemoteState {

    /** One published graph: its name, and how many triples it has (0 when the state does not say). */
    record GraphEntry(Node name, long triples) {}

    /** All of the state a server needs. */
    record Snapshot(String identity, Instant modified, VoidFigures figures, List<GraphEntry> graphs) {}

    static final int GRAPHS_PER_QUERY = 5000;
    private static final String PREFIXES = "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX void: <http://rdfs.org/ns/void#>\n";

    private final SparqlClient client;
    private final BaseIri base;
    private final Duration timeout;
    private final String state;

    RemoteState(SparqlClient client, BaseIri base, Duration timeout) {
        this.client = client;
        this.base = base;
        this.timeout = timeout;
        this.state = "<" + PublicationState.graphName(base).getURI() + ">";
    }

    /** The identity the store's state gives, or empty when it holds no publication for this base. */
    Optional<String> identity() {
        List<Binding> rows = rows("SELECT ?id WHERE { GRAPH " + state + " { " + state + " dcterms:identifier ?id } }");
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).get("id").getLiteralLexicalForm());
    }

    /** The whole state, or empty when the store holds no publication for this base. */
    Optional<Snapshot> read() {
        List<Binding> head = rows("SELECT ?id ?modified ?figures WHERE { GRAPH " + state + " { " + state + " dcterms:identifier ?id "
                + "OPTIONAL { " + state + " dcterms:modified ?modified } OPTIONAL { " + state + " dcterms:description ?figures } } }");
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Binding first = head.get(0);
        Node modified = first.get("modified");
        Node figures = first.get("figures");
        return Optional.of(new Snapshot(first.get("id").getLiteralLexicalForm(),
                modified == null ? null : Instant.parse(modified.getLiteralLexicalForm()),
                VoidFigures.parse(figures == null ? "" : figures.getLiteralLexicalForm()), graphs()));
    }

    private List<GraphEntry> graphs() {
        List<GraphEntry> graphs = new ArrayList<>();
        for (long offset = 0;; offset += GRAPHS_PER_QUERY) {
            List<Binding> rows = rows("SELECT ?g ?n WHERE { GRAPH " + state + " { ?g dcterms:hasVersion ?h OPTIONAL { ?g void:triples ?n } } } "
                    + "ORDER BY ?g LIMIT " + GRAPHS_PER_QUERY + " OFFSET " + offset);
            rows.forEach(r -> graphs.add(new GraphEntry(r.get("g"), r.get("n") == null ? 0 : Long.parseLong(r.get("n").getLiteralLexicalForm()))));
            if (rows.size() < GRAPHS_PER_QUERY) {
                return graphs;
            }
        }
    }

    private List<Binding> rows(String select) {
        return ((SparqlClient.Answer.Rows) client.answer(query(select), timeout)).rows();
    }

    private static Query query(String text) {
        return QueryFactory.create(PREFIXES + text);
    }

    BaseIri base() {
        return base;
    }
}
