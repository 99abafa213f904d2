package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numerals too long to read are refused from the query's text alone, before anything parses it:
 * a megabyte integer once cost minutes of CPU in Fuseki's request logging.
 */
class QueryTextCheckTest {

    static final String MAX = "9".repeat(ValueLimits.MAX_DIGITS);

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { BIND(1%s AS ?x) }", "SELECT * { BIND(0.%s1 AS ?x) }", "SELECT * { BIND(1%se5 AS ?x) }",
            "SELECT * { BIND('1%s'^^<http://www.w3.org/2001/XMLSchema#integer> AS ?x) }", "SELECT * { VALUES ?x { -1%s } }"})
    void aNumeralOfTooManyDigitsIsRefused(String template) {
        QueryRefusedException e = assertThrows(QueryRefusedException.class, () -> QueryTextCheck.check(template.formatted(MAX)));
        assertTrue(e.getMessage().contains("digits"), e.getMessage());
        assertDoesNotThrow(() -> QueryTextCheck.check(template.formatted(MAX.substring(1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0031", "\\U00000031"})
    void escapedDigitsCountAsDigits(String one) {
        String query = "SELECT * { BIND('" + one.repeat(ValueLimits.MAX_DIGITS + 1) + "'^^<http://www.w3.org/2001/XMLSchema#integer> AS ?x) }";
        assertThrows(QueryRefusedException.class, () -> QueryTextCheck.check(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { ?s ?p 12345 . ?s ?q 67890 }", "SELECT * { BIND('%s' AS ?x) }"})
    void ordinaryQueriesPass(String query) {
        assertDoesNotThrow(() -> QueryTextCheck.check(query.formatted("1 2 3 ".repeat(10_000) + "a".repeat(100_000))));
    }
}
