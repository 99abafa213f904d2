package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.cli.Main;
import org.sifara.testing.TestServer;

/** /queries over HTTP: listing, running with parameters, formats, caching, errors; same answers as the CLI. */
class QueryApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theListIsJsonForMachinesAndHtmlForPeople() throws Exception {
        HttpResponse<String> json = server.getText("/queries", "Accept", "application/json");
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonArray list = JSON.parseAny(json.body()).getAsArray();
        assertEquals(14, list.size());
        assertTrue(json.body().contains("\"name\" : \"who-met-whom\"") || json.body().contains("\"name\": \"who-met-whom\""), json.body());
        HttpResponse<String> html = server.getText("/queries", "Accept", "text/html");
        assertTrue(html.body().contains("href=\"/queries/event-participants\""));
    }

    @Test
    void theSourceIsPlainSparqlThatRunsAnywhere() throws Exception {
        HttpResponse<String> r = server.getText("/queries/who-met-whom.rq");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-query"));
        assertTrue(r.body().startsWith("#+ summary:"), r.body());
        assertTrue(r.body().contains("BASE <https://w3id.org/sifara/>"));
        QueryFactory.create(r.body()); // parses without any base of ours
        assertEquals(404, server.getText("/queries/nope.rq").statusCode());
        assertEquals(404, server.getText("/queries/nope").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML", "text/csv, RS_CSV",
            "text/tab-separated-values, RS_TSV"})
    void runsWithParametersInTheFormAccepted(String accept, String lang) throws Exception {
        HttpResponse<byte[]> r = server.get("/queries/event-participants?event="
                + enc("https://w3id.org/sifara/id/event/sidhu-receives-saddam-haftar"), "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        assertTrue(r.headers().firstValue("ETag").isPresent());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        });
        List<String> who = new java.util.ArrayList<>();
        rs.forEachRemaining(row -> who.add(row.get("participant").toString() + " " + row.get("role").asLiteral().getLexicalForm()));
        assertEquals(List.of("https://w3id.org/sifara/id/person/saddam-haftar guest or visitor",
                "https://w3id.org/sifara/id/person/zaheer-ahmed-babar-sidhu receiver"), who);
    }

    @Test
    void formatParameterAndArabicLabels() throws Exception {
        HttpResponse<String> r = server.getText("/queries/event-participants?lang=ar&format=csv");
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(r.body().contains("مضيف") || r.body().contains("طرف رئيسي"), r.body());
        assertEquals(400, server.getText("/queries/event-participants?format=ttl").statusCode(), "a graph form for rows");
        HttpResponse<String> html = server.getText("/queries/event-participants", "Accept", "text/html");
        assertTrue(html.body().contains("<table class=\"answer sortable\">") && html.body().contains("Ishaq Dar"), html.body());
    }

    @Test
    void aRepeatedRequestWithItsEtagIs304() throws Exception {
        HttpResponse<byte[]> first = server.get("/queries/actors?lang=ar", "Accept", "application/sparql-results+json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = server.get("/queries/actors?lang=ar", "Accept", "application/sparql-results+json",
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> other = server.get("/queries/actors?lang=en", "Accept", "application/sparql-results+json",
                "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "other parameters, another answer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"event=not-an-iri", "event=" + "%22%7D%20DELETE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20%23", "lang=fr",
            "colour=red", "lang=en&lang=ar", "event=https%3A%2F%2Fex.org%2Fa%3E%7B%7D", "format=pdf"})
    void badParametersAre400WithOneLine(String query) throws Exception {
        HttpResponse<String> r = server.getText("/queries/event-participants?" + query, "Accept", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), query + " -> " + r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        assertEquals(200, server.getText("/queries/event-participants").statusCode(), "the server stays healthy");
    }

    @Test
    void hostileStringsAreRefusedOrBoundAsTermsNeverText() throws Exception {
        String before = server.getText("/queries/actors?format=csv").body();
        for (String hostile : List.of("\"} DELETE { ?s ?p ?o } #", "') } } SELECT * WHERE { ?s ?p ?o } #", "> } ; DROP ALL ; #")) {
            for (String param : List.of("source=" + enc("https://example.org/" + hostile), "lang=" + enc(hostile))) {
                HttpResponse<String> r = server.getText("/queries/claims-by-source?" + param, "Accept", "text/csv");
                assertEquals(400, r.statusCode(), param + " -> " + r.body());
                assertEquals(1, r.body().strip().lines().count(), r.body());
            }
            // Escaped into a well-formed IRI, the same text is a term that names nothing.
            HttpResponse<String> r = server.getText("/queries/claims-by-source?source=" + enc("https://example.org/" + enc(hostile)),
                    "Accept", "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(1, r.body().strip().lines().count(), "only the header: no source has that IRI");
        }
        assertEquals(before, server.getText("/queries/actors?format=csv").body(), "the data is as it was");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"actors", "timeline", "claims-by-source", "who-met-whom", "agreements-by-country", "evidence"})
    void theCliAndTheApiGiveTheSameAnswers(String name) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"query", name, "--format", "tsv", "--param", "lang=ar"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().lines().count() > 1, "an answer with rows: " + out);
        HttpResponse<byte[]> http = server.get("/queries/" + name + "?lang=ar", "Accept", "text/tab-separated-values");
        assertArrayEquals(out.toString().getBytes(StandardCharsets.UTF_8), http.body());
    }
}
