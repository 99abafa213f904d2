package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.LoadDriver;
import org.sifara.testing.LoadMix;
import org.sifara.testing.LoadResult;
import org.sifara.testing.TestServer;

/**
 * A short load test: the mix of {@code scripts/load-mix.txt} (saved queries, dereferencing, pages,
 * downloads, VoID, SPARQL) from 16 concurrent clients for about five seconds against the real
 * server. Every response must have its expected status. It prints the throughput and latencies but
 * asserts nothing about speed; {@code scripts/load-test.sh} is the longer run. Tagged {@code load}:
 * not part of {@code mvn verify} (a load run makes the rest of the suite noisy), run with
 * {@code mvn -Pload test}.
 */
@Tag("load")
class LoadTest {

    static final int WORKERS = 16;
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("sifara.loadtest.seconds", 5));

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    @Test
    void everyRequestOfTheMixGetsItsExpectedStatusUnderConcurrentLoad() {
        List<LoadDriver.Probe> mix = LoadMix.read(LoadMix.FILE, server.url("/"));
        LoadResult result = new LoadDriver(WORKERS).run(mix, DURATION);

        System.out.println("LoadTest (" + WORKERS + " clients, mix of " + mix.size() + "): " + result.summary());
        assertEquals(0, result.errors(), () -> result.errors() + " requests failed or got an unexpected status, e.g.\n  "
                + String.join("\n  ", result.problems()));
        assertTrue(result.requests() >= mix.size(), "the mix was not even sent once: " + result.summary());
    }
}
