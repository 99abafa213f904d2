package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.testing.SyntheticData;
import org.sifara.testing.TestServer;

/**
 * While runaway queries hold every place, more queries get 503 with Retry-After at once, cheap
 * requests (a saved query, a page, a download) still answer quickly, and once the runaways are
 * stopped nothing is left running and the CPU is idle.
 */
class LoadSheddingTest {

    static final int PLACES = 2;
    /** Long enough that a cheap request stuck behind the runaways would take far longer than {@link #QUICK}. */
    static final Duration RUNAWAY_BUDGET = Duration.ofSeconds(8);
    /** Generous for a loaded machine; a request blocked behind the runaways would take 8 s. */
    static final long QUICK = 3000;
    @RegisterExtension
    static final TestServer server = TestServer.serving(() -> SyntheticData.publication(4000, 5),
            TestServer.defaults().withLimits(QueryLimits.defaults().withTimeout(RUNAWAY_BUDGET)).withConcurrency(PLACES, 0));

    static final String RUNAWAY = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT * WHERE { { SELECT ?a "
            + "(COUNT(*) AS ?c) { ?a skos:prefLabel ?l1 . ?b skos:prefLabel ?l2 } GROUP BY ?a } ?a skos:member ?m }";

    @Test
    void runawaysAreBoundedAndCheapRequestsGoOn() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
        for (int i = 0; i < PLACES + 2; i++) {
            runaways.add(server.client().sendAsync(server.request("/sparql?query=" + URLEncoder.encode(RUNAWAY + " #" + i,
                    StandardCharsets.UTF_8)).GET().build(), HttpResponse.BodyHandlers.ofString()));
            Thread.sleep(50);
        }
        Thread.sleep(300);
        for (String cheap : List.of("/queries/event-participants?lang=ar", "/ontology.html",
                "/download/sifara.ttl", "/", "/.well-known/void")) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = server.get(cheap);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), cheap);
            assertTrue(ms < QUICK, cheap + " took " + ms + " ms while runaways ran");
        }
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> f : runaways) {
            HttpResponse<String> r = f.get();
            statuses.merge(r.statusCode(), 1, Integer::sum);
            assertEquals(503, r.statusCode(), r.body());
            if (r.body().contains("Too many queries")) {
                assertEquals("2", r.headers().firstValue("Retry-After").orElseThrow());
            }
        }
        long refusedAtOnce = runaways.stream().map(CompletableFuture::join)
                .filter(r -> r.body().contains("Too many queries")).count();
        assertTrue(refusedAtOnce >= 2, "queries beyond the two places are refused: " + statuses);

        Thread.sleep(500);
        assertEquals(List.of(), queryThreads(), "no query is still running");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        Thread.sleep(1000);
        double busy = (os.getProcessCpuTime() - cpu0) / 1e9;
        assertTrue(busy < 0.5, "the CPU is idle again: " + busy + " CPU-seconds in one second");
    }

    private static List<String> queryThreads() {
        List<String> busy = new ArrayList<>();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("org.apache.jena.sparql.engine") && t.getState() == Thread.State.RUNNABLE) {
                    busy.add(t.getName());
                    return;
                }
            }
        });
        return busy;
    }
}
