package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;

/** The ontology and the shapes parse from the classpath, resolve against the base, and say something. */
class OntologyFilesTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private final BaseIri base = BaseIri.defaultBase();
    private final NamespaceTerms terms = new NamespaceTerms(base);

    @Test
    void ontologyParsesIntoASubstantialVocabulary() {
        Graph ontology = OntologyFiles.ontology(base);

        List<Node> headers = ontology.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode())
                .mapWith(Triple::getSubject).toList();
        assertEquals(List.of(NodeFactory.createURI(base.ontologyIri())), headers,
                "the ontology needs exactly one owl:Ontology, <" + base.ontologyIri() + ">");
        assertAtLeast(15, typed(ontology, OWL.Class.asNode()), "classes (owl:Class) in the sifara namespace");
        assertAtLeast(15, typed(ontology, OWL.ObjectProperty.asNode()), "object properties in the sifara namespace");
        assertAtLeast(4, typed(ontology, SKOS.ConceptScheme.asNode()), "concept schemes in the sifara namespace");
        assertAtLeast(300, ontology.size(), "triples in the ontology");
    }

    @Test
    void shapesParseIntoShapesForTheOntologysClasses() {
        Graph shapes = OntologyFiles.shapes(base);

        Node targetClass = NodeFactory.createURI(SH + "targetClass");
        SortedSet<String> targets = shapes.stream(Node.ANY, targetClass, Node.ANY)
                .map(Triple::getObject).filter(terms::contains).map(Node::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
        assertAtLeast(8, shapes.stream(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SH + "NodeShape")).count(),
                "node shapes");
        assertAtLeast(5, targets.size(), "sifara classes targeted by shapes");
        assertAtLeast(200, shapes.size(), "triples in the shapes");
    }

    /** Relative IRIs in the files must resolve against the base, never against a file or the working directory. */
    @Test
    void everyIriInBothFilesIsAbsoluteHttp() {
        SortedSet<String> bad = new TreeSet<>();
        for (Graph graph : List.of(OntologyFiles.ontology(base), OntologyFiles.shapes(base))) {
            graph.find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                    if (n.isURI() && !n.getURI().startsWith("http://") && !n.getURI().startsWith("https://")) {
                        bad.add(n.getURI());
                    }
                }
            });
        }
        assertTrue(bad.isEmpty(), "IRIs that did not resolve to http(s):" + terms.show(bad));
    }

    private int typed(Graph graph, Node type) {
        return (int) graph.stream(Node.ANY, RDF.type.asNode(), type).map(Triple::getSubject)
                .filter(terms::contains).count();
    }

    private static void assertAtLeast(long min, long actual, String what) {
        assertTrue(actual >= min, "expected at least " + min + " " + what + ", found " + actual);
    }
}
