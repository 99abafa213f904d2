package org.sifara.publish;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;

/**
 * The documents the publication serves about its resources ({@code id/<kind>/<slug>}) and its
 * named graphs ({@code graph/...}), built from the dataset when asked. Nothing is kept here:
 * rendered forms are kept, bounded, by {@link Renderings}.
 */
public final class Documents {

    private final DatasetGraph dataset;
    private final BaseIri base;

    Documents(DatasetGraph dataset, BaseIri base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** Whether anything is known about {@code id/<kind>/<slug>}. */
    public boolean exists(Kind kind, String slug) {
        Node resource = resource(kind, slug);
        return Txn.calculateRead(dataset, () -> new DocumentBuilder(dataset.getUnionGraph(), base).exists(resource));
    }

    /** The document about {@code id/<kind>/<slug>}, or empty if nothing is known about it. */
    public Optional<Graph> about(Kind kind, String slug) {
        Node resource = resource(kind, slug);
        return Txn.calculateRead(dataset, () -> {
            DocumentBuilder builder = new DocumentBuilder(dataset.getUnionGraph(), base);
            if (!builder.exists(resource)) {
                return Optional.empty();
            }
            return Optional.of(builder.build(resource, base.value() + "doc/" + kind.segment() + "/" + slug));
        });
    }

    /** Whether the dataset has the named graph {@code <base><path>} ({@code graph/article/<slug>}). */
    public boolean hasGraph(String path) {
        Node name = NodeFactory.createURI(base.value() + path);
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(name));
    }

    /** A copy of the named graph {@code <base><path>}; empty if there is none. */
    public Graph graph(String path) {
        Node name = NodeFactory.createURI(base.value() + path);
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private Node resource(Kind kind, String slug) {
        return NodeFactory.createURI(base.resource(kind.segment(), slug));
    }
}
