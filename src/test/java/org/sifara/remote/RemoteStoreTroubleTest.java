package org.sifara.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.testing.Await;
import org.sifara.testing.PlainFusekiStore;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

import jakarta.servlet.Filter;

/**
 * {@code serve --sparql} when the store is in trouble, or asked too much: a store that stops or
 * stalls gives 503 with {@code Retry-After} within the time limit, never a hung request or a stack
 * trace, while pages already made are still served; the row cap and the refusal of SERVICE hold
 * as on the embedded store; and a new publish is served once the server looks again.
 */
class RemoteStoreTroubleTest {

    static final BaseIri BASE = BaseIri.defaultBase();
    static final String DOC = "/doc/person/khalifa-haftar.html";
    static final String ARTICLE = "/doc/article/2026-02-03-haftar-meets-sharif.html";
    static final String ASK = "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);

    /** Whether the store in front of which it stands answers slowly (three seconds a request). */
    static volatile boolean slow;

    @Test
    void aStoppedStoreIsA503WithRetryAfterWhilePagesAlreadyMadeAreStillServed() throws Exception {
        PlainFusekiStore store = published(null);
        try (TestServer server = serving(store, QueryLimits.defaults(), Duration.ofSeconds(30))) {
            assertEquals(200, server.get("/").statusCode());
            store.close();
            for (String path : List.of(DOC, ASK, "/queries/actors?format=json", "/download/sifara.nt", "/list/person?lang=ar")) {
                assertUnavailable(server, path);
            }
            assertEquals(200, server.get("/").statusCode(), "the home page was made before: it is still served");
        }
    }

    @Test
    void aStalledStoreIsA503WithinTheTimeLimitNotAHungRequest() throws Exception {
        PlainFusekiStore store = published((req, resp, chain) -> {
            if (slow) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            chain.doFilter(req, resp);
        });
        try (TestServer server = serving(store, QueryLimits.defaults().withTimeout(Duration.ofMillis(500)), Duration.ofSeconds(30))) {
            slow = true;
            for (String path : List.of(DOC, ASK, "/queries/actors?format=json")) {
                assertUnavailable(server, path);
            }
        } finally {
            slow = false;
            store.close();
        }
    }

    @Test
    void theRowCapAndTheRefusalOfServiceHoldAsOnTheEmbeddedStore() throws Exception {
        PlainFusekiStore store = published(null);
        try (TestServer server = serving(store, QueryLimits.defaults().withMaxRows(5), Duration.ofSeconds(30))) {
            HttpResponse<String> all = server.getText("/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }",
                    StandardCharsets.UTF_8), "Accept", "text/csv");
            assertEquals(200, all.statusCode(), all.body());
            assertEquals(6, all.body().lines().count(), "a header line and five rows: " + all.body());
            assertEquals(Optional.of("5"), all.headers().firstValue("X-Sifara-Truncated"));
            HttpResponse<String> service = server.getText("/sparql?query=" + URLEncoder.encode(
                    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", StandardCharsets.UTF_8));
            assertEquals(400, service.statusCode(), service.body());
            assertTrue(service.body().contains("SERVICE"), service.body());
        } finally {
            store.close();
        }
    }

    @Test
    void aNewPublishIsServedOnceTheServerLooksAgain() throws Exception {
        PlainFusekiStore store = published(null);
        try (TestServer server = serving(store, QueryLimits.defaults(), Duration.ofMillis(200))) {
            assertEquals(200, server.get(ARTICLE).statusCode());
            String before = server.publication().identity();
            new GraphStorePush(store.graphStore(), Optional.empty()).push(withoutArticle(), BASE, TestServer.PUBLISHED);
            Await.until(Duration.ofSeconds(20), () -> status(server, ARTICLE) == 404, () -> "the article's page to be gone");
            assertFalse(server.publication().identity().equals(before), "a new publication, with fresh caches");
            assertEquals(200, server.get("/doc/person/khalifa-haftar.html").statusCode(), "the registry is still there");
        } finally {
            store.close();
        }
    }

    private static void assertUnavailable(TestServer server, String path) throws Exception {
        HttpResponse<String> r = server.client().send(server.request(path, "Accept", "text/plain").timeout(Duration.ofSeconds(8))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), path + ": Retry-After");
        assertTrue(r.body().length() < 300 && !r.body().contains("Exception") && !r.body().contains("at org."), path + ": " + r.body());
    }

    private static int status(TestServer server, String path) {
        try {
            return server.get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static PlainFusekiStore published(Filter inFront) throws Exception {
        PlainFusekiStore store = PlainFusekiStore.start(inFront);
        new GraphStorePush(store.graphStore(), Optional.empty()).push(TestData.seed().dataset(), BASE, TestServer.PUBLISHED);
        return store;
    }

    private static TestServer serving(PlainFusekiStore store, QueryLimits limits, Duration refresh) {
        return TestServer.serving(RemotePublications.open(store.sparql(), BASE, limits, refresh),
                TestServer.defaults().withLimits(limits)).started();
    }

    /** The seed without its article's graph. */
    private static DatasetGraph withoutArticle() {
        DatasetGraph seed = TestData.seed().dataset();
        Node article = NodeFactory.createURI(BASE.graph("article/2026-02-03-haftar-meets-sharif"));
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> Txn.executeRead(seed, () -> seed.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(article)) {
                copy.addGraph(name, seed.getGraph(name));
            }
        })));
        return copy;
    }
}
