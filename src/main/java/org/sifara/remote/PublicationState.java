package org.sifara.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.sifara.config.BaseIri;
import org.sifara.publish.VoidFigures;

/**
 * What a remote store holds of a publication, in the store itself, in the graph
 * {@code <base>graph/publication-state}: each graph Sifara sent with its content hash
 * ({@code dcterms:hasVersion}) and its number of triples ({@code void:triples}); the identity of
 * the whole ({@code dcterms:identifier}, a hash of every graph's name and hash) and when its data
 * last changed ({@code dcterms:modified}); and the dataset's VoID figures
 * ({@code dcterms:description}, as the text {@link VoidFigures#toText} writes). Nothing in it
 * points to the data's resources, so the store's union of graphs answers every question about
 * them as the published graphs alone do. {@code sifara publish}
 * writes it; {@code sifara serve --sparql} reads it (a changed identity is a new publication), and
 * so a store needs nothing of Sifara's but its graphs.
 *
 * @param hashes each graph's content hash, by name
 * @param sizes each graph's number of triples, by name
 * @param figures the VoID figures of the dataset
 */
record PublicationState(Map<Node, String> hashes, Map<Node, Long> sizes, Instant modified, VoidFigures figures) {

    /** The IRI of the graph the state is kept in. */
    static Node graphName(BaseIri base) {
        return NodeFactory.createURI(base.graph("publication-state"));
    }

    /** A hash of every graph's name and content hash: it changes when any graph does. */
    static String identity(Map<Node, String> hashes) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        new TreeMap<String, String>(hashes.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().getURI(), Map.Entry::getValue)))
                .forEach((name, hash) -> sha.update((name + " " + hash + "\n").getBytes(StandardCharsets.UTF_8)));
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** The state as the triples of its graph. */
    Graph toGraph(BaseIri base) {
        Node self = graphName(base);
        Graph g = GraphFactory.createDefaultGraph();
        hashes.forEach((name, hash) -> {
            g.add(Triple.create(name, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(hash)));
            Long size = sizes.get(name);
            if (size != null) {
                g.add(Triple.create(name, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(size), XSDDatatype.XSDinteger)));
            }
        });
        g.add(Triple.create(self, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(identity(hashes))));
        if (modified != null) {
            g.add(Triple.create(self, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime)));
        }
        if (figures != null) {
            g.add(Triple.create(self, DCTerms.description.asNode(), NodeFactory.createLiteralString(figures.toText())));
        }
        return g;
    }

    /** The identity a state graph gives. */
    static java.util.Optional<String> identityIn(Graph state) {
        return state.find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY).nextOptional()
                .filter(t -> t.getObject().isLiteral()).map(t -> t.getObject().getLiteralLexicalForm());
    }

    /** The VoID figures a state graph gives. */
    static java.util.Optional<VoidFigures> figuresIn(Graph state) {
        return state.find(Node.ANY, DCTerms.description.asNode(), Node.ANY).nextOptional()
                .filter(t -> t.getObject().isLiteral()).map(t -> VoidFigures.parse(t.getObject().getLiteralLexicalForm()));
    }

    /** The graphs and their hashes a state graph lists. */
    static Map<Node, String> hashesIn(Graph state) {
        Map<Node, String> hashes = new java.util.HashMap<>();
        state.find(Node.ANY, DCTerms.hasVersion.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                hashes.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
            }
        });
        return hashes;
    }

    /** Each graph's number of triples, as the state records it. */
    static Map<Node, Long> sizesIn(Graph state) {
        Map<Node, Long> sizes = new java.util.HashMap<>();
        state.find(Node.ANY, VOID.triples.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                sizes.put(t.getSubject(), Long.parseLong(t.getObject().getLiteralLexicalForm()));
            }
        });
        return sizes;
    }
}
