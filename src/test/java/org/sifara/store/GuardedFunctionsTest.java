package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * A public endpoint must not let a query name the Java class it runs: on a guarded dataset only
 * registered functions exist. Plain ARQ, beside it, shows what each query would do unguarded.
 */
class GuardedFunctionsTest {

    static final String PREFIXES = "PREFIX afn: <http://jena.apache.org/ARQ/function#> "
            + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    static List<String> guarded(String query) {
        GuardedQuery.Outcome o = GuardedQuery.empty(Duration.ofSeconds(5)).select(PREFIXES + query);
        assertNull(o.error(), () -> query + ": " + o.error());
        return o.rows();
    }

    static String plain(String query) {
        return GuardedLikeArqTest.run(PREFIXES + query, false);
    }

    @Test
    void javaFunctionIrisLoadNoClass() {
        String q = "SELECT (<java:org.apache.jena.sparql.function.library.FN_StrConcat>('a', 'b') AS ?x) {}";
        assertEquals("rows [( ?x = \"ab\" )]", plain(q), "plain ARQ loads the class");
        assertEquals(List.of("()"), guarded(q), "no such function: ?x is left unbound");
    }

    @Test
    void jenaExtensionsFoundByClassNameAreOff() {
        long start = System.nanoTime();
        assertEquals(List.of("()"), guarded("SELECT (afn:wait(60000) AS ?x) {}"));
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "afn:wait did not sleep");
        assertEquals(List.of("()"), guarded("SELECT (<http://www.w3.org/ns/sparql#regex>('a', 'a') AS ?x) {}"),
                "the sparql: IRIs of the built-ins would go around the guard");
    }

    @Test
    void javaPropertyFunctionIrisLoadNoClass() {
        String q = "SELECT * { <http://example/a#b> <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?ns ?ln) }";
        assertTrue(plain(q).contains("?ln = \"b\""), "plain ARQ loads the class: " + plain(q));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                NodeFactory.createURI("urn:o")));
        GuardedQuery.Outcome o = GuardedQuery.over(dsg, Duration.ofSeconds(5), 100).select(q);
        assertEquals(List.of(), o.rows(), "an ordinary triple pattern, which matches nothing");
    }

    @Test
    void registeredFunctionsStillAnswer() {
        assertEquals(List.of("( ?u = \"ABC\" ) ( ?i = 12 ) ( ?p = 1024 ) ( ?m = true )"),
                guarded("SELECT ?u ?i ?p ?m { BIND(fn:upper-case('abc') AS ?u) BIND(xsd:integer('12') AS ?i) "
                        + "BIND(math:pow(2, 10) AS ?p) BIND(fn:matches('abc', 'B', 'i') AS ?m) }"));
    }
}
