package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.Profiles;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.testing.TestData;

/**
 * The ontology together with the data converted from {@code data/} is in OWL 2 DL (every reused
 * term is declared, so a reasoner does not silently skip it) and HermiT finds it consistent: the
 * data breaks none of the ontology's disjointness, domain or range axioms.
 *
 * <p>One kind of deviation is excused, and only for two datatypes: OWL 2's datatype map has no
 * {@code xsd:date}, and a SKOS notation's own datatype ({@code sifara:CameoCode}) is outside it by
 * definition, so the profile checker calls their literals "use of defined datatype". Dates are
 * days in the text ({@code xsd:dateTime} would invent a time of day), and SKOS asks for typed
 * notations; both datatypes are declared, and HermiT reads both. And one kind of triple is left
 * to RDF: a participation's {@code rdf:value}, SEM's link from a role to its actor, is reserved
 * vocabulary that OWL cannot use; the same link is {@code sifara:participant}, which OWL reads
 * (the shapes make the two equal).
 */
class OntologyAndDataTest {


    private static final Pattern ROLE_VALUE = Pattern.compile(
            "<https://w3id\\.org/sifara/id/participation/[^>]+> <http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#value> <[^>]+>\\.");

    private static OWLOntology ontologyAndData() {
        return OwlApiOntology.load(union());
    }

    private static Graph union() {
        Conversion seed = TestData.seed();
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(seed.dataset(), () -> seed.dataset().find().forEachRemaining(q -> union.add(q.asTriple())));
        return union;
    }

    private static final Node MEETING = NodeFactory.createURI("https://w3id.org/sifara/id/event/haftar-sharif-meeting-2026-02-03");

    @Test
    void ontologyAndDataAreOwl2DlWithNothingGuessedOrDropped() {
        OWLOntology ontology = ontologyAndData();
        List<String> all = Profiles.OWL2_DL.checkOntology(ontology).getViolations().stream()
                .map(OWLProfileViolation::toString).sorted().distinct().toList();
        List<String> violations = all.stream().filter(v -> !OwlApiOntology.isExcused(v)).toList();
        RDFParserMetaData read = (RDFParserMetaData) ontology.getOWLOntologyManager().getOntologyFormat(ontology)
                .getOntologyLoaderMetaData().orElseThrow();

        assertEquals(List.of(), violations, violations.size() + " OWL 2 DL violations");
        assertTrue(all.size() > violations.size(), "the excused kind no longer occurs: narrow EXCUSED");
        List<String> unused = read.getUnparsedTriples().map(Object::toString).sorted().toList();
        assertEquals(List.of(), unused.stream().filter(t -> !ROLE_VALUE.matcher(t).matches()).toList(), "triples the OWL API did not use");
        assertTrue(unused.size() > 10, "the participations' rdf:value triples are missing");
        assertTrue(read.getGuessedDeclarations().isEmpty(), "terms whose kind the OWL API guessed: " + read.getGuessedDeclarations());
    }

    @Test
    void hermitFindsOntologyAndDataConsistent() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontologyAndData());
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology and the data inconsistent");
        } finally {
            reasoner.dispose();
        }
    }

    /** The checks above can fail: an undeclared reused term is reported, and so is data against a disjointness. */
    @Test
    void anUndeclaredTermAndADisjointnessBreachAreCaught() {
        Graph undeclared = union();
        undeclared.add(Triple.create(MEETING, NodeFactory.createURI("https://schema.org/organizer"), Sifara.Participation.in(BaseIri.defaultBase())));
        assertTrue(Profiles.OWL2_DL.checkOntology(OwlApiOntology.load(undeclared)).getViolations().stream()
                .anyMatch(v -> v.toString().contains("Use of undeclared") && v.toString().contains("organizer")));

        Graph breach = union();
        breach.add(Triple.create(MEETING, RDF.type.asNode(), Sifara.Claim.in(BaseIri.defaultBase())));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(OwlApiOntology.load(breach));
        try {
            assertFalse(reasoner.isConsistent(), "an event that is also a statement should be inconsistent");
        } finally {
            reasoner.dispose();
        }
    }
}
