package org.sifara.testing;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.publish.Publication;

/**
 * A synthetic dataset big enough to make bad queries expensive: {@code n} concepts, each with a
 * label and {@code k} random skos:member links (fixed seed), in one named graph.
 */
public final class SyntheticData {

    public static final String NS = "http://example.org/";

    private SyntheticData() {}

    public static Publication publication(int n, int k) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> dsg.addGraph(NodeFactory.createURI(NS + "graph"), graph(n, k)));
        return Publication.of(new Conversion(BaseIri.defaultBase(), dsg, List.of(), 0, 0), Instant.EPOCH);
    }

    /** The concepts and their links, as one graph. */
    public static Graph graph(int n, int k) {
        Graph g = GraphFactory.createDefaultGraph();
        Random random = new Random(42);
        Node member = SKOS.member.asNode();
        for (int i = 0; i < n; i++) {
            Node r = NodeFactory.createURI(NS + "r" + i);
            g.add(Triple.create(r, RDF.type.asNode(), SKOS.Concept.asNode()));
            g.add(Triple.create(r, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("label " + i)));
            for (int j = 0; j < k; j++) {
                g.add(Triple.create(r, member, NodeFactory.createURI(NS + "r" + random.nextInt(n))));
            }
        }
        return g;
    }
}
