package org.sifara.publish;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;
import org.sifara.store.TripleStore;

/**
 * The documents the publication serves about its resources ({@code id/<kind>/<slug>}), a page at a
 * time, and its named graphs ({@code graph/...}), asked of the store when asked of us. Nothing is
 * kept here: rendered forms are kept, bounded, by {@link Renderings}.
 */
public final class Documents {

    private final TripleStore store;
    private final BaseIri base;

    Documents(TripleStore store, BaseIri base) {
        this.store = store;
        this.base = base;
    }

    /** Whether anything is known about {@code id/<kind>/<slug>}. */
    public boolean exists(Kind kind, String slug) {
        return new DocumentBuilder(store, base).exists(resource(kind, slug));
    }

    /** The document about {@code id/<kind>/<slug>} (its first page), or empty if nothing is known about it. */
    public Optional<Graph> about(Kind kind, String slug) {
        return page(kind, slug, 1).map(DocumentPage::graph);
    }

    /** Page {@code page} (from 1) of the document about {@code id/<kind>/<slug>}; empty if unknown or past the last page. */
    public Optional<DocumentPage> page(Kind kind, String slug, int page) {
        Node resource = resource(kind, slug);
        DocumentBuilder builder = new DocumentBuilder(store, base);
        if (page < 1 || !builder.exists(resource)) {
            return Optional.empty();
        }
        return Optional.ofNullable(builder.build(resource, base.value() + "doc/" + kind.segment() + "/" + slug, page));
    }

    /** Whether the dataset has the named graph {@code <base><path>} ({@code graph/article/<slug>}). */
    public boolean hasGraph(String path) {
        return store.query(Queries.of("ASK { GRAPH ?_g { ?s ?p ?o } }", Map.of("_g", graphName(path))), e -> e.ask());
    }

    /** A copy of the named graph {@code <base><path>}; empty if there is none. */
    public Graph graph(String path) {
        Graph copy = GraphFactory.createDefaultGraph();
        store.query(Queries.of("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?_g { ?s ?p ?o } }", Map.of("_g", graphName(path))),
                exec -> {
                    exec.construct().find().forEachRemaining(copy::add);
                    return null;
                });
        return copy;
    }

    private Node graphName(String path) {
        return NodeFactory.createURI(base.value() + path);
    }

    private Node resource(Kind kind, String slug) {
        return NodeFactory.createURI(base.resource(kind.segment(), slug));
    }
}
