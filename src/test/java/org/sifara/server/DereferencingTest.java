package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/** /id/* answers 303 by Accept; /doc/* serves each form, holding what Linked Data clients need. */
class DereferencingTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();
    static final String HAFTAR = "https://w3id.org/sifara/id/person/khalifa-haftar";
    private static final String HOLDING = "https://w3id.org/sifara/id/membership/"
            + "2026-02-03-haftar-meets-sharif--khalifa-haftar--commander-libyan-national-army";

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | html",
            "*/* | ttl",
            "text/turtle | ttl",
            "application/ld+json | jsonld",
            "application/rdf+xml | rdf",
            "application/n-triples | nt",
            "application/rdf+xml, text/rdf+n3;q=0.9, application/xhtml+xml;q=0.5, */*;q=0.1 | rdf",
            "text/turtle;q=0.5, application/ld+json | jsonld",
            "text/* | ttl",
            "TEXT/Turtle | ttl",
            "Application/LD+JSON;q=0.9, text/turtle;q=0.5 | jsonld",
            "text/turtle;q=0, */* | jsonld",
            "application/rdf+xml;q=0, text/*;q=0, */*;q=0.5 | jsonld",
            "text/*;q=0, text/html | html"})
    void seeOtherToTheDocumentChosenByAccept(String accept, String extension) throws Exception {
        HttpResponse<String> r = server.getText("/id/person/khalifa-haftar", "Accept", accept);
        assertEquals(303, r.statusCode());
        assertEquals("/doc/person/khalifa-haftar." + extension, r.headers().firstValue("Location").orElseThrow());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
    }

    @Test
    void noAcceptHeaderGetsRdf() throws Exception {
        HttpResponse<String> r = server.getText("/id/event/haftar-sharif-meeting-2026-02-03");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(".ttl"));
    }

    @Test
    void anUnacceptableTypeIs406ListingWhatThereIs() throws Exception {
        HttpResponse<String> r = server.getText("/id/person/khalifa-haftar", "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle") && r.body().contains("text/html"), r.body());
        assertEquals(1, r.body().strip().lines().count());
    }

    @Test
    void anUnknownIriIs404WithOneLine() throws Exception {
        for (String path : new String[] {"/id/person/nobody", "/id/unicorn/x", "/id/person/", "/doc/person/nobody.ttl",
                "/doc/person/khalifa-haftar.exe"}) {
            HttpResponse<String> r = server.getText(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals(1, r.body().strip().lines().count(), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
    }

    @Test
    void unknownIrisLeaveNothingBehind() throws Exception {
        server.get("/id/person/khalifa-haftar", "Accept", "text/turtle");
        long kept = server.publication().renderings().size();
        for (int i = 0; i < 200; i++) {
            assertEquals(404, server.get("/id/person/nobody-" + i, "Accept", "text/turtle").statusCode());
            assertEquals(404, server.get("/doc/event/nothing-" + i + ".ttl").statusCode());
        }
        assertEquals(kept, server.publication().renderings().size(), "a 404 must not be kept: clients choose the slugs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl, text/turtle, TURTLE", "jsonld, application/ld+json, JSONLD", "rdf, application/rdf+xml, RDFXML",
            "nt, application/n-triples, NTRIPLES"})
    void eachFormParsesBackToTheSameFacts(String ext, String type, String lang) throws Exception {
        HttpResponse<byte[]> r = server.get("/doc/person/khalifa-haftar." + ext);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        Graph doc = parse(r.body(), lang);
        Node haftar = NodeFactory.createURI(HAFTAR);
        Graph union = TestData.convertedOutput().getUnionGraph();
        Graph about = GraphFactory.createDefaultGraph();
        union.find(haftar, Node.ANY, Node.ANY).forEachRemaining(about::add);
        union.find(Node.ANY, Node.ANY, haftar).forEachRemaining(about::add);
        Graph served = GraphFactory.createDefaultGraph();
        doc.find(haftar, Node.ANY, Node.ANY).forEachRemaining(served::add);
        doc.find(Node.ANY, Node.ANY, haftar).forEachRemaining(served::add);
        served.delete(Triple.create(NodeFactory.createURI("https://w3id.org/sifara/doc/person/khalifa-haftar"),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), haftar));
        RdfAssert.assertIsomorphic(about, served, ext + ": the triples about Haftar, out and in, as the converter wrote them");
        assertTrue(doc.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY), "the evidence quotes");
        assertTrue(doc.contains(NodeFactory.createURI("https://w3id.org/sifara/id/rank/field-marshal-general-staff"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY), "labels of what it mentions");
        assertTrue(doc.contains(NodeFactory.createURI(HOLDING), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                Node.ANY), "labels of what points to it: the post holding");
        assertTrue(doc.contains(NodeFactory.createURI("https://w3id.org/sifara/doc/person/khalifa-haftar"),
                NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), haftar));
    }

    static Graph parse(byte[] body, String lang) {
        Graph g = GraphFactory.createDefaultGraph();
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        RDFParser.source(new ByteArrayInputStream(body)).lang(l).parse(g);
        return g;
    }

    @Test
    void theHtmlPageShowsLabelsInBothLanguagesAndLinksItsData() throws Exception {
        HttpResponse<String> r = server.getText("/doc/person/khalifa-haftar.html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>Khalifa Haftar</h1>"), html);
        assertTrue(html.contains("lang=\"ar\" dir=\"rtl\">خليفة حفتر<"), "Arabic label marked right-to-left");
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/doc/person/khalifa-haftar.ttl\">"));
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/ld+json\""));
        assertTrue(html.contains("href=\"/id/rank/field-marshal-general-staff\">Field Marshal (General Staff)"),
                "links stay on this server and show labels");
        assertTrue(html.contains("Commander of the Libyan National Army (as of 2026-02-03)"), "the post holding, with its date");
        assertTrue(html.contains("<strong>خليفة حفتر</strong>"), "the evidence quotes: the words naming him");
        assertFalse(html.contains("href=\"https://w3id.org/sifara/"), "no link leaves the local server for our own IRIs");
        assertFalse(html.contains("<script"), "no scripts");
    }

    @Test
    void documentsAreCacheableAndConditional() throws Exception {
        HttpResponse<byte[]> first = server.get("/doc/agreement/military-cooperation-defence-procurement-agreement-2025.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = server.get("/doc/agreement/military-cooperation-defence-procurement-agreement-2025.ttl",
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        String ttl = new String(first.body(), StandardCharsets.UTF_8);
        assertTrue(ttl.matches("(?s).*sifara:monetaryValue\\s+value:military-cooperation-defence-procurement-agreement-2025.*"), ttl);
        String value = server.getText("/doc/value/military-cooperation-defence-procurement-agreement-2025.ttl").body();
        assertTrue(value.contains("sifara:ExclusiveLowerBound") && value.contains("4000000000"), "the value's own document: " + value);
    }

    @Test
    void namedGraphIrisDereferenceToTheirTriples() throws Exception {
        HttpResponse<byte[]> r = server.get("/graph/article/2026-02-03-haftar-meets-sharif", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph g = parse(r.body(), "NTRIPLES");
        RdfAssert.assertIsomorphic(TestData.convertedOutput().getGraph(
                NodeFactory.createURI("https://w3id.org/sifara/graph/article/2026-02-03-haftar-meets-sharif")), g,
                "the article's graph as the converter wrote it");
        assertEquals(200, server.get("/graph/entities", "Accept", "text/turtle").statusCode());
        assertEquals(404, server.getText("/graph/article/nope").statusCode());
        assertEquals(404, server.getText("/graph/article/nope", "Accept", "text/html").statusCode(), "unknown before unacceptable");
        HttpResponse<String> html = server.getText("/graph/entities", "Accept", "text/html");
        assertEquals(406, html.statusCode());
        assertTrue(html.headers().firstValue("Vary").orElse("").contains("Accept"));
    }

    @Test
    void evidenceAndParticipationIrisDereferenceToo() throws Exception {
        assertEquals(303, server.getText("/id/participation/haftar-sharif-meeting-2026-02-03--ishaq-dar").statusCode());
        HttpResponse<String> event = server.getText("/doc/event/haftar-sharif-meeting-2026-02-03.ttl");
        String evidence = event.body().lines().filter(l -> l.contains("sifara:evidence")).findFirst().orElseThrow();
        String slug = evidence.substring(evidence.indexOf("evidence:") + "evidence:".length()).replaceAll("[ ;.]+$", "").strip();
        HttpResponse<String> annotation = server.getText("/doc/evidence/" + slug + ".ttl");
        assertEquals(200, annotation.statusCode(), slug);
        assertTrue(annotation.body().contains("oa:TextPositionSelector"), annotation.body());
    }
}
