package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sifara.config.QueryLimits;
import org.sifara.testing.RunawayShapes;
import org.sifara.testing.SyntheticData;
import org.sifara.testing.TestServer;

/**
 * Query shapes that escape ARQ's own timeout in Jena 5.6 (issue 3535) and a regular expression
 * that backtracks for ever: each must end within its 1 s budget plus a margin, with a 503. Without
 * Sifara's deadline engine, the first three run for tens of seconds on this data, and the regular
 * expression never ends.
 */
class RunawayQueryTest {

    static final Duration BUDGET = Duration.ofSeconds(1);
    /** Generous for a noisy machine; the failure this guards against takes 20 s or more. */
    static final Duration MARGIN = Duration.ofSeconds(4);
    @RegisterExtension
    static final TestServer server = TestServer.serving(() -> SyntheticData.publication(4000, 5),
            TestServer.defaults().withLimits(QueryLimits.defaults().withTimeout(BUDGET)));

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sifara.testing.RunawayShapes#all")
    void endsWithinItsBudget(String shape, String query) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = server.getText("/sparql?query=" + URLEncoder.encode(RunawayShapes.PREFIX + query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BUDGET.plus(MARGIN)) < 0, shape + " took " + took.toMillis() + " ms");
        assertEquals(503, r.statusCode(), shape + ": " + r.body());
        assertTrue(r.headers().firstValue("Retry-After").orElse("").matches("\\d+"), shape + ": every 503 says when to come back");
        assertEquals(200, server.getText("/queries/timeline?format=csv").statusCode(), "the server still answers");
    }
}
