package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.config.QueryLimits;
import org.sifara.testing.Await;
import org.sifara.testing.SyntheticData;
import org.sifara.testing.TestServer;

/**
 * Clients that send their request bodies slowly, or never finish them, cost the server a
 * connection each, not a thread: with 60 of them hanging (more than the server has threads), every
 * route still answers; a body that never completes gets 408 once its deadline passes.
 */
class SlowClientsTest {

    static final Duration BODY_DEADLINE = Duration.ofSeconds(3);
    @RegisterExtension
    static final TestServer server = TestServer.seed(TestServer.defaults().withBodyDeadline(BODY_DEADLINE));

    @Test
    void sixtyUnfinishedBodiesLeaveEveryRouteAnswering() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                String head = switch (i % 3) {
                    case 0 -> "POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n";
                    case 1 -> "POST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n";
                    default -> "GET / HTTP/1.1\r\n";
                };
                slow.add(send(head + "Host: localhost\r\nContent-Length: 100000\r\n\r\nA"));
            }
            for (String path : List.of("/", "/sparql?query=ASK%7B%7D", "/queries/timeline?format=csv", "/download/sifara.ttl")) {
                HttpResponse<byte[]> r = server.send(server.request(path).timeout(Duration.ofSeconds(2)).GET().build());
                assertEquals(200, r.statusCode(), path + " while 60 bodies hang");
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aBodyThatNeverEndsGets408() throws Exception {
        try (Socket socket = send("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 1000\r\n\r\nASK")) {
            socket.setSoTimeout((int) BODY_DEADLINE.multipliedBy(4).toMillis());
            String answer = read(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            assertTrue(answer.length() < 1000 && !answer.contains("Exception"), "a short answer: " + answer);
        }
    }

    @Test
    void aClientThatDoesNotReadItsAnswerHoldsNoQueryPlace() throws Exception {
        // Two places: one for the endpoint, one kept for saved queries. The answer is far bigger than
        // what the sockets' buffers take, so writing it waits on the client.
        try (TestServer big = TestServer.serving(() -> SyntheticData.publication(8_000, 5), TestServer.defaults()
                .withLimits(QueryLimits.defaults().withMaxRows(100_000)).withConcurrency(2, 0)).started();
                Socket stalled = send(big.port(), "GET /sparql?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }",
                        StandardCharsets.UTF_8) + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+xml\r\n\r\n")) {
            InputStream in = stalled.getInputStream();
            stalled.setSoTimeout(30_000);
            assertTrue(in.read() > 0, "the answer started");
            Await.until(Duration.ofSeconds(10), () -> big.server().activeQueries().running() == 0, () -> "the big query to end");
            HttpResponse<String> ask = big.getText("/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
            assertEquals(200, ask.statusCode(), "the place was given back once the query ran, not once the client read: "
                    + ask.body());
        }
    }

    private static Socket send(String request) throws IOException {
        return send(server.port(), request);
    }

    private static Socket send(int port, String request) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(8192);
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static String read(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        StringBuilder text = new StringBuilder();
        int n;
        while ((n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            if (text.indexOf("\r\n\r\n") >= 0 && text.length() > text.indexOf("\r\n\r\n") + 4) {
                break;
            }
        }
        return text.toString();
    }
}
