package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.TestServer;

/** "localhost" works whichever loopback address a client tries first. */
class LocalhostTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    static boolean ipv6Loopback() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return s.getInetAddress() instanceof Inet6Address;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void bothLoopbackAddressesAnswerOnTheSamePort() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertEquals(200, client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        boolean ipv6 = ipv6Loopback();
        if (!ipv6) {
            System.err.println("SKIPPED: IPv6 loopback test: this machine has no ::1");
        }
        assumeTrue(ipv6, "no IPv6 loopback here");
        assertEquals(200, client.send(HttpRequest.newBuilder(URI.create("http://[::1]:" + server.port() + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
