package org.sifara.convert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sifara.facts.Labels;
import org.sifara.facts.SourcePosition;

/**
 * Adds triples to one graph, and remembers where in the sources each node was written so that a
 * validation error about the node can point there.
 */
final class Triples {

    private final Graph graph;
    private final Map<Node, SourcePosition> positions;

    Triples(Graph graph, Map<Node, SourcePosition> positions) {
        this.graph = graph;
        this.positions = positions;
    }

    Graph graph() {
        return graph;
    }

    void add(Node s, Node p, Node o) {
        if (o != null) {
            graph.add(Triple.create(s, p, o));
        }
    }

    void type(Node s, Node... types) {
        for (Node t : types) {
            add(s, RDF.type.asNode(), t);
        }
    }

    void labels(Node s, Labels labels) {
        langs(s, RDFS.label.asNode(), labels);
    }

    void langs(Node s, Node p, Labels labels) {
        if (labels != null) {
            add(s, p, ar(labels.ar()));
            add(s, p, en(labels.en()));
        }
    }

    /** Remembers where {@code node} was written, keeping the first place given. */
    void at(Node node, SourcePosition at) {
        positions.putIfAbsent(node, at);
    }

    static Node ar(String text) {
        return NodeFactory.createLiteralLang(text, "ar");
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node lang(String text, String lang) {
        return NodeFactory.createLiteralLang(text, lang);
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node date(LocalDate date) {
        return date == null ? null : NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    static Node decimal(BigDecimal number) {
        return NodeFactory.createLiteralDT(number.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node nonNegativeInteger(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
