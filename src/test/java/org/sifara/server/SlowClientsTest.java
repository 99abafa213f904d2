package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    private static Socket send(String request) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
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
