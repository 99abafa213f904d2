package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.sifara.config.BaseIri;

/**
 * A DL reasoner (HermiT) finds the ontology consistent and every class satisfiable; two broken
 * variants show that the reasoner does see the ontology's disjointness axioms.
 */
class OntologyReasonerTest {

    private final BaseIri base = BaseIri.defaultBase();
    private final NamespaceTerms terms = new NamespaceTerms(base);

    @Test
    void ontologyIsConsistentAndEveryClassSatisfiable() {
        OWLOntology ontology = OwlApiOntology.load(OntologyFiles.ontology(base));
        assertTrue(ontology.getClassesInSignature().size() > 30, "the OWL API sees too few classes: "
                + ontology.getClassesInSignature().size());

        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
            SortedSet<String> unsatisfiable = new TreeSet<>();
            for (OWLClass c : reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
                unsatisfiable.add(terms.shortName(c.getIRI().toString()));
            }
            assertTrue(unsatisfiable.isEmpty(), "classes that can have no instance:\n  " + String.join("\n  ", unsatisfiable));
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void aThingThatIsBothAClaimAndAnAgreementIsInconsistent() {
        Graph broken = OntologyFiles.ontology(base);
        Node thing = NodeFactory.createURI(base.resource("claim", "both"));
        broken.add(Triple.create(thing, RDF.type.asNode(), OWL.NamedIndividual.asNode()));
        broken.add(Triple.create(thing, RDF.type.asNode(), Sifara.Claim.in(base)));
        broken.add(Triple.create(thing, RDF.type.asNode(), Sifara.Agreement.in(base)));

        OWLReasoner reasoner = new ReasonerFactory().createReasoner(OwlApiOntology.load(broken));
        try {
            assertFalse(reasoner.isConsistent(), "sifara:Claim and sifara:Agreement should be disjoint");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void aSubclassOfTwoDisjointClassesIsUnsatisfiable() {
        Graph broken = OntologyFiles.ontology(base);
        Node both = NodeFactory.createURI(base.term("FactualityAndBoundKind"));
        broken.add(Triple.create(both, RDF.type.asNode(), OWL.Class.asNode()));
        broken.add(Triple.create(both, RDFS.subClassOf.asNode(), Sifara.Factuality.in(base)));
        broken.add(Triple.create(both, RDFS.subClassOf.asNode(), Sifara.BoundKind.in(base)));

        OWLReasoner reasoner = new ReasonerFactory().createReasoner(OwlApiOntology.load(broken));
        try {
            assertTrue(reasoner.isConsistent(), "an unsatisfiable class alone does not make the ontology inconsistent");
            Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertEquals(Set.of(base.term("FactualityAndBoundKind")),
                    Set.copyOf(unsatisfiable.stream().map(c -> c.getIRI().toString()).toList()));
        } finally {
            reasoner.dispose();
        }
    }
}
