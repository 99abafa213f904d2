package org.sifara.vocab;

import java.io.StringWriter;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;

/** A Jena graph (absolute IRIs) handed to the OWL API as RDF/XML, in memory, so OWL tools can judge it. */
final class OwlApiOntology {
    // RDF/XML rather than Turtle: the OWL API's Turtle parser predates the PREFIX form Jena writes.

    /**
     * The one kind of OWL 2 DL profile violation Sifara accepts, for two datatypes only: literals
     * of xsd:date (days; OWL 2's datatype map has no xsd:date) and of sifara:CameoCode (a SKOS
     * notation's own datatype). Both are declared, and HermiT reads both.
     */
    private static final Pattern EXCUSED = Pattern.compile("Use of defined datatype in datatype restriction"
            + " \"[^\"]*\"\\^\\^(xsd:date|<https://w3id\\.org/sifara/ontology#CameoCode>) .*");

    private OwlApiOntology() {}

    static boolean isExcused(String violation) {
        return EXCUSED.matcher(violation).matches();
    }

    static OWLOntology load(Graph graph) {
        StringWriter rdfXml = new StringWriter();
        RDFDataMgr.write(rdfXml, graph, RDFFormat.RDFXML_PLAIN);
        StringDocumentSource source = new StringDocumentSource(rdfXml.toString(),
                IRI.create("urn:sifara:test:ontology-document"), new RDFXMLDocumentFormat(), null);
        try {
            return OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(source);
        } catch (OWLOntologyCreationException e) {
            throw new AssertionError("the OWL API cannot read the ontology: " + e.getMessage(), e);
        }
    }
}
