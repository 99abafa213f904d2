package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.Profiles;
import org.sifara.config.BaseIri;

/**
 * The ontology is in the OWL 2 DL profile, so DL reasoners give complete answers about it (but
 * for the literals {@link OwlApiOntology#isExcused} accepts); and the OWL API reads every triple
 * without guessing what a term is.
 */
class OntologyProfileTest {

    private final BaseIri base = BaseIri.defaultBase();

    @Test
    void ontologyIsOwl2Dl() {
        assertEquals(List.of(), violations(OntologyFiles.ontology(base)), "OWL 2 DL violations");
    }

    /** The OWL API drops triples it cannot map to OWL, and guesses undeclared terms' kinds; neither may happen. */
    @Test
    void owlApiReadsEveryTripleAndGuessesNothing() {
        OWLOntology ontology = OwlApiOntology.load(OntologyFiles.ontology(base));
        RDFParserMetaData read = (RDFParserMetaData) ontology.getOWLOntologyManager().getOntologyFormat(ontology)
                .getOntologyLoaderMetaData().orElseThrow();

        assertEquals(List.of(), read.getUnparsedTriples().map(Object::toString).sorted().toList(), "triples the OWL API did not use");
        assertTrue(read.getGuessedDeclarations().isEmpty(), "terms whose kind the OWL API guessed: " + read.getGuessedDeclarations());
    }

    /** A tempting mistake: OWL 2 DL forbids a transitive (non-simple) property to be asymmetric. */
    @Test
    void anAsymmetricTransitivePropertyIsReported() {
        Graph broken = OntologyFiles.ontology(base);
        broken.add(Triple.create(Sifara.partOf.in(base), RDF.type.asNode(), OWL.TransitiveProperty.asNode()));
        broken.add(Triple.create(Sifara.partOf.in(base), RDF.type.asNode(), OWL2.AsymmetricProperty.asNode()));

        List<String> violations = violations(broken);
        assertEquals(1, violations.size(), "expected one violation, for sifara:partOf, got " + violations);
        assertTrue(violations.get(0).contains(Sifara.partOf.iri(base)), violations.get(0));
    }

    private static List<String> violations(Graph graph) {
        OWLProfileReport report = Profiles.OWL2_DL.checkOntology(OwlApiOntology.load(graph));
        return report.getViolations().stream().map(OWLProfileViolation::toString).filter(v -> !OwlApiOntology.isExcused(v))
                .sorted().toList();
    }
}
