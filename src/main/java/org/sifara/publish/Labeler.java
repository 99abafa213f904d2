package org.sifara.publish;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.facts.Labels;

/**
 * The English and Arabic label of every resource that has one (rdfs:label, skos:prefLabel, or an
 * article's schema:headline),
 * read once: the data is read-only. Pages show labels, never bare IRIs where a label exists.
 */
public final class Labeler {

    private final Map<Node, String[]> labels = new HashMap<>();
    private final PrefixMap prefixes;

    public Labeler(Graph union, PrefixMap prefixes) {
        this.prefixes = prefixes;
        collect(union, RDFS.label.asNode());
        collect(union, SKOS.prefLabel.asNode());
        collect(union, SchemaDO.headline.asNode());
    }

    private void collect(Graph g, Node property) {
        g.find(Node.ANY, property, Node.ANY).forEachRemaining(this::add);
    }

    private void add(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral()) {
            return;
        }
        String[] pair = labels.computeIfAbsent(t.getSubject(), k -> new String[2]);
        String lang = o.getLiteralLanguage();
        if (lang.startsWith("en") && pair[0] == null) {
            pair[0] = o.getLiteralLexicalForm();
        } else if (lang.startsWith("ar") && pair[1] == null) {
            pair[1] = o.getLiteralLexicalForm();
        } else if (lang.isEmpty() && pair[0] == null) {
            pair[0] = o.getLiteralLexicalForm();
        }
    }

    /** Both labels, where known. */
    public Optional<Labels> labels(Node node) {
        String[] pair = labels.get(node);
        return pair == null ? Optional.empty() : Optional.of(new Labels(pair[1], pair[0]));
    }

    /** A label as shown, with the language it is in ("" for a prefixed name or an IRI). */
    public record Shown(String text, String lang) {}

    /**
     * The label in {@code lang} ({@code en} or {@code ar}), else the label in the other one, else a
     * prefixed name, else the IRI.
     */
    public Shown labelIn(Node node, String lang) {
        String[] pair = labels.get(node);
        if (pair != null) {
            int wanted = lang.equals("ar") ? 1 : 0;
            if (pair[wanted] != null) {
                return new Shown(pair[wanted], wanted == 1 ? "ar" : "en");
            }
            if (pair[1 - wanted] != null) {
                return new Shown(pair[1 - wanted], wanted == 1 ? "en" : "ar");
            }
        }
        return new Shown(shortName(node), "");
    }

    /** Whether the node has a label in either language. */
    public boolean hasLabel(Node node) {
        return labels.containsKey(node);
    }

    /** The English label, else the Arabic one, else a prefixed name, else the IRI. */
    public String display(Node node) {
        String[] pair = labels.get(node);
        if (pair != null && pair[0] != null) {
            return pair[0];
        }
        if (pair != null && pair[1] != null) {
            return pair[1];
        }
        return shortName(node);
    }

    public String shortName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String abbreviated = prefixes.abbreviate(node.getURI());
        return abbreviated != null ? abbreviated : node.getURI();
    }
}
