package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sifara.publish.Publication;
import org.sifara.config.BaseIri;
import org.sifara.config.ServerConfig;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.server.ProtocolManifest.Body;
import org.sifara.server.ProtocolManifest.Entry;
import org.sifara.server.ProtocolManifest.Expected;
import org.sifara.server.ProtocolManifest.GraphData;
import org.sifara.server.ProtocolManifest.Header;
import org.sifara.server.ProtocolManifest.Request;
import org.sifara.testing.TestData;

/**
 * The W3C SPARQL 1.1 Protocol tests, replayed over HTTP against the real server: one dynamic test
 * per manifest entry, in manifest order. Queries must pass as the manifest says; every update must
 * be refused with a 4xx (the endpoint is read-only) and leave the data exactly as it was. Three
 * tests go where the manifest cannot: a protocol dataset that must exclude data, charsets other
 * than UTF-8, and refusals on a kept-alive connection.
 */
class W3cProtocolTest {

    /** A copy of w3c/rdf-tests {@code sparql/sparql11/protocol}, with its licence (see its README). */
    static final Path SUITE = Path.of("src/test/resources/w3c/sparql11-protocol");

    private static ProtocolManifest manifest;
    private static DatasetGraph store;
    private static Set<Quad> original;
    private static SifaraServer server;
    private static ProtocolClient client;

    @BeforeAll
    static void start() {
        Path file = SUITE.resolve("manifest.ttl");
        assertTrue(Files.isRegularFile(file), () -> "The W3C SPARQL Protocol tests are missing: no "
                + file.toAbsolutePath().normalize() + ".");
        manifest = ProtocolManifest.read(file);
        Conversion conversion = new Converter(BaseIri.defaultBase()).convert(TestData.DATA);
        store = conversion.dataset();
        for (GraphData g : manifest.graphs()) {
            Node name = NodeFactory.createURI(g.name());
            Txn.executeWrite(store, () -> RDFDataMgr.read(store.getGraph(name), g.fileIri()));
            assertFalse(Txn.calculateRead(store, () -> store.getGraph(name).isEmpty()), () -> "nothing loaded from " + g.fileIri());
        }
        original = quads();
        Publication pub = Publication.of(conversion, Instant.now());
        server = SifaraServer.start(pub, ServerConfig.defaults().onPort(0));
        client = new ProtocolClient(server.url(), "/sparql");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyTestOfTheManifestIsListedAndHasRequests() {
        assertEquals(manifest.declaredTests(), manifest.entries().size(), "mf:entries and the mf:ProtocolTest resources differ");
        manifest.entries().forEach(e -> assertFalse(e.requests().isEmpty(), e.id() + " has no requests"));
        assertEquals(3, manifest.graphs().size(), "graphs named by ut:graphData");
    }

    @Test
    void manifestPathsAreRewrittenToTheEndpointWithTheQueryStringKept() {
        assertEquals(server.url() + "sparql?query=ASK%20%7B%7D&default-graph-uri=http%3A%2F%2Fa",
                client.target("/sparql/?query=ASK%20%7B%7D&default-graph-uri=http%3A%2F%2Fa").toString());
        assertEquals(server.url() + "sparql", client.target("/sparql/").toString());
    }

    /**
     * The manifest's dataset tests pass even if the protocol's dataset were ignored, as Sifara's
     * default graph already holds every graph. These ask for what only the chosen dataset holds.
     */
    @Test
    void theProtocolDatasetReplacesTheUnionDefaultGraph() throws Exception {
        String data = "http://kasei.us/2009/09/sparql/data/";
        Expected no = new Expected(List.of(2), Optional.of("boolean"), Optional.of(false));
        Expected yes = new Expected(List.of(2), Optional.of("boolean"), Optional.of(true));
        String inDefault = "ASK { <" + data + "data2.rdf> a ?type }";
        String inNamed = "ASK { GRAPH ?g { <" + data + "data2.rdf> a ?type } }";
        for (Request r : List.of(
                get(inDefault, "&default-graph-uri=" + encode(data + "data1.rdf"), no),
                get(inDefault, "&default-graph-uri=" + encode(data + "data2.rdf"), yes),
                get(inNamed, "&named-graph-uri=" + encode(data + "data1.rdf"), no),
                get(inNamed, "&named-graph-uri=" + encode(data + "data2.rdf"), yes),
                get("ASK FROM <" + data + "data1.rdf> { <" + data + "data2.rdf> a ?type }", "", no))) {
            ProtocolResponseCheck.check(r.expected(), client.send(r), r.describe());
        }
    }

    /**
     * Beyond the manifest, whose UTF-16 body fails to parse anyway: a direct query that declares
     * another charset is refused rather than read as UTF-8 and answered wrongly; UTF-8 declared
     * explicitly is fine.
     */
    @Test
    void aDirectQueryInAnotherCharsetIsRefusedNotMisread() throws Exception {
        String ask = "ASK { FILTER(\"café\" = \"caf\\u00E9\") }"; // read as UTF-8, Latin-1's é is not é
        Request latin1 = post("application/sparql-query; charset=ISO-8859-1", new Body(ask, "ISO-8859-1"),
                new Expected(List.of(4), Optional.empty(), Optional.empty()));
        ProtocolResponseCheck.check(latin1.expected(), client.send(latin1), latin1.describe());
        Request utf8 = post("application/sparql-query; charset=utf-8", new Body(ask, "UTF-8"),
                new Expected(List.of(2), Optional.of("boolean"), Optional.of(true)));
        ProtocolResponseCheck.check(utf8.expected(), client.send(utf8), utf8.describe());
    }

    /**
     * A refusal must not cost the client its connection. Jetty closed a kept-alive connection when a
     * refused request's body was left unread, and about 3 in 100 next requests on it failed with
     * no response; 300 refusals in a row find that with near certainty.
     */
    @Test
    void theConnectionOutlivesRefusedUpdates() throws Exception {
        Request update = post("application/sparql-update", new Body("CLEAR ALL", "UTF-8"), ReadOnlyExpectations.REFUSED);
        Request query = post("application/sparql-query", new Body("ASK {}", "UTF-8"),
                new Expected(List.of(2), Optional.of("boolean"), Optional.of(true)));
        for (int i = 1; i <= 300; i++) {
            ProtocolResponseCheck.check(update.expected(), client.send(update), "refused update " + i);
            ProtocolResponseCheck.check(query.expected(), client.send(query), "query after refused update " + i);
        }
        assertEquals(original, quads(), "the refused updates changed the data");
    }

    private static Request get(String query, String moreParameters, Expected expected) {
        return new Request("GET", ProtocolClient.MANIFEST_PREFIX + "?query=" + encode(query) + moreParameters, "1.1",
                List.of(), Optional.empty(), expected);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Request post(String contentType, Body body, Expected expected) {
        return new Request("POST", ProtocolClient.MANIFEST_PREFIX, "1.1", List.of(new Header("content-type", contentType)),
                Optional.of(body), expected);
    }

    @TestFactory
    Stream<DynamicTest> protocol() {
        return manifest.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.displayName(), () -> replay(entry)));
    }

    private static void replay(Entry entry) throws Exception {
        boolean updateRefused = false;
        for (int i = 0; i < entry.requests().size(); i++) {
            Request request = entry.requests().get(i);
            boolean update = ReadOnlyExpectations.isUpdate(entry, request);
            Expected expected = ReadOnlyExpectations.of(entry, request, updateRefused);
            String what = entry.id() + " request " + (i + 1) + ": " + request.describe()
                    + (update ? "\n  (an update: the read-only endpoint must refuse it)" : "");
            ProtocolResponseCheck.check(expected, client.send(request), what);
            updateRefused |= update;
        }
        if (updateRefused) {
            assertUnchanged(entry);
        }
    }

    private static void assertUnchanged(Entry entry) {
        Set<Quad> now = quads();
        if (!now.equals(original)) {
            Set<Quad> removed = new HashSet<>(original);
            removed.removeAll(now);
            Set<Quad> added = new HashSet<>(now);
            added.removeAll(original);
            fail(entry.id() + ": a refused update changed the data: " + removed.size() + " quads gone (e.g. "
                    + removed.stream().limit(3).toList() + "), " + added.size() + " added (e.g. " + added.stream().limit(3).toList() + ")");
        }
    }

    private static Set<Quad> quads() {
        return Txn.calculateRead(store, () -> Iter.toSet(store.find()));
    }
}
