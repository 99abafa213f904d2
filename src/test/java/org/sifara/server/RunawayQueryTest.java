package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
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

    static final String P = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "expensive EXISTS before a pattern | SELECT * WHERE { { ?a skos:member ?b . FILTER EXISTS { ?a skos:member ?c . "
                    + "?c skos:member ?d . ?d skos:member ?e . ?e skos:member ?f . ?f skos:member ?g . FILTER(STR(?g) = 'x') } } "
                    + "?b skos:prefLabel ?l }",
            "GROUP BY subquery before a pattern | SELECT * WHERE { { SELECT ?a (COUNT(*) AS ?c) { ?a skos:prefLabel ?l1 . "
                    + "?b skos:prefLabel ?l2 } GROUP BY ?a } ?a skos:member ?m }",
            "ORDER BY subquery before a pattern | SELECT * WHERE { { SELECT ?a ?l1 ?l2 { ?a skos:prefLabel ?l1 . "
                    + "?b skos:prefLabel ?l2 } ORDER BY ?l2 ?l1 LIMIT 1 } ?a skos:member ?m }",
            "OPTIONAL with FILTER NOT EXISTS (issue 3044) | SELECT * WHERE { ?uri ?p ?o . OPTIONAL { ?x skos:member ?o . "
                    + "FILTER NOT EXISTS { ?x skos:member ?y . ?y skos:member ?z . ?z skos:member ?w . ?w skos:member ?x } } }",
            "catastrophic REGEX | SELECT * WHERE { BIND('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' AS ?s) FILTER(REGEX(?s, '(.*a){20}x')) }",
            "constant REGEX (foldable while planning) | SELECT * WHERE { FILTER(REGEX('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '(.*a){20}x')) }",
            "catastrophic REPLACE | SELECT * WHERE { BIND(REPLACE('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '(.*a){20}x', 'y') AS ?s) }",
            "property path closure over a cartesian product | SELECT (COUNT(*) AS ?n) WHERE { ?a skos:member+ ?b . ?c skos:member+ ?d }"})
    void endsWithinItsBudget(String shape, String query) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = server.getText("/sparql?query=" + URLEncoder.encode(P + query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BUDGET.plus(MARGIN)) < 0, shape + " took " + took.toMillis() + " ms");
        assertEquals(503, r.statusCode(), shape + ": " + r.body());
        assertTrue(r.headers().firstValue("Retry-After").orElse("").matches("\\d+"), shape + ": every 503 says when to come back");
        assertEquals(200, server.getText("/queries/timeline?format=csv").statusCode(), "the server still answers");
    }
}
