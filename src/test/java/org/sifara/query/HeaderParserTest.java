package org.sifara.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;

/** The grlc-style header: what it reads, and every way it can be wrong, as file:line: problem. */
class HeaderParserTest {

    static final String BODY = "\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?x WHERE { ?x rdfs:label ?l FILTER(lang(?l) = ?_lang) }\n";

    @Test
    void readsGrlcKeys() {
        SavedQuery q = SavedQuery.parse("q.rq", "q", """
                #+ summary: All labels
                #+ description: Every label, in one language.
                #+ tags:
                #+   - labels
                #+ defaults:
                #+   - lang: en
                #+ enumerate:
                #+   - lang:
                #+     - en
                #+     - ar
                #+ method: GET
                """ + BODY, BaseIri.defaultBase());
        assertEquals("All labels", q.header().summary());
        assertEquals(List.of("labels"), q.header().tags());
        Parameter lang = q.parameters().get(0);
        assertEquals("lang", lang.name());
        assertEquals("_lang", lang.variable());
        assertEquals(ParameterType.STRING, lang.type());
        assertEquals("en", lang.defaultValue());
        assertEquals(List.of("en", "ar"), lang.allowed());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "#+ summary: x\\n#+ sumary: y | q.rq:2: unknown key 'sumary' (known: defaults, description, enumerate, method, params, summary, tags)",
            "#+ description: no summary | q.rq:1: missing 'summary'",
            "#+ summary: x\\n#+ tags: [a | q.rq:3: header YAML: expected ',' or ']', but got <stream end>",
            "#+summary: x | q.rq:1: a header line must start with '#+ ' (hash, plus, space)",
            "#+ summary: x\\n#+ method: POST | q.rq:2: method must be GET: the data is read-only",
            "#+ summary: x\\n#+ defaults:\\n#+   - colour: red | q.rq:1: the header names a parameter 'colour' that the query does not have (parameters: [lang])",
            "#+ summary: x\\n#+ summary: y | q.rq:2: duplicate key 'summary'",
            "# just a comment | q.rq:1: no header: a saved query starts with '#+ summary: ...'"})
    void aBrokenHeaderIsOneLineWithFileAndLine(String header, String expected) {
        SifaraException e = assertThrows(SifaraException.class,
                () -> SavedQuery.parse("q.rq", "q", header.replace("\\n", "\n") + "\n" + BODY, BaseIri.defaultBase()));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        SifaraException e = assertThrows(SifaraException.class,
                () -> SavedQuery.parse("q.rq", "q", "#+ summary: x\n\nSELECT ?x WHERE { ?x ?p }\n", BaseIri.defaultBase()));
        assertEquals(true, e.getMessage().startsWith("q.rq:3: SPARQL syntax:"), e.getMessage());
    }

    @Test
    void aWrongDefaultOrFileNameIsRefused() {
        assertThrows(SifaraException.class, () -> SavedQuery.parse("q.rq", "q",
                "#+ summary: x\n#+ defaults:\n#+   - n: ten\n\nSELECT * WHERE { ?s ?p ?_n_integer }\n", BaseIri.defaultBase()));
        SifaraException e = assertThrows(SifaraException.class, () -> SavedQuery.parse("Q_1.rq", "Q_1",
                "#+ summary: x\nSELECT * {}\n", BaseIri.defaultBase()));
        assertEquals("Q_1.rq:1: the file name must be kebab-case, e.g. who-met-whom.rq", e.getMessage());
    }

    @Test
    void typesAndOptionalityComeFromTheVariableNames() {
        SavedQuery q = SavedQuery.parse("q.rq", "q", "#+ summary: x\n#+ defaults:\n#+   - who: id/person/x\n"
                + "SELECT * WHERE { ?_who_iri ?p ?o . ?o ?q ?__most_integer . ?o ?r ?__since_date }\n", BaseIri.defaultBase());
        assertEquals(List.of("most:INTEGER:false", "since:DATE:false", "who:IRI:true"), q.parameters().stream()
                .map(p -> p.name() + ":" + p.type() + ":" + p.required()).sorted().toList());
        assertEquals("https://w3id.org/sifara/id/person/x", q.parameters().stream().filter(p -> p.name().equals("who"))
                .findFirst().orElseThrow().defaultValue(), "an IRI default is relative to the base");
    }
}
