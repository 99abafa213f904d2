package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.config.BaseIri;

/**
 * The owl:Ontology header carries what LOV asks of a vocabulary, and the vocabulary's IRIs are
 * the same whatever base a deployment mints its data under.
 */
class OntologyHeaderTest {

    private static final String OTHER_BASE = "http://example.org/x/";
    private static final Node CC_BY_4 = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    @ParameterizedTest
    @ValueSource(strings = {BaseIri.DEFAULT, OTHER_BASE})
    void headerHasEveryFieldLovExpects(String baseIri) {
        BaseIri base = new BaseIri(baseIri);
        Graph ontology = OntologyFiles.ontology(base);
        Node header = NodeFactory.createURI(base.ontologyIri());
        List<String> missing = new ArrayList<>();

        for (String lang : List.of("en", "ar")) {
            check(missing, hasLang(ontology, header, DCTerms.title.asNode(), lang), "dcterms:title @" + lang);
            check(missing, hasLang(ontology, header, DCTerms.description.asNode(), lang), "dcterms:description @" + lang);
        }
        check(missing, !values(ontology, header, DCTerms.creator.asNode()).isEmpty(), "dcterms:creator");
        List<Node> issued = values(ontology, header, DCTerms.issued.asNode());
        List<Node> modified = values(ontology, header, DCTerms.modified.asNode());
        check(missing, isOneDate(issued), "one dcterms:issued, a valid xsd:date");
        check(missing, isOneDate(modified), "one dcterms:modified, a valid xsd:date");
        if (isOneDate(issued) && isOneDate(modified)) {
            check(missing, issued.get(0).getLiteralLexicalForm().compareTo(modified.get(0).getLiteralLexicalForm()) <= 0,
                    "dcterms:modified not before dcterms:issued");
        }
        List<Node> version = values(ontology, header, OWL.versionInfo.asNode());
        check(missing, version.size() == 1 && version.get(0).isLiteral(), "one owl:versionInfo literal");
        if (version.size() == 1 && version.get(0).isLiteral()) {
            Node versionIri = NodeFactory.createURI(base.ontologyIri() + "/" + version.get(0).getLiteralLexicalForm());
            check(missing, values(ontology, header, OWL.versionIRI.asNode()).equals(List.of(versionIri)),
                    "owl:versionIRI " + versionIri + " (the ontology IRI, '/', owl:versionInfo)");
        }
        check(missing, values(ontology, header, DCTerms.license.asNode()).equals(List.of(CC_BY_4)),
                "dcterms:license " + CC_BY_4);
        check(missing, values(ontology, header, Vann.preferredNamespacePrefix).equals(List.of(NodeFactory.createLiteralString("sifara"))),
                "vann:preferredNamespacePrefix \"sifara\"");
        check(missing, values(ontology, header, Vann.preferredNamespaceUri)
                        .equals(List.of(NodeFactory.createLiteralString(base.ontologyNamespace()))),
                "vann:preferredNamespaceUri \"" + base.ontologyNamespace() + "\" (a literal)");

        assertTrue(missing.isEmpty(), "<" + header.getURI() + "> lacks or gets wrong:\n  " + String.join("\n  ", missing));
    }

    /** The vocabulary does not move with a deployment's base: two deployments share one sifara:Reception. */
    @Test
    void vocabularyIrisAreTheSameUnderEveryBase() {
        BaseIri other = new BaseIri(OTHER_BASE);
        BaseIri standard = BaseIri.defaultBase();

        assertEquals("https://w3id.org/sifara/ontology#", other.ontologyNamespace());
        assertEquals("https://w3id.org/sifara/ontology", other.ontologyIri());
        assertEquals("https://w3id.org/sifara/ontology#Reception", Sifara.Reception.iri(other));
        SortedSet<String> terms = new NamespaceTerms(other).definedIn(OntologyFiles.ontology(other));
        assertFalse(terms.isEmpty(), "no term is defined in " + other.ontologyNamespace());
        assertEquals(new NamespaceTerms(standard).definedIn(OntologyFiles.ontology(standard)), terms);
        SortedSet<String> moved = new TreeSet<>();
        for (Graph graph : List.of(OntologyFiles.ontology(other), OntologyFiles.shapes(other))) {
            graph.find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                    String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
                    if (text.contains(OTHER_BASE)) {
                        moved.add(text);
                    }
                }
            });
        }
        assertTrue(moved.isEmpty(), "with base " + OTHER_BASE + " these moved to it:\n  " + String.join("\n  ", moved));
    }

    private static List<Node> values(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static boolean hasLang(Graph graph, Node subject, Node property, String lang) {
        return values(graph, subject, property).stream()
                .anyMatch(o -> o.isLiteral() && lang.equalsIgnoreCase(o.getLiteralLanguage())
                        && !o.getLiteralLexicalForm().isBlank());
    }

    private static boolean isOneDate(List<Node> values) {
        return values.size() == 1 && values.get(0).isLiteral()
                && XSDDatatype.XSDdate.getURI().equals(values.get(0).getLiteralDatatypeURI())
                && XSDDatatype.XSDdate.isValid(values.get(0).getLiteralLexicalForm());
    }

    private static void check(List<String> missing, boolean ok, String what) {
        if (!ok) {
            missing.add(what);
        }
    }
}
