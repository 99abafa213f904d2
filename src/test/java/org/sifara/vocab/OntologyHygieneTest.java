package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;

/**
 * The hygiene points of the data review, each on the ontology file itself: the inverses and ranges
 * it lacked, SKOS's properties declared as SKOS declares them (not as annotation properties), and
 * an rdfs:label in both languages on every concept, not only a skos:prefLabel.
 */
class OntologyHygieneTest {

    private final BaseIri base = BaseIri.defaultBase();
    private final Graph ontology = OntologyFiles.ontology(base);

    private Node term(String name) {
        return NodeFactory.createURI(base.term(name));
    }

    @Test
    void theInversesTheReviewAskedForAreDeclared() {
        assertTrue(ontology.contains(term("precedes"), OWL2.inverseOf.asNode(), term("follows")));
        assertTrue(ontology.contains(term("hasParticipation"), OWL2.inverseOf.asNode(), term("inEvent")));
        assertTrue(ontology.contains(term("agreementSigned"), OWL2.inverseOf.asNode(), term("signingEvent")));
    }

    @Test
    void partyAndVerbatimHaveARange() {
        assertTrue(ontology.contains(term("party"), RDFS.range.asNode(), NodeFactory.createURI("http://www.w3.org/ns/prov#Agent")),
                "a party is an agent");
        assertTrue(ontology.contains(term("verbatim"), RDFS.range.asNode(), RDF.PlainLiteral.asNode()),
                "a verbatim value is a plain literal");
    }

    @Test
    void skosPropertiesAreDeclaredAsSkosDeclaresThem() {
        for (Node p : List.of(SKOS.broader.asNode(), SKOS.inScheme.asNode(), SKOS.hasTopConcept.asNode())) {
            assertTrue(ontology.contains(p, RDF.type.asNode(), OWL2.ObjectProperty.asNode()), p + " is an object property");
            assertFalse(ontology.contains(p, RDF.type.asNode(), OWL2.AnnotationProperty.asNode()), p + " is not an annotation property");
        }
    }

    @Test
    void everyConceptHasAnRdfsLabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<Node> concepts = new ArrayList<>();
        ontology.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).mapWith(Triple::getSubject).forEachRemaining(c -> {
            if (!concepts.contains(c)) {
                concepts.add(c);
            }
        });
        for (Node c : concepts) {
            for (String lang : List.of("en", "ar")) {
                boolean labelled = ontology.find(c, RDFS.label.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang));
                if (!labelled) {
                    missing.add(c.getLocalName() + "@" + lang);
                }
            }
        }
        assertTrue(concepts.size() > 20, "the ontology's concepts: " + concepts.size());
        assertEquals(List.of(), missing, "concepts without an rdfs:label");
    }
}
