package org.sifara.bench;

import java.nio.file.Path;

import org.sifara.config.ServerConfig;
import org.sifara.publish.Publication;
import org.sifara.server.SifaraServer;

/** Sifara as {@code sifara serve} runs it, on a free port, over a prepared publication. */
final class SifaraUnderTest implements AutoCloseable {

    private final SifaraServer server;

    private SifaraUnderTest(SifaraServer server) {
        this.server = server;
    }

    static SifaraUnderTest start(Publication pub, Path data) {
        return new SifaraUnderTest(SifaraServer.start(pub, ServerConfig.defaults().onPort(0)));
    }

    /** {@code http://127.0.0.1:<port><path>}; the server listens on 127.0.0.1 only. */
    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
    }
}
