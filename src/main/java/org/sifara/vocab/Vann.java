package org.sifara.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** VANN, the vocabulary for annotating vocabulary descriptions. */
public final class Vann {
    public static final String NS = "http://purl.org/vocab/vann/";

    public static final Node preferredNamespacePrefix = NodeFactory.createURI(NS + "preferredNamespacePrefix");
    public static final Node preferredNamespaceUri = NodeFactory.createURI(NS + "preferredNamespaceUri");

    private Vann() {}
}
