package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/**
 * Expressions that once ran for minutes or filled the memory, each on its own row with no triple
 * to read: each must now end at once with a {@link QueryRefusedException} naming the limit (or,
 * for a pattern that backtracks, at its deadline). {@code assertTimeoutPreemptively} only keeps a
 * regression from hanging the build: before the limits the first ran past 60 s with a 2 s budget,
 * and the second ended in {@code OutOfMemoryError}.
 */
class ExpressionLimitsTest {

    static final Duration BUDGET = Duration.ofSeconds(2);
    static final Duration HANG = Duration.ofSeconds(20);
    static final String XSD = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
    static final String FN = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> ";

    /** {@code n} BINDs, each {@code step} applied to the one before, starting from {@code start}. */
    static String chain(String start, int n, String step) {
        StringBuilder q = new StringBuilder("SELECT ?x" + n + " { BIND(" + start + " AS ?x0) ");
        for (int i = 1; i <= n; i++) {
            q.append("BIND(").append(step.replace("?x", "?x" + (i - 1))).append(" AS ?x").append(i).append(") ");
        }
        return q.append('}').toString();
    }

    static GuardedQuery.Outcome run(String query) {
        return assertTimeoutPreemptively(HANG, () -> GuardedQuery.empty(BUDGET).select(query));
    }

    static void assertRefused(String query, String limit) {
        GuardedQuery.Outcome o = run(query);
        assertInstanceOf(QueryRefusedException.class, o.error(), () -> "answered " + o.rows());
        assertTrue(o.error().getMessage().contains(limit), o.error().getMessage());
    }

    @Test
    void sixteenSquaringsOfATwentyDigitInteger() {
        assertRefused(chain("12345678901234567890", 16, "?x * ?x"), "digits");
    }

    @Test
    void twentyDoublingsOfAThousandCharacters() {
        assertRefused(chain("'" + "a".repeat(1000) + "'", 20, "CONCAT(?x, ?x)"), "characters");
    }

    @Test
    void decimalsGrowInScaleAsWell() {
        assertRefused(chain("1.5", 16, "?x * ?x"), "digits");
    }

    @Test
    void powersAreRefusedBeforeTheyAreComputed() {
        assertRefused(FN + "SELECT (math:pow(10, 200000000) AS ?p) {}", "digits");
        assertRefused(FN + "SELECT (math:exp10(200000000) AS ?p) {}", "digits");
    }

    @Test
    void manyArgumentsAddUpBeforeTheyAreJoined() {
        String q = chain("'" + "a".repeat(1000) + "'", 9, "CONCAT(?x, ?x)");
        String many = ("?x9, ").repeat(2000) + "?x9";
        assertRefused(q.replace("SELECT ?x9 {", "SELECT ?y {").replace(" }", " BIND(CONCAT(" + many + ") AS ?y) }"), "characters");
        assertRefused(FN + q.replace("SELECT ?x9 {", "SELECT ?y {").replace(" }", " BIND(fn:concat(" + many + ") AS ?y) }"),
                "characters");
    }

    @Test
    void manyLargeValuesExhaustTheBudget() {
        String q = chain("'" + "a".repeat(1000) + "'", 9, "CONCAT(?x, ?x)");
        StringBuilder ucase = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            ucase.append("BIND(UCASE(?x9) AS ?u").append(i).append(") ");
        }
        assertRefused(q.replace(" }", " " + ucase + "}"), "characters of long strings");
    }

    @Test
    void aReplacementThatMultipliesTheText() {
        String q = chain("'" + "a".repeat(1000) + "'", 9, "CONCAT(?x, ?x)");
        assertRefused(q.replace("SELECT ?x9 {", "SELECT ?y {").replace(" }", " BIND(REPLACE(?x9, 'a', ?x9) AS ?y) }"), "characters");
        assertRefused(FN + q.replace("SELECT ?x9 {", "SELECT ?y {").replace(" }", " BIND(fn:replace(?x9, 'a', ?x9) AS ?y) }"),
                "characters");
    }

    @Test
    void aLongNumeralIsNotRead() {
        String q = chain("'1234567890'", 16, "CONCAT(?x, ?x)").replace("SELECT ?x16 {", "SELECT ?n {");
        assertRefused(XSD + q.replace(" }", " BIND(xsd:integer(?x16) AS ?n) }"), "digits");
        assertRefused(XSD + q.replace(" }", " BIND(STRDT(?x16, xsd:decimal) AS ?n) }"), "digits");
    }

    @Test
    void limitsHoldInsideExistsAndAggregates() {
        String squarings = chain("12345678901234567890", 16, "?x * ?x");
        String inner = squarings.substring(squarings.indexOf('{') + 1, squarings.lastIndexOf('}'));
        assertRefused("SELECT * { FILTER EXISTS { " + inner + " } }", "digits");
        String product = ("?v * ").repeat(200) + "?v";
        assertRefused("SELECT (SUM(" + product + ") AS ?s) { VALUES ?v { 12345678901234567890 } }", "digits");
    }

    @Test
    void xpathMatchingStopsAtTheDeadline() {
        String text = "'" + "a".repeat(40) + "'";
        GuardedQuery.Outcome matches = run(FN + "SELECT * { FILTER(fn:matches(" + text + ", '(.*a){20}x')) }");
        assertInstanceOf(QueryCancelledException.class, matches.error());
        GuardedQuery.Outcome replace = run(FN + "SELECT (fn:replace(" + text + ", '(.*a){20}x', 'y') AS ?r) {}");
        assertInstanceOf(QueryCancelledException.class, replace.error());
    }

    @Test
    void valuesWithinTheLimitsAreComputed() {
        GuardedQuery.Outcome o = run(chain("12345678901234567890", 5, "?x * ?x") .replace("SELECT ?x5", "SELECT (STRLEN(STR(?x5)) AS ?n)"));
        assertNull(o.error());
        assertEquals("[( ?n = 611 )]", o.rows().toString());
        GuardedQuery.Outcome s = run(chain("'" + "a".repeat(1000) + "'", 9, "CONCAT(?x, ?x)").replace("SELECT ?x9", "SELECT (STRLEN(?x9) AS ?n)"));
        assertEquals("[( ?n = 512000 )]", s.rows().toString());
    }
}
