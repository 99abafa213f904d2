package org.sifara.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.TestManifest;
import org.apache.jena.sparql.vocabulary.VocabTestQuery;

/**
 * The W3C query-evaluation tests of a manifest and the manifests it includes, read with Jena into
 * plain records: each {@code mf:QueryEvaluationTest} with its query, its data (default graph and
 * named graphs) and its expected result, as file IRIs.
 */
record EvaluationManifest(List<Case> cases) {

    /** One test; {@code data} and {@code graphData} are empty when the query names its own (FROM). */
    record Case(String id, String name, String query, List<String> data, List<String> graphData, String result) {
        @Override
        public String toString() {
            return id + ": " + name;
        }
    }

    /** Every evaluation test under {@code manifests}, in manifest order. */
    static EvaluationManifest read(List<Path> manifests) {
        List<Case> cases = new ArrayList<>();
        manifests.forEach(m -> collect(m.toUri().toString(), cases));
        return new EvaluationManifest(List.copyOf(cases));
    }

    private static void collect(String manifestIri, List<Case> cases) {
        Graph g = RDFDataMgr.loadGraph(manifestIri);
        Node manifest = G.find(g, null, RDF.Nodes.type, TestManifest.Manifest.asNode()).next().getSubject();
        for (Node include : list(g, manifest, TestManifest.include.asNode())) {
            collect(include.getURI(), cases);
        }
        for (Node entry : list(g, manifest, TestManifest.entries.asNode())) {
            if (G.hasProperty(g, entry, RDF.Nodes.type)
                    && G.getOneSP(g, entry, RDF.Nodes.type).equals(TestManifest.QueryEvaluationTest.asNode())) {
                cases.add(toCase(g, entry));
            }
        }
    }

    private static Case toCase(Graph g, Node entry) {
        Node action = G.getOneSP(g, entry, TestManifest.action.asNode());
        String id = entry.isURI() ? entry.getURI().substring(entry.getURI().lastIndexOf('/') + 1) : entry.toString();
        Node result = G.getZeroOrOneSP(g, entry, TestManifest.result.asNode());
        return new Case(id, G.getOneSP(g, entry, TestManifest.name.asNode()).getLiteralLexicalForm(),
                G.getOneSP(g, action, VocabTestQuery.query.asNode()).getURI(),
                iris(g, action, VocabTestQuery.data.asNode()), iris(g, action, VocabTestQuery.graphData.asNode()),
                result == null ? null : result.getURI());
    }

    private static List<String> iris(Graph g, Node action, Node property) {
        return G.listSP(g, action, property).stream().map(Node::getURI).sorted().toList();
    }

    private static List<Node> list(Graph g, Node manifest, Node property) {
        Node head = G.getZeroOrOneSP(g, manifest, property);
        return head == null ? List.of() : G.rdfList(g, head);
    }
}
