package org.sifara.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C PROV-O, the terms Sifara uses. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Agent = term("Agent");
    public static final Node Entity = term("Entity");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node wasAttributedTo = term("wasAttributedTo");
    public static final Node actedOnBehalfOf = term("actedOnBehalfOf");

    private Prov() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
