package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.config.QueryLimits;
import org.sifara.testing.TestServer;

/** Hostile input, each case a clean 4xx (or a normal answer) with a short body, and the server stays healthy. */
class HostileRequestsTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    @AfterEach
    void stillHealthy() throws Exception {
        assertEquals(200, server.getText("/").statusCode(), "the server answers after the hostile request");
    }

    static void clean4xx(int status, String body, String what) {
        assertTrue(status >= 400 && status < 500, what + " -> " + status + " " + body);
        assertTrue(body.length() < 2000, what + ": a short body");
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains("/work/"), what + ": " + body);
    }

    static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "malformed: {0}")
    @ValueSource(strings = {"SELECT", "SELECT * WHERE {", "}}}}", "SELECT ?x WHERE { ?x ?y }", "ASK { FILTER(", "SELECT * { <not an iri> ?p ?o }",
            "PREFIX : <x> SELECT * { :a :b \"unterminated }", "SELECT (COUNT(*) AS ?c) (COUNT(*) AS ?c) {}", "\u0000\u0001\u0002"})
    void malformedQueries(String query) throws Exception {
        HttpResponse<String> r = server.getText(q(query));
        clean4xx(r.statusCode(), r.body(), query);
    }

    @ParameterizedTest(name = "nesting of {0}")
    @ValueSource(ints = {500, 5_000, 50_000})
    void deepNestingIsRefusedNotACrash(int depth) throws Exception {
        String groups = "SELECT * WHERE " + "{".repeat(depth) + "?s ?p ?o" + "}".repeat(depth);
        HttpResponse<byte[]> post = server.send("POST", "/sparql", groups.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-query");
        assertTrue(post.statusCode() == 200 || post.statusCode() >= 400 && post.statusCode() < 500,
                "groups " + depth + " -> " + post.statusCode());
        String expr = "SELECT * WHERE { FILTER(" + "(".repeat(depth) + "1" + ")".repeat(depth) + ") }";
        HttpResponse<byte[]> e = server.send("POST", "/sparql", expr.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-query");
        assertTrue(e.statusCode() == 200 || e.statusCode() >= 400 && e.statusCode() < 500, "expression " + depth + " -> " + e.statusCode());
        if (depth >= 5_000) {
            clean4xx(post.statusCode(), new String(post.body(), StandardCharsets.UTF_8), "groups " + depth);
            clean4xx(e.statusCode(), new String(e.body(), StandardCharsets.UTF_8), "expression " + depth);
        }
    }

    @Test
    void federatedQueriesToAnyAddressAreRefused() throws Exception {
        for (String target : List.of("http://127.0.0.1:" + server.port() + "/sparql", "http://169.254.169.254/latest/meta-data",
                "file:///etc/passwd", "http://localhost:1/")) {
            HttpResponse<String> r = server.getText(q("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }"));
            clean4xx(r.statusCode(), r.body(), "SERVICE " + target);
            HttpResponse<String> silent = server.getText(q("SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }"),
                    "Accept", "application/sparql-results+json");
            assertEquals(200, silent.statusCode(), "SERVICE SILENT " + target);
            var rows = ResultSetMgr.read(new ByteArrayInputStream(silent.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            while (rows.hasNext()) {
                assertTrue(rows.nextBinding().isEmpty(), "SERVICE SILENT " + target + " fetched nothing: " + silent.body());
            }
        }
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        clean4xx(server.getText("/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%22%FF%FE%22%7D").statusCode(), "", "query string");
        HttpResponse<byte[]> body = server.send("POST", "/sparql", new byte[] {'A', 'S', 'K', ' ', '{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                "Content-Type", "application/sparql-query");
        clean4xx(body.statusCode(), new String(body.body(), StandardCharsets.UTF_8), "query body");
        HttpResponse<String> param = server.getText("/queries/event-participants?event=http%3A%2F%2Fex.org%2F%FF");
        clean4xx(param.statusCode(), param.body(), "saved-query parameter");
        HttpResponse<String> path = server.getText("/id/person/%FF%FE");
        clean4xx(path.statusCode(), path.body(), "path");
    }

    @Test
    void invalidUtf8InAPostedQueryIs400() throws Exception {
        HttpResponse<byte[]> raw = server.send("POST", "/sparql", new byte[] {'A', 'S', 'K', ' ', '{', 'F', 'I', 'L', 'T', 'E', 'R',
            '(', '"', (byte) 0xFF, '"', '!', '=', '"', 'x', '"', ')', '}'}, "Content-Type", "application/sparql-query");
        assertEquals(400, raw.statusCode(), "raw 0xFF in a direct query");
        clean4xx(raw.statusCode(), new String(raw.body(), StandardCharsets.UTF_8), "raw 0xFF");
        for (String form : List.of("query=ASK%7B%FF%7D", "query=ASK%7B%C3%28%7D", "query=ASK%7B\u00ff%7D")) {
            HttpResponse<byte[]> r = server.send("POST", "/sparql", form.getBytes(StandardCharsets.ISO_8859_1),
                    "Content-Type", "application/x-www-form-urlencoded");
            assertEquals(400, r.statusCode(), form);
            clean4xx(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), form);
        }
        HttpResponse<byte[]> escape = server.send("POST", "/sparql", "query=ASK%ZZ".getBytes(StandardCharsets.US_ASCII),
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, escape.statusCode(), "malformed escape");
    }

    @Test
    void aFormKeepsArabicAndTheUrlsParameters() throws Exception {
        String form = "query=" + URLEncoder.encode("SELECT (STR(\"سفارة\") AS ?s) {}", StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = server.send("POST", "/sparql?output=json", form.getBytes(StandardCharsets.US_ASCII),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/sparql-results+xml");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(200, r.statusCode(), body);
        assertTrue(body.contains("\"value\": \"سفارة\""), body);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"*/*;q=bogus", ";;;;", "text/html;;charset", "application/x-nonsense", "garbage", "*/*;q=0",
            "text/turtle;q=2", "application/sparql-results+json;q=0.5,application/sparql-results+xml;q=0.5", "a/b/c", "*"})
    void oddAcceptHeadersGetAnAnswerOr406(String accept) throws Exception {
        for (String path : List.of(q("SELECT * { ?s ?p ?o } LIMIT 1"), "/id/person/khalifa-haftar", "/ontology", "/queries/actors",
                "/.well-known/void", "/queries")) {
            HttpResponse<String> r = server.getText(path, "Accept", accept);
            assertTrue(r.statusCode() < 500, path + " with Accept " + accept + " -> " + r.statusCode());
            if (r.statusCode() >= 400) {
                clean4xx(r.statusCode(), r.body(), path + " " + accept);
            }
        }
        assertTrue(server.getText("/id/person/khalifa-haftar", "Accept", "x".repeat(10_000)).statusCode() < 500);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {";", "application/sparql-query; charset=", "multipart/form-data; boundary=x", "text/plain",
            "application/json", "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=x-bogus",
            "application/sparql-query; charset=x-bogus", "application/sparql-update", "ü/ü"})
    void oddContentTypesAreRefusedCleanly(String type) throws Exception {
        HttpResponse<byte[]> r = server.send("POST", "/sparql", "query=ASK%7B%7D".getBytes(StandardCharsets.UTF_8), "Content-Type", type);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            // A form is %-escaped ASCII whatever charset it names; its escapes are read as UTF-8.
            assertEquals(200, r.statusCode(), type);
        } else {
            assertEquals(415, r.statusCode(), type);
            clean4xx(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/sparql?query=%ZZ", "/sparql?query=ASK%7B%7D%", "/queries/actors?lang=e%n", "/?x=%2"})
    void malformedEscapesInTheUrlAre400(String path) throws Exception {
        // Java's HTTP client will not send such a URL: the request goes on the wire as written.
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), path + " -> " + answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        clean4xx(400, body, path);
        assertTrue(body.contains("malformed %-escape"), body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 200_000})
    void aHugeFlatExpressionIs400(int terms) throws Exception {
        String query = "SELECT * { BIND(" + String.join("+", java.util.Collections.nCopies(terms, "1")) + " AS ?x) }";
        HttpResponse<byte[]> r = server.send("POST", "/sparql", query.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
        if (terms < 10_000) {
            assertEquals(200, r.statusCode(), "a long expression that fits is answered: " + new String(r.body(), StandardCharsets.UTF_8));
        } else {
            clean4xx(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), terms + " terms");
        }
    }

    @Test
    void aRegularExpressionThatOverflowsItsStackIs400() throws Exception {
        String query = "ASK { FILTER(REGEX(\"" + "ab".repeat(60_000) + "\", \"^(a|b)*$\")) }";
        HttpResponse<byte[]> r = server.send("POST", "/sparql", query.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-query");
        assertEquals(400, r.statusCode());
        clean4xx(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), "a regex that recurses 120 000 times");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"numeral", "squarings", "doublings"})
    void valuesPastTheLimitsAre400WithOneSentence(String kind) throws Exception {
        String query = hostile(kind);
        HttpResponse<byte[]> r = server.send("POST", "/sparql", query.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(400, r.statusCode(), kind + ": " + body);
        clean4xx(r.statusCode(), body, kind);
        assertEquals(1, body.strip().lines().count(), "one sentence: " + body);
    }

    /**
     * Before the limits, two squarings at once made {@code ASK {}} wait 5 s for a 503, two megabyte
     * numerals made every request 503 for minutes, and four doublings at once ended in
     * OutOfMemoryError: all at once now, each is refused and the ASK answers.
     */
    @Test
    void hostileQueriesAtOnceLeaveTheEndpointAnswering() throws Exception {
        List<String> kinds = List.of("squarings", "squarings", "numeral", "numeral", "doublings", "doublings", "doublings", "doublings");
        ExecutorService pool = Executors.newFixedThreadPool(kinds.size());
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (String kind : kinds) {
                answers.add(pool.submit(() -> server.send("POST", "/sparql", hostile(kind).getBytes(StandardCharsets.UTF_8),
                        "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json")));
            }
            // Asked again and again for as long as any hostile query is out, not once at the start.
            int asked = 0;
            do {
                HttpResponse<String> ask = server.getText(q("ASK {}"), "Accept", "application/sparql-results+json");
                assertEquals(200, ask.statusCode(), "ASK {} while hostile queries run: " + ask.body());
                asked++;
            } while (answers.stream().anyMatch(f -> !f.isDone()));
            assertTrue(asked >= 1);
            for (int i = 0; i < kinds.size(); i++) {
                HttpResponse<byte[]> r = answers.get(i).get(60, TimeUnit.SECONDS);
                String body = new String(r.body(), StandardCharsets.UTF_8);
                if (r.statusCode() == 503) {
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), kinds.get(i) + ": a 503 says when to retry");
                } else {
                    assertEquals(400, r.statusCode(), kinds.get(i) + ": " + body);
                    clean4xx(r.statusCode(), body, kinds.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String hostile(String kind) {
        return switch (kind) {
            case "numeral" -> "ASK { FILTER(" + "9".repeat(1_000_000) + " > 0) }";
            case "squarings" -> {
                StringBuilder q = new StringBuilder("SELECT ?x16 { BIND(12345678901234567890 AS ?x0) ");
                for (int i = 1; i <= 16; i++) {
                    q.append("BIND(?x").append(i - 1).append(" * ?x").append(i - 1).append(" AS ?x").append(i).append(") ");
                }
                yield q.append('}').toString();
            }
            default -> {
                StringBuilder q = new StringBuilder("SELECT ?s20 { BIND(\"abcdefghij\" AS ?s0) ");
                for (int i = 1; i <= 20; i++) {
                    q.append("BIND(CONCAT(?s").append(i - 1).append(", ?s").append(i - 1).append(") AS ?s").append(i).append(") ");
                }
                yield q.append('}').toString();
            }
        };
    }

    @Test
    void javaFunctionsLoadNoClass() throws Exception {
        HttpResponse<String> r = server.getText(q("SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.FN_StrConcat>"
                + "(\"a\", \"b\") AS ?x) }"), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("ab"), "the class named in the query ran: " + r.body());
    }

    @Test
    void describeIsCutLikeConstruct() throws Exception {
        try (TestServer tight = TestServer.seed(TestServer.defaults().withLimits(QueryLimits.defaults().withMaxRows(5))).started()) {
            HttpResponse<String> r = tight.getText(q("DESCRIBE ?s WHERE { ?s ?p ?o }"), "Accept", "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(5, r.body().lines().filter(l -> !l.isBlank()).count(), r.body());
            assertEquals("5", r.headers().firstValue("X-Sifara-Truncated").orElse(""), "the cut is said");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/sparql/anything", "/sparql/query", "/sparql/sparql?query=ASK%7B%7D", "/sparql/x/y"})
    void pathsBelowTheEndpointAre404(String path) throws Exception {
        HttpResponse<String> r = server.getText(path, "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), path + " -> " + r.body());
        assertFalse(r.body().contains("sparql-service-description"), "not the service description: " + r.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/%2e%2e/download/sifara.ttl", "/doc/person/%2e%2e/%2e%2e/pom.xml", "/download/..%2f..%2f.ci/run",
            "/ontology/%2e%2e/pom.xml", "/queries/..%2factors.rq", "/queries/x/%2e%2e/%2e%2e/pom.xml", "/.well-known/%2e%2e/pom.xml",
            "/sparql/%2e%2e/pom.xml", "/queries/actors.rq%2f..%2f..%2fpom.xml", "/doc/person/..%5c..%5cpom.xml"})
    void traversalInEveryRouteIs404(String path) throws Exception {
        HttpResponse<String> r = server.getText(path);
        assertEquals(404, r.statusCode(), path + " -> " + r.body());
        assertFalse(r.body().contains("<project") || r.body().contains("mvn"), path);
    }

    @Test
    void headersTooLargeAndTooManyAre431Or400() throws Exception {
        int status = rawStatus("GET / HTTP/1.1\r\nHost: x\r\n" + "X-A: b\r\n".repeat(20_000) + "\r\n");
        assertTrue(status == 431 || status == 400, "many headers -> " + status);
        assertEquals(431, server.getText("/", "X-Big", "y".repeat(100_000)).statusCode());
    }

    @Test
    void garbageOnTheWireIs400() throws Exception {
        assertEquals(400, rawStatus("GARBAGE\r\n\r\n"));
        assertEquals(400, rawStatus("GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    /** What the server answers to a request written on the wire as is, headers and body. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int rawStatus(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // the server may close early; read what it said
            }
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
