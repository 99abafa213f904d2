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

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sifara.config.BaseIri;
import org.sifara.config.ServerConfig;
import org.sifara.convert.Converter;
import org.sifara.publish.Publication;
import org.sifara.publish.Publications;
import org.sifara.server.SifaraServer;

/**
 * A real Sifara server on a free port, and an HTTP client that talks to it. As a JUnit 5
 * extension it starts before a class's tests and stops after them:
 * {@code @RegisterExtension static final TestServer server = TestServer.seed();}. A test that
 * needs a server of its own starts one with {@link #started()} in a try-with-resources.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** The Last-Modified of the test publications: a fixed instant, so that answers repeat. */
    public static final Instant PUBLISHED = Instant.parse("2026-02-03T12:00:00Z");

    private final Supplier<Publications> source;
    private final ServerConfig config;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private Publication publication;
    private SifaraServer server;

    private TestServer(Supplier<Publications> source, ServerConfig config) {
        this.source = source;
        this.config = config;
    }

    /** The seed data, served as {@code sifara serve} serves it, with the default limits. */
    public static TestServer seed() {
        return serving(() -> Publication.of(TestData.seed(), PUBLISHED), defaults());
    }

    /** The seed data, with limits of the test's choosing. */
    public static TestServer seed(ServerConfig config) {
        return serving(() -> Publication.of(TestData.seed(), PUBLISHED), config);
    }

    /** A data folder, converted and served. */
    public static TestServer data(Path dataDir) {
        return serving(() -> Publication.of(new Converter(BaseIri.defaultBase()).convert(dataDir), PUBLISHED), defaults());
    }

    public static TestServer serving(Supplier<Publication> source, ServerConfig config) {
        return new TestServer(() -> Publications.fixed(source.get()), config);
    }

    /** Publications over time (a store that builds update), served as {@code sifara serve --store} serves them. */
    public static TestServer serving(Publications publications, ServerConfig config) {
        return new TestServer(() -> publications, config);
    }

    /** The server's defaults, on a free port. */
    public static ServerConfig defaults() {
        return ServerConfig.defaults().onPort(0);
    }

    /** Starts the server now (for a test that closes it itself); a started server is returned as is. */
    public synchronized TestServer started() {
        if (server == null) {
            server = SifaraServer.start(source.get(), config);
            publication = server.publication();
        }
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The server itself, for what only it can say (the queries it is running). */
    public SifaraServer server() {
        return server;
    }

    /** What the server publishes now. */
    public Publication publication() {
        return server == null ? publication : server.publication();
    }

    public String url(String path) {
        if (server == null) {
            throw new IllegalStateException("the test server is not started: register it with @RegisterExtension, "
                    + "or call started() in a try-with-resources");
        }
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
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The canonical base of the seed data. */
    public static BaseIri base() {
        return BaseIri.defaultBase();
    }
}
