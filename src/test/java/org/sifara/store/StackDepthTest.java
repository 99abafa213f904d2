package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * What overflows a thread's stack must end as a refusal the HTTP layer can answer with 400, never
 * a {@link StackOverflowError} (a 500): a very long expression, at parse time (checked on the
 * query's text), while planned or evaluated, and a regular expression that makes
 * {@code java.util.regex} recurse once per character.
 */
class StackDepthTest {

    static String longSum(int terms) {
        return "SELECT (" + "1 + ".repeat(terms - 1) + "1 AS ?x) {}";
    }

    @Test
    void theTextCheckRefusesAnExpressionOf200kTerms() {
        QueryRefusedException e = assertThrows(QueryRefusedException.class, () -> QueryTextCheck.check(longSum(200_000)));
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        assertDoesNotThrow(() -> QueryTextCheck.check(longSum(200)));
        assertDoesNotThrow(() -> QueryTextCheck.check("SELECT * { ?s ?p ?o"), "a syntax error is Fuseki's to report");
    }

    @Test
    void anExpressionTooDeepForTheEngineIsRefused() throws Exception {
        // Parsed on a large stack; planned and evaluated on a small one, where it overflows.
        AtomicReference<Query> query = new AtomicReference<>();
        Thread parse = new Thread(null, () -> query.set(QueryFactory.create(longSum(20_000))), "parse", 256L << 20);
        parse.start();
        parse.join();
        var dataset = GuardedQuery.empty(Duration.ofSeconds(10)).dataset();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread run = new Thread(null, () -> {
            try {
                Txn.executeRead(dataset, () -> {
                    try (QueryExec exec = QueryExec.dataset(dataset).query(query.get()).build()) {
                        exec.select().forEachRemaining(row -> {});
                    }
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "evaluate", 1L << 20);
        run.start();
        run.join();
        assertInstanceOf(QueryRefusedException.class, thrown.get());
    }

    @Test
    void aRegexThatOverflowsTheMatcherIsRefused() {
        String text = "'" + "ab".repeat(500) + "'";
        String query = "SELECT ?m { BIND(" + text + " AS ?s0) BIND(CONCAT(?s0, ?s0) AS ?s1) BIND(CONCAT(?s1, ?s1) AS ?s2) "
                + "BIND(CONCAT(?s2, ?s2) AS ?s3) BIND(CONCAT(?s3, ?s3) AS ?s4) BIND(CONCAT(?s4, ?s4) AS ?s5) "
                + "BIND(CONCAT(?s5, ?s5) AS ?s6) BIND(CONCAT(?s6, ?s6) AS ?s7) FILTER(REGEX(?s7, '^(a|b)*$')) BIND(1 AS ?m) }";
        GuardedQuery.Outcome o = GuardedQuery.empty(Duration.ofSeconds(10)).select(query);
        assertInstanceOf(QueryRefusedException.class, o.error(), () -> "answered " + o.rows());
        assertTrue(o.error().getMessage().contains("regular expression"), o.error().getMessage());
        GuardedQuery.Outcome r = GuardedQuery.empty(Duration.ofSeconds(10)).select(
                query.replace("FILTER(REGEX(?s7, '^(a|b)*$'))", "BIND(REPLACE(?s7, '^(a|b)*$', 'x') AS ?r)"));
        assertInstanceOf(QueryRefusedException.class, r.error(), () -> "answered " + r.rows());
    }
}
