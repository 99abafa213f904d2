package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.config.QueryLimits;
import org.sifara.store.ActiveQueries;
import org.sifara.testing.Await;
import org.sifara.testing.SyntheticData;
import org.sifara.testing.TestServer;

/**
 * While runaway queries hold every place the endpoint may use: more queries get 503 with
 * Retry-After at once, saved queries still run in the place kept for them (so at most
 * {@link #PLACES} queries ever run at once, counted where they run), cheap requests (a page, a
 * download) still answer quickly, and once the runaways are stopped no query is left running.
 * Measurements are scoped to the server under test, and waits are on conditions, not sleeps.
 */
class LoadSheddingTest {

    static final int PLACES = 2;
    /** Long enough that a cheap request stuck behind the runaways would take far longer than {@link #QUICK}. */
    static final Duration RUNAWAY_BUDGET = Duration.ofSeconds(6);
    /** Generous for a loaded machine; a request blocked behind the runaways would take 6 s. */
    static final long QUICK = 3000;
    @RegisterExtension
    static final TestServer server = TestServer.serving(() -> SyntheticData.publication(4000, 5),
            TestServer.defaults().withLimits(QueryLimits.defaults().withTimeout(RUNAWAY_BUDGET)).withConcurrency(PLACES, 0));

    static final String RUNAWAY = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT * WHERE { { SELECT ?a "
            + "(COUNT(*) AS ?c) { ?a skos:prefLabel ?l1 . ?b skos:prefLabel ?l2 } GROUP BY ?a } ?a skos:member ?m }";

    @Test
    void runawaysAreBoundedAndTheRestGoesOn() throws Exception {
        ActiveQueries active = server.server().activeQueries();
        CompletableFuture<HttpResponse<String>> first = runaway(0);
        Await.until(Duration.ofSeconds(5), () -> active.running() == 1, () -> "the first runaway to start");

        List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            more.add(runaway(i));
        }
        int saved = savedQueriesFromEightClients(Duration.ofMillis(1500));
        assertTrue(saved > 0, "saved queries run in the place kept for them while the endpoint is full");
        assertTrue(active.peak() <= PLACES, "at most " + PLACES + " queries ran at once, endpoint and saved together; "
                + "the most that ran at once was " + active.peak());
        for (CompletableFuture<HttpResponse<String>> f : more) {
            HttpResponse<String> r = f.get();
            assertEquals(503, r.statusCode(), "one place is kept for saved queries, so a second runaway is refused: " + r.body());
            assertTrue(r.body().contains("Too many queries"), r.body());
            assertEquals("2", r.headers().firstValue("Retry-After").orElseThrow());
        }

        for (String cheap : List.of("/queries/event-participants?lang=ar", "/ontology.html", "/download/sifara.ttl", "/",
                "/.well-known/void")) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = server.get(cheap);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), cheap);
            assertTrue(ms < QUICK, cheap + " took " + ms + " ms while a runaway ran");
        }

        HttpResponse<String> stopped = first.get();
        assertEquals(503, stopped.statusCode(), "the runaway ends at its time limit: " + stopped.body());
        Await.until(Duration.ofSeconds(5), () -> active.running() == 0, () -> active.running() + " queries still running");
    }

    private static CompletableFuture<HttpResponse<String>> runaway(int i) {
        return server.client().sendAsync(server.request("/sparql?query=" + URLEncoder.encode(RUNAWAY + " #" + i,
                StandardCharsets.UTF_8)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Eight clients send saved queries, each with a parameter value of its own (so none is answered
     * from the cache), for a while; returns how many were answered 200. Each is 200 or 503.
     */
    private static int savedQueriesFromEightClients(Duration duration) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            clients.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    String actor = URLEncoder.encode("http://example.org/r" + counter.incrementAndGet(), StandardCharsets.UTF_8);
                    try {
                        int status = server.get("/queries/actor-profile?actor=" + actor, "Accept", "text/csv").statusCode();
                        assertTrue(status == 200 || status == 503, "status " + status);
                        if (status == 200) {
                            answered.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (CompletableFuture<Void> c : clients) {
            c.get();
        }
        return answered.get();
    }
}
