package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.query.Answer;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.QueryRunner;
import org.sifara.store.QueryGuard;
import org.sifara.store.UnionDefaultGraph;
import org.sifara.testing.TestData;
import org.sifara.vocab.OntologyFiles;

/**
 * {@code convert --base} moves the data, never the vocabulary: two deployments' data share one
 * sifara:Reception, and the saved queries find it under either base.
 */
class VocabularyUnderAnyBaseTest {

    private static final String OTHER = "https://data.example.org/sifara/";
    private static final String VOCABULARY = "https://w3id.org/sifara/ontology#";

    private final Conversion conversion = new Converter(new BaseIri(OTHER)).convert(TestData.DATA);
    private final DatasetGraph dataset = conversion.dataset();

    @Test
    void instancesFollowTheBaseAndTermsStayInTheFixedNamespace() {
        Node meeting = NodeFactory.createURI(OTHER + "id/event/haftar-sharif-meeting-2026-02-03");
        assertTrue(dataset.contains(Node.ANY, meeting, RDF.type.asNode(), NodeFactory.createURI(VOCABULARY + "BilateralMeeting")),
                "the meeting is minted under the other base and typed with the fixed vocabulary");
        SortedSet<String> moved = new TreeSet<>();
        dataset.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(OTHER + "ontology")) {
                    moved.add(n.getURI());
                }
            }
        });
        assertTrue(moved.isEmpty(), "vocabulary IRIs that followed --base:\n  " + String.join("\n  ", moved));
    }

    @Test
    void theOntologyGraphIsTheSameFileUnderEveryBase() {
        var published = dataset.getGraph(NodeFactory.createURI(OTHER + "graph/ontology"));
        assertTrue(published.isIsomorphicWith(OntologyFiles.ontology()), "the ontology graph differs from ontology/sifara.ttl");
    }

    @Test
    void savedQueriesAnswerUnderAnotherBase() {
        try (QueryGuard guard = QueryGuard.forThisJena()) {
            QueryRunner runner = new QueryRunner(guard.guard(UnionDefaultGraph.over(dataset), QueryLimits.defaults()));
            var catalogue = QueryCatalogue.load(new BaseIri(OTHER));
            Answer participants = runner.run(catalogue.get("event-participants").orElseThrow(), Map.of());
            assertEquals(7, ((Answer.Rows) participants).rows().size(), "roles of the 3 February meeting's participants under " + OTHER);
        }
    }
}
