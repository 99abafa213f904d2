package org.sifara.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Hydra Core vocabulary, the terms Sifara uses to link the pages of a paged document. */
public final class Hydra {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    public static final Node PartialCollectionView = term("PartialCollectionView");
    public static final Node view = term("view");
    public static final Node first = term("first");
    public static final Node previous = term("previous");
    public static final Node next = term("next");

    private Hydra() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
