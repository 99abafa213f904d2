package org.sifara.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.testing.VirtuosoServer;

/**
 * Publishing to a live Virtuoso Open Source 7, started by the test: its Graph Store endpoint
 * takes the seed's graphs with HTTP digest authentication, its SPARQL endpoint then gives them back
 * value for value (Virtuoso keeps "4000000000"^^xsd:decimal as an xsd:integer, the same value), and
 * a second publish sends nothing. Without credentials the store refuses, and the refusal is said
 * in one line, not retried.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VirtuosoPublishTest {

    @RegisterExtension
    static final VirtuosoServer virtuoso = new VirtuosoServer();

    static final BaseIri BASE = BaseIri.defaultBase();

    @Test
    @Order(1)
    void withoutCredentialsTheStoreRefusesAndSaysSo() {
        SifaraException e = assertThrows(SifaraException.class, () -> new GraphStorePush(virtuoso.graphStore(), Optional.empty())
                .push(TestData.seed().dataset(), BASE));
        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains(virtuoso.graphStore()), e.getMessage());
    }

    @Test
    @Order(2)
    void theSeedArrivesWithDigestAuthenticationAndASecondPublishSendsNothing() {
        DatasetGraph seed = TestData.seed().dataset();
        Credentials dba = new Credentials(VirtuosoServer.USER, VirtuosoServer.PASSWORD);
        GraphStorePush push = new GraphStorePush(virtuoso.graphStore(), Optional.of(dba));
        GraphStorePush.Report first = push.push(seed, BASE);
        assertTrue(first.failed().isEmpty(), first.failed().toString());
        Set<Node> names = Txn.calculateRead(seed, () -> Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(seed.listGraphNodes())));
        assertEquals(names, Set.copyOf(first.sent()));
        for (Node name : names) {
            Graph expected = Txn.calculateRead(seed, () -> copy(seed.getGraph(name)));
            Graph remote = QueryExecHTTP.service(virtuoso.sparql())
                    .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + name.getURI() + "> { ?s ?p ?o } }").construct();
            RdfAssert.assertSameValues(expected, remote, "graph " + name + " read back from Virtuoso");
        }
        GraphStorePush.Report second = push.push(seed, BASE);
        assertEquals(0, second.sent().size(), "nothing changed, nothing is sent");
        assertEquals(names.size(), second.unchanged());
    }

    private static Graph copy(Graph g) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }
}
