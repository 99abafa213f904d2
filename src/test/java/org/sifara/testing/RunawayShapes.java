package org.sifara.testing;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Query shapes that escape ARQ's own timeout in Jena 5.6 (issue 3535), a regular expression that
 * backtracks for ever, and a property path over a cartesian product: on {@link SyntheticData}, each
 * runs for tens of seconds or never ends unless the guard stops it. Shared by the tests of the
 * guard over the in-memory dataset (through the server) and over a TDB2 store.
 */
public final class RunawayShapes {

    public static final String PREFIX = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    private RunawayShapes() {}

    /** (shape, query without its prefix) pairs. */
    public static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("expensive EXISTS before a pattern", "SELECT * WHERE { { ?a skos:member ?b . FILTER EXISTS { ?a skos:member ?c . "
                        + "?c skos:member ?d . ?d skos:member ?e . ?e skos:member ?f . ?f skos:member ?g . FILTER(STR(?g) = 'x') } } "
                        + "?b skos:prefLabel ?l }"),
                Arguments.of("GROUP BY subquery before a pattern", "SELECT * WHERE { { SELECT ?a (COUNT(*) AS ?c) { ?a skos:prefLabel ?l1 . "
                        + "?b skos:prefLabel ?l2 } GROUP BY ?a } ?a skos:member ?m }"),
                Arguments.of("ORDER BY subquery before a pattern", "SELECT * WHERE { { SELECT ?a ?l1 ?l2 { ?a skos:prefLabel ?l1 . "
                        + "?b skos:prefLabel ?l2 } ORDER BY ?l2 ?l1 LIMIT 1 } ?a skos:member ?m }"),
                Arguments.of("OPTIONAL with FILTER NOT EXISTS (issue 3044)", "SELECT * WHERE { ?uri ?p ?o . OPTIONAL { ?x skos:member ?o . "
                        + "FILTER NOT EXISTS { ?x skos:member ?y . ?y skos:member ?z . ?z skos:member ?w . ?w skos:member ?x } } }"),
                Arguments.of("catastrophic REGEX", "SELECT * WHERE { BIND('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' AS ?s) "
                        + "FILTER(REGEX(?s, '(.*a){20}x')) }"),
                Arguments.of("constant REGEX (foldable while planning)", "SELECT * WHERE { FILTER(REGEX('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', "
                        + "'(.*a){20}x')) }"),
                Arguments.of("catastrophic REPLACE", "SELECT * WHERE { BIND(REPLACE('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '(.*a){20}x', 'y') AS ?s) }"),
                Arguments.of("property path closure over a cartesian product", "SELECT (COUNT(*) AS ?n) WHERE { ?a skos:member+ ?b . ?c skos:member+ ?d }"));
    }
}
