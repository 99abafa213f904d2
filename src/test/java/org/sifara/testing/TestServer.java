package org.sifara.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.sifara.config.BaseIri;
import org.sifara.config.ServeConfig;
import org.sifara.convert.Conversion;
import org.sifara.server.Publication;
import org.sifara.server.SifaraServer;

/** A real Sifara server on a free port, and an HTTP client that talks to it. */
public final class TestServer implements AutoCloseable {

    private final SifaraServer server;
    private final Publication publication;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private TestServer(Publication publication, ServeConfig config) {
        this.publication = publication;
        this.server = SifaraServer.start(publication, config);
    }

    /** The seed data, served as {@code sifara serve} serves it. */
    public static TestServer seed() {
        return of(Publication.of(TestData.seed(), Instant.parse("2026-02-03T12:00:00Z")));
    }

    public static TestServer of(Publication publication) {
        return new TestServer(publication, ServeConfig.defaults(0, publication.base(), Path.of("data")));
    }

    public static TestServer of(Publication publication, ServeConfig config) {
        return new TestServer(publication, config);
    }

    public static TestServer of(Conversion conversion, ServeConfig config) {
        return new TestServer(Publication.of(conversion, Instant.parse("2026-02-03T12:00:00Z")), config);
    }

    public Publication publication() {
        return publication;
    }

    public String url(String path) {
        return server.url() + (path.startsWith("/") ? path.substring(1) : path);
    }

    public int port() {
        return server.port();
    }

    public HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> getText(String path, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> send(String method, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    public HttpClient client() {
        return client;
    }

    public static Map<String, String> headers(String... pairs) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Override
    public void close() {
        server.close();
    }

    /** The canonical base of the seed data. */
    public static BaseIri base() {
        return BaseIri.defaultBase();
    }
}
