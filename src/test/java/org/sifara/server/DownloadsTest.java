package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifara.rdf.RdfForm;
import org.sifara.server.http.Responses;
import org.sifara.testing.ExternalTool;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/** /download/*: the whole dataset in five formats, cacheable, conditional, compressed. */
class DownloadsTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();
    /** What the converter wrote, read back by RIOT: the downloads must hold exactly this. */
    static DatasetGraph expected;

    @BeforeAll
    static void readConverterOutput() {
        expected = TestData.convertedOutput();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sifara.ttl, text/turtle, TURTLE", "sifara.nt, application/n-triples, NTRIPLES",
            "sifara.jsonld, application/ld+json, JSONLD", "sifara.rdf, application/rdf+xml, RDFXML",
            "sifara.trig, application/trig, TRIG"})
    void eachDumpHasItsTypeNameAndEveryTriple(String file, String type, String lang) throws Exception {
        HttpResponse<byte[]> r = server.get("/download/" + file);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals("attachment; filename=\"" + file + "\"", r.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(r.headers().firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{24}\""));
        assertEquals("Tue, 03 Feb 2026 12:00:00 GMT", r.headers().firstValue("Last-Modified").orElseThrow(),
                "IMF-fixdate: a two-digit day (RFC 9110, 5.6.7)");
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(RdfForm.valueOf(lang).lang()).parse(parsed);
        if (lang.equals("TRIG")) {
            List<Node> names = new ArrayList<>();
            expected.listGraphNodes().forEachRemaining(names::add);
            List<Node> served = new ArrayList<>();
            parsed.listGraphNodes().forEachRemaining(served::add);
            assertEquals(Set.copyOf(names), Set.copyOf(served), "one named graph per article, the registry and the ontology");
            for (Node name : names) {
                RdfAssert.assertIsomorphic(expected.getGraph(name), parsed.getGraph(name), file + ", graph " + name);
            }
        } else {
            RdfAssert.assertIsomorphic(expected.getUnionGraph(), parsed.getDefaultGraph(), file + " against the converter's output");
        }
    }

    @Test
    void conditionalGetAnswers304() throws Exception {
        HttpResponse<byte[]> r = server.get("/download/sifara.ttl");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String lastModified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, server.get("/download/sifara.ttl", "If-None-Match", etag).statusCode());
        assertEquals(304, server.get("/download/sifara.ttl", "If-None-Match", "\"other\", " + etag).statusCode());
        assertEquals(304, server.get("/download/sifara.ttl", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, server.get("/download/sifara.ttl", "If-None-Match", "\"stale\"").statusCode());
        assertEquals(200, server.get("/download/sifara.ttl", "If-Modified-Since", "Mon, 02 Feb 2026 00:00:00 GMT").statusCode());
    }

    @ParameterizedTest(name = "If-Modified-Since: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Tue, 03 Feb 2026 12:00:00 GMT | 304", "Tuesday, 03-Feb-26 12:00:00 GMT | 304", "Tue Feb  3 12:00:00 2026 | 304",
            "Wed, 04 Feb 2026 00:00:00 GMT | 304", "Mon, 02 Feb 2026 23:59:59 GMT | 200", "Monday, 02-Feb-26 23:59:59 GMT | 200",
            "Mon Feb  2 23:59:59 2026 | 200", "yesterday | 200"})
    void ifModifiedSinceIsReadInEveryFormARecipientMustAccept(String date, int status) throws Exception {
        assertEquals(status, server.get("/download/sifara.ttl", "If-Modified-Since", date).statusCode());
    }

    @Test
    void lastModifiedHasATwoDigitDayOnTheFirstNineDaysOfAMonth() {
        assertEquals("Tue, 01 Dec 2026 12:00:00 GMT", Responses.httpDate(Instant.parse("2026-12-01T12:00:00.250Z")));
        assertEquals("Mon, 09 Feb 2026 00:00:00 GMT", Responses.httpDate(Instant.parse("2026-02-09T00:00:00Z")));
    }

    @Test
    void gzipWhenTheClientTakesIt() throws Exception {
        HttpResponse<byte[]> plain = server.get("/download/sifara.nt");
        HttpResponse<byte[]> zipped = server.get("/download/sifara.nt", "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(zipped.body().length < plain.body().length / 3, "compressed");
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes());
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertTrue(!zippedTag.equals(plain.headers().firstValue("ETag").orElseThrow()), "one tag per representation");
        assertEquals(304, server.get("/download/sifara.nt", "Accept-Encoding", "gzip", "If-None-Match", zippedTag).statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(server.get("/download/sifara.nt", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(server.get("/download/sifara.nt", "Accept-Encoding", "gzip;q=0, *").headers().firstValue("Content-Encoding").isEmpty(),
                "gzip refused by name, though '*' accepts the rest");
        assertEquals("gzip", server.get("/download/sifara.nt", "Accept-Encoding", "identity, *;q=0.5")
                .headers().firstValue("Content-Encoding").orElseThrow());
    }

    @Test
    void unknownAndTraversingPathsAre404() throws Exception {
        for (String path : List.of("/download/sifara.exe", "/download/", "/download/../pom.xml", "/download/%2e%2e/pom.xml",
                "/download/..%2fpom.xml", "/download/%2e%2e%2fpom.xml", "/doc/..%2f..%2fpom.xml", "/id/person/%2e%2e/x",
                "/ontology/..%2f..%2fpom.xml", "/download/%5c..%5cpom.xml")) {
            HttpResponse<String> r = server.getText(path);
            assertEquals(404, r.statusCode(), path + " -> " + r.body());
            assertTrue(!r.body().contains("<project"), path);
        }
        // A path that climbs above the root, or holds a NUL, is no path at all: Jetty refuses it while
        // parsing, with one line.
        for (String path : List.of("/id/%2e%2e/%2e%2e/pom.xml", "/download/sifara.ttl%00.txt")) {
            HttpResponse<String> bad = server.getText(path);
            assertEquals(400, bad.statusCode(), path);
            assertEquals("400 Bad Request", bad.body().strip());
        }
    }

    @Test
    void rapperParsesEveryDump(@TempDir Path temp) throws Exception {
        boolean installed = ExternalTool.installed("rapper");
        if (!installed) {
            ExternalTool.reportSkipped("rapper", "rapper parses every download");
        }
        assumeTrue(installed, "rapper is not installed");
        Pattern count = Pattern.compile("returned (\\d+) (triples|statements)");
        for (String[] file : new String[][] {{"sifara.ttl", "turtle"}, {"sifara.nt", "ntriples"}, {"sifara.rdf", "rdfxml"},
                {"sifara.trig", "trig"}}) {
            Path local = temp.resolve(file[0]);
            Files.write(local, server.get("/download/" + file[0]).body());
            ExternalTool.Result r = ExternalTool.run(List.of("rapper", "-i", file[1], "-c", local.toString()));
            assertEquals(0, r.exitCode(), file[0] + ": " + r.stderr());
            Matcher m = count.matcher(r.stderr());
            assertTrue(m.find(), r.stderr());
            assertEquals(Txn.calculateRead(expected, () -> expected.getUnionGraph().size()), Integer.parseInt(m.group(1)),
                    file[0] + ": rapper counts the converter's triples");
        }
    }
}
