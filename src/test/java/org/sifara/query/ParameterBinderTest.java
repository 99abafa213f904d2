package org.sifara.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.config.BaseIri;
import org.sifara.testing.TestData;

/** Values are checked against their type and bound as RDF terms, never spliced into the text. */
class ParameterBinderTest {

    static final SavedQuery Q = SavedQuery.parse("q.rq", "q", """
            #+ summary: test
            #+ defaults:
            #+   - lang: en
            #+ enumerate:
            #+   - lang:
            #+     - en
            #+     - ar
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER(lang(?l) = ?_lang) FILTER(?s = COALESCE(?__who_iri, ?s))
              FILTER(!BOUND(?__text) || CONTAINS(STR(?l), ?__text)) FILTER(!BOUND(?__n_integer) || ?__n_integer > 0) }
            """, BaseIri.defaultBase());

    static Binding bind(String... pairs) {
        Map<String, List<String>> given = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            given.put(pairs[i], List.of(pairs[i + 1]));
        }
        return ParameterBinder.bind(Q, given);
    }

    @Test
    void defaultsApplyAndOptionalParametersStayFree() {
        Binding b = bind();
        assertEquals("\"en\"", b.get(Var.alloc("_lang")).toString());
        assertFalse(b.contains(Var.alloc("__who_iri")));
    }

    @ParameterizedTest(name = "text = {0}")
    @ValueSource(strings = {"\" } DELETE { ?s ?p ?o } #", "'; DROP ALL", "} } SELECT * { ?s ?p ?o", "\\u0022) || true || (\"",
            "<http://example.org/>", "خليفة حفتر"})
    void hostileTextIsJustAString(String hostile) {
        Binding b = bind("text", hostile);
        assertEquals(hostile, b.get(Var.alloc("__text")).getLiteralLexicalForm());
        var answer = new QueryRunner(TestData.queryableSeed())
                .run(Q, Map.of("text", List.of(hostile)));
        assertTrue(answer instanceof Answer.Rows rows && rows.rows().isEmpty(), "no label contains it, and nothing else ran");
    }

    @Test
    void anArabicStringMatchesAsAString() {
        var answer = new QueryRunner(TestData.queryableSeed())
                .run(Q, Map.of("text", List.of("حفتر"), "lang", List.of("ar")));
        var subjects = ((Answer.Rows) answer).rows().stream().map(r -> r.get(Var.alloc("s")).getURI()).toList();
        assertTrue(subjects.contains("https://w3id.org/sifara/id/person/khalifa-haftar"), subjects.toString());
        assertTrue(subjects.contains("https://w3id.org/sifara/id/person/saddam-haftar"), subjects.toString());
        assertFalse(subjects.contains("https://w3id.org/sifara/id/person/asim-munir"));
    }

    @ParameterizedTest(name = "who = {0}")
    @ValueSource(strings = {"not an iri", "urn:x", "javascript:alert(1)", "https://ex.org/a b", "https://ex.org/>{} DELETE",
            "http://", "/relative/path", ""})
    void anIriParameterMustBeAnAbsoluteHttpIri(String value) {
        BadParameterException e = assertThrows(BadParameterException.class, () -> bind("who", value));
        assertTrue(e.getMessage().startsWith("parameter 'who' must be an absolute http(s) IRI"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void integersEnumerationsAndNamesAreChecked() {
        assertThrows(BadParameterException.class, () -> bind("n", "12a"));
        assertThrows(BadParameterException.class, () -> bind("n", "1e3"));
        assertEquals(org.apache.jena.graph.NodeFactory.createLiteralDT("12", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
                bind("n", "12").get(Var.alloc("__n_integer")));
        BadParameterException lang = assertThrows(BadParameterException.class, () -> bind("lang", "fr"));
        assertEquals("parameter 'lang' must be one of [en, ar], not 'fr'", lang.getMessage());
        BadParameterException unknown = assertThrows(BadParameterException.class, () -> bind("colour", "red"));
        assertEquals("unknown parameter 'colour' for query 'q' (it takes: lang, n, text, who)", unknown.getMessage());
        assertThrows(BadParameterException.class, () -> ParameterBinder.bind(Q, Map.of("lang", List.of("en", "ar"))));
        assertThrows(BadParameterException.class, () -> bind("text", "x".repeat(3000)));
    }
}
