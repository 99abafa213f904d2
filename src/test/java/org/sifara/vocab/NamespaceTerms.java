package org.sifara.vocab;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.vocabulary.RDF;
import org.sifara.config.BaseIri;

/**
 * The IRIs of the Sifara namespace ({@code <base>ontology#}) for one base: those the ontology
 * defines and those a graph or a query uses. Test helper; messages print {@code sifara:Local}.
 */
final class NamespaceTerms {

    private static final Pattern IRI_REF = Pattern.compile("<([^<>\"\\s]*)>");

    private final String namespace;

    NamespaceTerms(BaseIri base) {
        this.namespace = base.ontologyNamespace();
    }

    boolean contains(Node node) {
        return node.isURI() && node.getURI().startsWith(namespace);
    }

    /** The terms a graph defines: the subjects in the namespace that have an rdf:type. */
    SortedSet<String> definedIn(Graph ontology) {
        return ontology.stream(Node.ANY, RDF.type.asNode(), Node.ANY)
                .map(Triple::getSubject)
                .filter(this::contains)
                .map(Node::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every IRI of the namespace a graph uses: as subject, predicate, object or a literal's datatype. */
    SortedSet<String> usedIn(Graph graph) {
        SortedSet<String> used = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (contains(n)) {
                    used.add(n.getURI());
                } else if (n.isLiteral() && n.getLiteralDatatypeURI().startsWith(namespace)) {
                    used.add(n.getLiteralDatatypeURI());
                }
            }
        });
        return used;
    }

    /**
     * Every IRI of the namespace a parsed query uses, wherever it is written (patterns, paths,
     * VALUES, expressions, templates, datatypes). The query is printed with no prefixes and no
     * base, so every IRI appears whole; IRIs built at run time from strings are not seen.
     */
    SortedSet<String> usedIn(Query parsed) {
        Query query = parsed.cloneQuery();
        query.getPrefixMapping().clearNsPrefixMap();
        query.setBase(null);
        SortedSet<String> used = new TreeSet<>();
        Matcher m = IRI_REF.matcher(query.serialize());
        while (m.find()) {
            if (m.group(1).startsWith(namespace)) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    /** IRIs written as {@code sifara:Local}, sorted, one a line, for failure messages. */
    String show(Collection<String> iris) {
        return iris.stream().map(this::shortName).sorted().collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    String shortName(String iri) {
        return iri.startsWith(namespace) ? "sifara:" + iri.substring(namespace.length()) : "<" + iri + ">";
    }
}
