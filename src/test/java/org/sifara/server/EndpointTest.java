package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/** /sparql: SPARQL 1.1 Query in every standard format, over the union; read-only; bounded. */
class EndpointTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static long count() throws Exception {
        HttpResponse<byte[]> r = server.get(q(COUNT), "Accept", "application/sparql-results+json");
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV"})
    void selectInEveryResultFormat(String accept, String lang) throws Exception {
        HttpResponse<byte[]> r = server.get(q("SELECT ?p WHERE { <https://w3id.org/sifara/id/person/ishaq-dar> "
                + "^<http://www.w3.org/ns/org#member>/<https://w3id.org/sifara/ontology#post> ?p } ORDER BY ?p"), "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        Lang l = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), l);
        assertEquals("https://w3id.org/sifara/id/post/deputy-prime-minister-of-pakistan", rs.next().get("p").toString());
        assertEquals("https://w3id.org/sifara/id/post/foreign-minister-of-pakistan", rs.next().get("p").toString());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML"})
    void constructAndDescribeInEveryRdfFormat(String accept, String lang) throws Exception {
        Graph munir = GraphFactory.createDefaultGraph();
        TestData.convertedOutput().getUnionGraph()
                .find(NodeFactory.createURI("https://w3id.org/sifara/id/person/asim-munir"), Node.ANY, Node.ANY)
                .forEachRemaining(munir::add);
        assertTrue(munir.size() >= 5, "the expectation is not empty: " + munir.size());
        for (String query : List.of("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <https://w3id.org/sifara/id/person/asim-munir>) }",
                "DESCRIBE <https://w3id.org/sifara/id/person/asim-munir>")) {
            HttpResponse<byte[]> r = server.get(q(query), "Accept", accept);
            assertEquals(200, r.statusCode(), query);
            var g = GraphFactory.createDefaultGraph();
            Lang l = switch (lang) {
                case "TURTLE" -> Lang.TURTLE;
                case "NTRIPLES" -> Lang.NTRIPLES;
                case "JSONLD" -> Lang.JSONLD;
                default -> Lang.RDFXML;
            };
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(l).parse(g);
            RdfAssert.assertIsomorphic(munir, g, query + " as " + accept + ": Asim Munir's triples as the converter wrote them");
        }
    }

    @Test
    void postFormAndPostDirectWorkLikeGet() throws Exception {
        String form = "query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8);
        HttpResponse<byte[]> a = server.send("POST", "/sparql", form.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/sparql-results+json");
        HttpResponse<byte[]> b = server.send("POST", "/sparql", COUNT.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
        long triples = TestData.convertedOutput().getUnionGraph().size();
        for (HttpResponse<byte[]> r : List.of(a, b)) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            assertEquals(List.of("n"), rs.getResultVars());
            assertEquals(triples, rs.next().getLiteral("n").getLong(), "every triple of the converter's output, counted");
            assertFalse(rs.hasNext(), "one row");
        }
    }

    @Test
    void theDefaultGraphIsTheUnionAndGraphReachesEachArticle() throws Exception {
        HttpResponse<String> r = server.getText(q("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"),
                "Accept", "text/csv");
        assertTrue(r.body().contains("https://w3id.org/sifara/graph/article/2026-02-03-haftar-meets-sharif"), r.body());
        assertTrue(r.body().contains("https://w3id.org/sifara/graph/entities"));
        assertTrue(r.body().contains("https://w3id.org/sifara/graph/ontology"));
        HttpResponse<String> ask = server.getText(q("ASK { <https://w3id.org/sifara/id/event/haftar-sharif-meeting-2026-02-03> "
                + "<http://semanticweb.cs.vu.nl/2009/11/sem/hasActor>/<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "
                + "<https://w3id.org/sifara/id/person/ishaq-dar> . "
                + "<https://w3id.org/sifara/id/person/ishaq-dar> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"),
                "Accept", "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), "facts from the article graph and the registry graph join in the default graph");
    }

    @Test
    void withoutAQueryTheEndpointDescribesItself() throws Exception {
        HttpResponse<byte[]> sd = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, sd.statusCode());
        var g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(sd.body())).lang(Lang.TURTLE).parse(g);
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/sifara/sparql"),
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#feature"),
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph")));
        HttpResponse<String> jsonld = server.getText("/sparql", "Accept", "application/ld+json");
        assertEquals("application/ld+json", jsonld.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(g.size(), RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().size(), "the same description as JSON-LD");
        assertEquals(406, server.getText("/sparql", "Accept", "image/png").statusCode());
        String page = server.getText("/sparql", "Accept", "text/html").body();
        assertTrue(page.contains("method=\"get\" action=\"/sparql\"") && page.contains("name=\"query\""), page);
        assertTrue(page.contains("<script src=\"/assets/codemirror/lib/codemirror.js\""), "the editor's scripts, as files");
    }

    @Test
    void malformedSparqlIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = server.getText(q("SELECT ?x WHERE { ?x"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
        assertFalse(r.body().contains("\tat "), "no stack trace");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP ALL", "CLEAR DEFAULT", "LOAD <http://example.org/>"})
    void updatesAreRefused(String update) throws Exception {
        long before = count();
        HttpResponse<byte[]> direct = server.send("POST", "/sparql", update.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-update");
        HttpResponse<byte[]> form = server.send("POST", "/sparql", ("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded");
        HttpResponse<byte[]> get = server.get("/sparql?update=" + URLEncoder.encode(update, StandardCharsets.UTF_8));
        for (HttpResponse<byte[]> r : List.of(direct, form, get)) {
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, update + " -> " + r.statusCode());
        }
        assertEquals(before, count(), "the data is unchanged");
    }

    @Test
    void everyWriteMethodOnEveryPathIsRefused() throws Exception {
        long before = count();
        for (String path : List.of("/sparql", "/sparql?default", "/sparql?graph=urn:x", "/", "/id/person/khalifa-haftar",
                "/doc/person/khalifa-haftar.ttl", "/download/sifara.ttl", "/ontology", "/.well-known/void", "/anything",
                "/$/datasets", "/$/ping", "/data", "/sparql/data")) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<byte[]> r = server.send(method, path, "<urn:a> <urn:b> <urn:c> .".getBytes(StandardCharsets.UTF_8),
                        "Content-Type", "text/turtle");
                assertTrue(r.statusCode() == 405 || r.statusCode() == 404, method + " " + path + " -> " + r.statusCode());
            }
            if (!path.startsWith("/sparql")) {
                HttpResponse<byte[]> post = server.send("POST", path, "<urn:a> <urn:b> <urn:c> .".getBytes(StandardCharsets.UTF_8),
                        "Content-Type", "text/turtle");
                assertEquals(405, post.statusCode(), "POST " + path);
            }
        }
        HttpResponse<byte[]> gsp = server.send("POST", "/sparql?default", "<urn:a> <urn:b> <urn:c> .".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/turtle");
        assertTrue(gsp.statusCode() >= 400 && gsp.statusCode() < 500, "graph store POST -> " + gsp.statusCode());
        assertEquals(before, count());
        assertEquals(404, server.get("/$/ping").statusCode(), "no admin endpoints");
        assertEquals(404, server.get("/$/stats").statusCode());
    }

    @Test
    void corsIsOpenForReadsWithoutCredentials() throws Exception {
        HttpResponse<byte[]> r = server.get(q(COUNT), "Origin", "https://example.org");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<byte[]> pre = server.send("OPTIONS", "/sparql", null, "Origin", "https://example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, pre.statusCode());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase().contains("content-type"));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertEquals("*", server.get("/download/sifara.ttl", "Origin", "https://example.org").headers()
                .firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void oversizedRequestsAre413Or414Or431() throws Exception {
        byte[] big = ("SELECT * { ?s ?p ?o } #" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, server.send("POST", "/sparql", big, "Content-Type", "application/sparql-query").statusCode());
        HttpResponse<String> longUri = server.getText(q("SELECT * { ?s ?p ?o } #" + "x".repeat(100_000)));
        assertEquals(414, longUri.statusCode());
        assertEquals("414 URI Too Long", longUri.body().strip());
        assertEquals(431, server.getText("/", "X-Big", "y".repeat(100_000)).statusCode());
        assertEquals(200, server.getText("/").statusCode(), "and the server is still there");
    }

    @Test
    void federatedQueriesAreOff() throws Exception {
        HttpResponse<String> r = server.getText(q("SELECT * { SERVICE <http://127.0.0.1:" + server.port() + "/sparql> { ?s ?p ?o } } LIMIT 1"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }
}
