package org.sifara.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** W3C OWL-Time, the terms Sifara uses. */
public final class Time {
    public static final String NS = "http://www.w3.org/2006/time#";

    public static final Node Interval = term("Interval");
    public static final Node Instant = term("Instant");
    public static final Node inside = term("inside");
    public static final Node hasBeginning = term("hasBeginning");
    public static final Node hasEnd = term("hasEnd");
    public static final Node inXSDDate = term("inXSDDate");

    private Time() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
