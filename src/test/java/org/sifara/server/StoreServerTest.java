package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.build.Builder;
import org.sifara.build.Progress;
import org.sifara.config.BaseIri;
import org.sifara.config.BuildConfig;
import org.sifara.config.QueryLimits;
import org.sifara.publish.StorePublications;
import org.sifara.store.StoreDirectory;
import org.sifara.store.StoredTerms;
import org.sifara.testing.Await;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/**
 * {@code serve --store}: a store that {@code sifara build} wrote answers every route as the
 * embedded server does (numbers as TDB2 keeps them), with the guard on TDB2's engine; and a build
 * while it serves switches it to the new data with no failed request (last: it changes the data).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreServerTest {

    static Path tmp;
    static Path data;
    static Path store;
    static TestServer served;
    @RegisterExtension
    static final TestServer embedded = TestServer.seed();

    @BeforeAll
    static void buildAndServe() throws Exception {
        tmp = Files.createTempDirectory("sifara-store-test-");
        data = tmp.resolve("data");
        TestData.copyTree(TestData.DATA, data);
        store = tmp.resolve("store");
        build();
        served = TestServer.serving(StorePublications.open(store),
                TestServer.defaults().withLimits(QueryLimits.defaults().withTimeout(Duration.ofSeconds(1)))).started();
    }

    @AfterAll
    static void stop() {
        served.close();
        TestData.deleteTree(tmp);
    }

    static void build() {
        Builder.run(new BuildConfig(data, store, BaseIri.defaultBase(), 2), Progress.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"actors", "timeline", "agreements", "who-met-whom", "evidence"})
    void savedQueriesAnswerAsTheEmbeddedServer(String query) throws Exception {
        assertEquals(rows(embedded, query), rows(served, query), query);
    }

    @Test
    void documentsSayWhatTheEmbeddedServerSays() throws Exception {
        for (String doc : List.of("/doc/person/khalifa-haftar.ttl", "/doc/agreement/military-cooperation-defence-procurement-agreement-2025.ttl")) {
            Graph expected = StoredTerms.asStored(turtle(embedded.get(doc).body()));
            HttpResponse<byte[]> r = served.get(doc);
            assertEquals(200, r.statusCode(), doc);
            RdfAssert.assertIsomorphic(expected, turtle(r.body()), doc);
        }
        assertEquals(200, served.get("/").statusCode());
        assertEquals(303, served.get("/id/person/khalifa-haftar", "Accept", "text/turtle").statusCode());
        assertEquals(200, served.get("/graph/entities", "Accept", "text/turtle").statusCode());
        assertEquals(404, served.get("/doc/person/nobody.ttl").statusCode());
    }

    @Test
    void downloadsAreTheDataInEveryEncoding() throws Exception {
        DatasetGraph expected = TestData.convertedOutput();
        HttpResponse<byte[]> plain = served.get("/download/sifara.trig");
        HttpResponse<byte[]> gzipped = served.get("/download/sifara.trig", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(unzipped, StandardCharsets.UTF_8));
        assertEquals(Long.toString(plain.body().length), plain.headers().firstValue("Content-Length").orElse(""));
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(plain.body())).lang(Lang.TRIG).parse(read);
        Txn.executeRead(expected, () -> expected.listGraphNodes().forEachRemaining(name ->
                RdfAssert.assertIsomorphic(StoredTerms.asStored(expected.getGraph(name)), read.getGraph(name), name.getURI())));
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, served.get("/download/sifara.trig", "If-None-Match", etag).statusCode());
    }

    @Test
    void theVoidFiguresAreTheEmbeddedServers() throws Exception {
        Node dataset = NodeFactory.createURI("https://w3id.org/sifara/dataset");
        for (String figure : List.of("triples", "entities", "distinctSubjects", "properties", "classes")) {
            Node p = NodeFactory.createURI("http://rdfs.org/ns/void#" + figure);
            assertEquals(turtle(embedded.get("/.well-known/void.ttl").body()).find(dataset, p, Node.ANY).toList(),
                    turtle(served.get("/.well-known/void.ttl").body()).find(dataset, p, Node.ANY).toList(), figure);
        }
        assertEquals(sparql(served, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), served.publication().figures().triples() + "",
                "the figures the build counted are the store's");
    }

    @Test
    void theGuardHoldsOnTheStore() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = served.getText("/sparql?query=" + URLEncoder.encode(
                "SELECT * WHERE { BIND('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' AS ?s) FILTER(REGEX(?s, '(.*a){20}x')) }",
                StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "stopped at its 1 s budget");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aBuildWhileServingSwitchesWithoutAFailedRequest() throws Exception {
        String before = served.server().publication().identity();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (String path : List.of("/", "/queries/timeline?format=csv", "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }",
                StandardCharsets.UTF_8), "/doc/person/khalifa-haftar.html", "/download/sifara.nt")) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        int status = served.get(path, "Accept", "*/*").statusCode();
                        requests.incrementAndGet();
                        if (status != 200) {
                            failures.add(path + " " + status);
                        }
                    } catch (Exception e) {
                        failures.add(path + " " + e);
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        Path facts = data.resolve("articles/2026-02-03-haftar-meets-sharif/facts.yaml");
        Files.writeString(facts, Files.readString(facts, StandardCharsets.UTF_8).replaceFirst("(?m)^(\\s*en: )(.*)$", "$1$2 (rebuilt)"),
                StandardCharsets.UTF_8);
        build();
        Await.until(Duration.ofSeconds(20), () -> !served.server().publication().identity().equals(before),
                () -> "the server switched to the new build");
        Thread.sleep(300);
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(List.of(), failures, "every request during the build and the switch answered 200");
        assertTrue(requests.get() > 10, "requests were made: " + requests.get());
        StoreDirectory dir = StoreDirectory.at(store);
        assertNotEquals(before, served.server().publication().identity());
        assertTrue(served.getText("/").body().contains("(rebuilt)"), "the new build is what is served");
        Await.until(Duration.ofSeconds(10), () -> dir.generations().stream().filter(g -> !g.equals(dir.current().orElseThrow()))
                .allMatch(g -> dir.tryUse(g).map(lock -> {
                    lock.close();
                    return true;
                }).orElse(false)), () -> "the old generation was let go of once its last request ended");
    }

    private static List<String> rows(TestServer server, String query) throws Exception {
        HttpResponse<byte[]> r = server.get("/queries/" + query, "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), query + " on " + server.url("/"));
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body()));
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(row -> {
            StringBuilder b = new StringBuilder();
            rs.getResultVars().forEach(v -> {
                Node n = row.contains(v) ? row.get(v).asNode() : null;
                b.append(v).append('=').append(n == null ? "" : StoredTerms.asStored(n)).append(' ');
            });
            rows.add(b.toString());
        });
        return rows;
    }

    private static String sparql(TestServer server, String query) throws Exception {
        HttpResponse<String> r = server.getText("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).findFirst().orElse("");
    }

    private static Graph turtle(byte[] body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
