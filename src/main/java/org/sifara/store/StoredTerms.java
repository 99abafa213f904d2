package org.sifara.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * Terms as a TDB2 store gives them back. TDB2 keeps small numbers, dates and booleans by value,
 * inside its node ids, and returns them in XSD's canonical form: {@code "4000000000"^^xsd:decimal}
 * reads back as {@code "4000000000.0"^^xsd:decimal}, the same value. Whatever a build writes
 * besides the store (the download files) is written as the store will answer, so that every
 * route of a store-backed server says the same.
 */
public final class StoredTerms {

    private StoredTerms() {}

    /** The term as the store will return it. */
    public static Node asStored(Node node) {
        if (!node.isLiteral() || !NodeIdInline.hasInlineDatatype(node)) {
            return node;
        }
        NodeId id = NodeIdInline.inline(node);
        return id == null ? node : NodeIdInline.extract(id);
    }

    /** The graph as the store will return it (the graph itself when nothing changes). */
    public static Graph asStored(Graph graph) {
        boolean changes = graph.find().filterKeep(t -> !asStored(t.getObject()).equals(t.getObject())).hasNext();
        if (!changes) {
            return graph;
        }
        Graph stored = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> stored.add(Triple.create(t.getSubject(), t.getPredicate(), asStored(t.getObject()))));
        return stored;
    }
}
