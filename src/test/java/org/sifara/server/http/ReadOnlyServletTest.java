package org.sifara.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet that fails answers 500 with one plain line, without what it had set for the answer it
 * could not finish, and with the headers every response carries (CORS, nosniff, CSP).
 */
class ReadOnlyServletTest {

    static FusekiServer server;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Sets the headers of a download, then fails as a bug would. */
    static final class Failing extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) {
            resp.setHeader("ETag", "\"half-done\"");
            resp.setHeader("Content-Disposition", "attachment; filename=\"x.ttl\"");
            throw new IllegalStateException("a bug, with a secret path /work/main/x");
        }
    }

    @BeforeAll
    static void start() {
        server = FusekiServer.create().port(0).fusekiModules(FusekiModules.empty())
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new RequestGuard(1024))
                .addServlet("/fails", new Failing())
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> send(String method) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/fails"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFailureIsAPlain500WithTheStandingHeaders() throws Exception {
        HttpResponse<String> r = send("GET");
        assertEquals(500, r.statusCode());
        assertEquals("Internal error while answering this request.", r.body().strip());
        assertFalse(r.body().contains("/work/") || r.body().contains("Exception"), r.body());
        assertTrue(r.headers().firstValue("ETag").isEmpty(), "the half-made answer's headers are gone");
        assertTrue(r.headers().firstValue("Content-Disposition").isEmpty());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void optionsCarryTheSecurityHeadersToo() throws Exception {
        HttpResponse<String> r = send("OPTIONS");
        assertEquals(204, r.statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
