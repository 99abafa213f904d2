package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;

/**
 * Every term the ontology defines (every subject in {@code <base>ontology#} with an rdf:type:
 * classes, properties, concept schemes, concepts, the motivation) speaks both languages and says
 * where it is defined: a label (rdfs:label or skos:prefLabel) and a comment (rdfs:comment or
 * skos:definition) in English and in Arabic, and rdfs:isDefinedBy {@code <base>ontology}.
 */
class OntologyLabelsTest {

    private static final List<String> LANGUAGES = List.of("en", "ar");
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());
    private static final List<Node> COMMENTS = List.of(RDFS.comment.asNode(), SKOS.definition.asNode());

    private final BaseIri base = BaseIri.defaultBase();
    private final NamespaceTerms terms = new NamespaceTerms(base);
    private final Graph ontology = OntologyFiles.ontology(base);

    @Test
    void everyTermIsLabelledCommentedAndDefinedByTheOntology() {
        SortedSet<String> defined = terms.definedIn(ontology);
        Node ontologyIri = NodeFactory.createURI(base.ontologyIri());

        SortedSet<String> offences = new TreeSet<>();
        for (String iri : defined) {
            Node term = NodeFactory.createURI(iri);
            String name = terms.shortName(iri);
            for (String lang : LANGUAGES) {
                if (!hasText(term, LABELS, lang)) {
                    offences.add(name + ": no @" + lang + " label (rdfs:label or skos:prefLabel)");
                }
                if (!hasText(term, COMMENTS, lang)) {
                    offences.add(name + ": no @" + lang + " comment (rdfs:comment or skos:definition)");
                }
            }
            if (!ontology.contains(term, RDFS.isDefinedBy.asNode(), ontologyIri)) {
                offences.add(name + ": no rdfs:isDefinedBy <" + base.ontologyIri() + ">");
            }
        }
        assertTrue(defined.size() > 50, "expected the ontology to define many terms, found " + defined.size());
        assertTrue(offences.isEmpty(), offences.size() + " problems in the ontology's terms:"
                + String.join("", offences.stream().map(o -> "\n  " + o).toList()));
    }

    /** A non-blank literal tagged exactly {@code lang} (or a subtag of it, e.g. ar-EG) under one of the properties. */
    private boolean hasText(Node term, List<Node> properties, String lang) {
        return properties.stream().flatMap(p -> ontology.stream(term, p, Node.ANY)).map(Triple::getObject)
                .filter(o -> o.isLiteral() && !o.getLiteralLexicalForm().isBlank())
                .map(o -> o.getLiteralLanguage().toLowerCase(Locale.ROOT))
                .anyMatch(tag -> tag.equals(lang) || tag.startsWith(lang + "-"));
    }
}
