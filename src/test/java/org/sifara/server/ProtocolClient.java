package org.sifara.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;

import org.sifara.server.ProtocolManifest.Header;
import org.sifara.server.ProtocolManifest.Request;

/**
 * Sends a manifest's request to a real server over HTTP/1.1: the method, headers and body exactly
 * as the manifest gives them (the body in its stated character encoding), and the path with the
 * manifest's {@code /sparql/} prefix replaced by the endpoint's path, the query string untouched.
 * Redirects are not followed by the client, so that the status the server sent can be checked;
 * {@link #follow} then takes the redirect by hand to reach the results.
 */
final class ProtocolClient {

    static final String MANIFEST_PREFIX = "/sparql/";
    private static final int MAX_REDIRECTS = 5;

    /** The first response (whose status the manifest constrains) and the one at the end of any redirects. */
    record Exchange(URI uri, HttpResponse<byte[]> first, HttpResponse<byte[]> last) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String origin;
    private final String endpointPath;

    /** @param serverUrl e.g. {@code http://localhost:41234/}; @param endpointPath e.g. {@code /sparql} */
    ProtocolClient(String serverUrl, String endpointPath) {
        this.origin = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        this.endpointPath = endpointPath;
    }

    /** {@code /sparql/?query=...} becomes {@code <origin>/sparql?query=...}, percent-encoding kept. */
    URI target(String absolutePath) {
        if (!absolutePath.startsWith(MANIFEST_PREFIX)) {
            throw new IllegalArgumentException("A manifest path must start with " + MANIFEST_PREFIX + ": " + absolutePath);
        }
        String rest = absolutePath.substring(MANIFEST_PREFIX.length());
        String tail = rest.isEmpty() || rest.startsWith("?") ? rest : "/" + rest;
        return URI.create(origin + endpointPath + tail);
    }

    Exchange send(Request request) throws IOException, InterruptedException {
        if (!"1.1".equals(request.httpVersion())) {
            throw new IllegalArgumentException("Only HTTP/1.1 requests are supported, not " + request.httpVersion());
        }
        URI uri = target(request.absolutePath());
        BodyPublisher body = request.body().map(b -> BodyPublishers.ofByteArray(b.bytes())).orElse(BodyPublishers.noBody());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method(request.method(), body);
        for (Header h : request.headers()) {
            builder.header(h.name(), h.value());
        }
        HttpResponse<byte[]> first = http.send(builder.build(), BodyHandlers.ofByteArray());
        return new Exchange(uri, first, follow(request, first));
    }

    /**
     * Follows redirects as HTTP says: 303 (and 301/302) with a GET, 307/308 with the same method
     * and body. Returns {@code response} itself when it is not a redirect.
     */
    private HttpResponse<byte[]> follow(Request request, HttpResponse<byte[]> response) throws IOException, InterruptedException {
        HttpResponse<byte[]> current = response;
        for (int hops = 0; current.statusCode() / 100 == 3 && hops < MAX_REDIRECTS; hops++) {
            Optional<String> location = current.headers().firstValue("Location");
            if (location.isEmpty()) {
                return current;
            }
            URI next = current.uri().resolve(location.get());
            boolean keepMethod = current.statusCode() == 307 || current.statusCode() == 308;
            HttpRequest.Builder builder = HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(10));
            if (keepMethod) {
                builder.method(request.method(), request.body().map(b -> BodyPublishers.ofByteArray(b.bytes()))
                        .orElse(BodyPublishers.noBody()));
                request.headers().forEach(h -> builder.header(h.name(), h.value()));
            } else {
                builder.GET();
            }
            current = http.send(builder.build(), BodyHandlers.ofByteArray());
        }
        return current;
    }
}
