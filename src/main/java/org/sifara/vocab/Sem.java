package org.sifara.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Simple Event Model (SEM), the terms Sifara uses. */
public final class Sem {
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    public static final Node Event = term("Event");
    public static final Node Actor = term("Actor");
    public static final Node Place = term("Place");
    public static final Node Role = term("Role");
    public static final Node hasActor = term("hasActor");
    public static final Node hasPlace = term("hasPlace");
    public static final Node roleType = term("roleType");
    public static final Node hasTimeStamp = term("hasTimeStamp");
    public static final Node hasBeginTimeStamp = term("hasBeginTimeStamp");
    public static final Node hasEndTimeStamp = term("hasEndTimeStamp");
    public static final Node hasEarliestBeginTimeStamp = term("hasEarliestBeginTimeStamp");
    public static final Node hasLatestBeginTimeStamp = term("hasLatestBeginTimeStamp");
    public static final Node hasEarliestEndTimeStamp = term("hasEarliestEndTimeStamp");
    public static final Node hasLatestEndTimeStamp = term("hasLatestEndTimeStamp");

    private Sem() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
