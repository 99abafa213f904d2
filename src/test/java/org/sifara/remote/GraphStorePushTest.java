package org.sifara.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;
import org.sifara.testing.PlainFusekiStore;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Publishing to a store over the Graph Store Protocol, against a real second Fuseki over TDB2:
 * every graph arrives as it is; a second publish sends nothing; a change sends only its graph; a
 * graph that is gone is deleted; a failing graph is named and the others are sent; a failure that
 * passes is retried.
 */
class GraphStorePushTest {

    static final BaseIri BASE = BaseIri.defaultBase();
    /** Retries without sleeping: the pauses are only counted. */
    final List<Duration> pauses = new ArrayList<>();
    final Retrying quick = new Retrying(4, Duration.ofMillis(100), pauses::add);

    @Test
    void theSeedArrivesWholeAndASecondPublishSendsNothing() throws IOException {
        DatasetGraph seed = TestData.seed().dataset();
        try (PlainFusekiStore store = PlainFusekiStore.start()) {
            GraphStorePush push = new GraphStorePush(store.graphStore(), Optional.empty(), quick);
            GraphStorePush.Report first = push.push(seed, BASE);
            List<Node> names = Txn.calculateRead(seed, () -> {
                List<Node> list = new ArrayList<>();
                seed.listGraphNodes().forEachRemaining(list::add);
                return list;
            });
            assertEquals(Set.copyOf(names), Set.copyOf(first.sent()), "every graph is sent the first time");
            assertTrue(first.failed().isEmpty(), first.failed().toString());
            for (Node name : names) {
                Graph expected = Txn.calculateRead(seed, () -> copy(seed.getGraph(name)));
                Graph remote = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(name)));
                RdfAssert.assertSameValues(expected, remote, "graph " + name + " in the store");
            }
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(GraphStorePush.stateGraph(BASE))),
                    "the store records what it holds");

            GraphStorePush.Report second = push.push(seed, BASE);
            assertEquals(List.of(), second.sent(), "nothing changed, nothing is sent");
            assertEquals(names.size(), second.unchanged());
        }
    }

    @Test
    void aChangeSendsItsGraphAndAGraphThatIsGoneIsDeleted() throws IOException {
        try (PlainFusekiStore store = PlainFusekiStore.start()) {
            GraphStorePush push = new GraphStorePush(store.graphStore(), Optional.empty(), quick);
            push.push(dataset("a", "b", "c"), BASE);
            DatasetGraph next = dataset("a", "b");
            Txn.executeWrite(next, () -> next.getGraph(graph("b")).add(NodeFactory.createURI("http://example.org/b"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("changed")));
            GraphStorePush.Report report = push.push(next, BASE);
            assertEquals(List.of(graph("b")), report.sent(), "only the changed graph");
            assertEquals(List.of(graph("c")), report.removed(), "the graph that is gone");
            assertEquals(1, report.unchanged());
            assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(graph("c"))));
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(graph("b")).contains(
                    NodeFactory.createURI("http://example.org/b"), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("changed"))));
        }
    }

    @Test
    void aGraphThatFailsIsNamedAndTheOthersAreSent() throws IOException {
        AtomicInteger refused = new AtomicInteger();
        Filter refuseB = (request, response, chain) -> {
            HttpServletRequest req = (HttpServletRequest) request;
            if ("PUT".equals(req.getMethod()) && graph("b").getURI().equals(req.getParameter("graph"))) {
                refused.incrementAndGet();
                ((HttpServletResponse) response).sendError(500, "broken on purpose");
                return;
            }
            chain.doFilter(request, response);
        };
        try (PlainFusekiStore store = PlainFusekiStore.start(refuseB)) {
            GraphStorePush.Report report = new GraphStorePush(store.graphStore(), Optional.empty(), quick)
                    .push(dataset("a", "b", "c"), BASE);
            assertEquals(Set.of(graph("a"), graph("c")), Set.copyOf(report.sent()), "the others are sent");
            assertEquals(Set.of(graph("b")), report.failed().keySet(), "the failure is named");
            assertTrue(report.failed().get(graph("b")).contains("500"), report.failed().toString());
            assertEquals(4, refused.get(), "a 500 may pass: tried four times");
            Graph state = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(GraphStorePush.stateGraph(BASE))));
            assertFalse(PublicationState.hashesIn(state).containsKey(graph("b")), "the state does not claim the failed graph");
            assertFalse(PublicationState.sizesIn(state).containsKey(graph("b")), "nor its size");
        }
    }

    @Test
    void aGraphThatFailsKeepsTheSizeTheStoreHoldsInTheState() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean refuse = new java.util.concurrent.atomic.AtomicBoolean();
        Filter refuseB = (request, response, chain) -> {
            HttpServletRequest req = (HttpServletRequest) request;
            if (refuse.get() && "PUT".equals(req.getMethod()) && graph("b").getURI().equals(req.getParameter("graph"))) {
                ((HttpServletResponse) response).sendError(500, "broken on purpose");
                return;
            }
            chain.doFilter(request, response);
        };
        try (PlainFusekiStore store = PlainFusekiStore.start(refuseB)) {
            GraphStorePush push = new GraphStorePush(store.graphStore(), Optional.empty(), quick);
            push.push(dataset("a", "b"), BASE);
            DatasetGraph bigger = dataset("a", "b");
            Txn.executeWrite(bigger, () -> bigger.add(graph("b"), NodeFactory.createURI("http://example.org/b2"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("b2")));
            refuse.set(true);
            assertEquals(Set.of(graph("b")), push.push(bigger, BASE).failed().keySet());
            Graph state = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(GraphStorePush.stateGraph(BASE))));
            assertEquals(1L, PublicationState.sizesIn(state).get(graph("b")),
                    "the store still holds the one-triple graph, and a download checks what it gets against this size");
            assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), pauses,
                    "waits grow twice over");
        }
    }

    @Test
    void aStoreThatIsBusyOnceIsTriedAgainAndARefusalIsNot() throws IOException {
        AtomicInteger puts = new AtomicInteger();
        Filter busyOnce = (request, response, chain) -> {
            HttpServletRequest req = (HttpServletRequest) request;
            if ("PUT".equals(req.getMethod()) && req.getParameter("graph").endsWith("/a") && puts.incrementAndGet() == 1) {
                ((HttpServletResponse) response).sendError(503, "busy");
                return;
            }
            if ("PUT".equals(req.getMethod()) && req.getParameter("graph").endsWith("/c")) {
                ((HttpServletResponse) response).sendError(403, "not yours");
                return;
            }
            chain.doFilter(request, response);
        };
        try (PlainFusekiStore store = PlainFusekiStore.start(busyOnce)) {
            GraphStorePush.Report report = new GraphStorePush(store.graphStore(), Optional.empty(), quick)
                    .push(dataset("a", "b", "c"), BASE);
            assertEquals(Set.of(graph("a"), graph("b")), Set.copyOf(report.sent()));
            assertEquals(2, puts.get(), "the 503 was tried again");
            assertEquals(Set.of(graph("c")), report.failed().keySet());
            assertEquals(1, pauses.size(), "a 403 is not tried again");
        }
    }

    private static Node graph(String name) {
        return NodeFactory.createURI(BASE.graph("article/" + name));
    }

    private static DatasetGraph dataset(String... names) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (String n : names) {
                dsg.add(graph(n), NodeFactory.createURI("http://example.org/" + n), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(n));
            }
        });
        return dsg;
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }
}
