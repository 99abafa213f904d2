package org.sifara.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code sifara serve} does.
 *
 * @param bind the address to listen on ({@code 127.0.0.1}, or {@code 0.0.0.0} for every interface)
 * @param queryTimeout the server-side limit of every SPARQL query
 * @param maxRequestBytes the largest request body accepted (a query sent by POST)
 * @param maxHeaderBytes the largest request line plus headers accepted (a query sent by GET)
 * @param maxRows the most rows an answer holds; more are cut, and the cut is said in a header
 * @param maxConcurrentQueries the most queries that run at once
 * @param maxQueuedQueries the most queries that wait (a few seconds at most) for a place; more get
 *     503 with Retry-After
 */
public record ServeConfig(
        int port,
        String bind,
        BaseIri base,
        Path data,
        Duration queryTimeout,
        long maxRequestBytes,
        int maxHeaderBytes,
        long maxRows,
        int maxConcurrentQueries,
        int maxQueuedQueries) {

    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;
    public static final long DEFAULT_MAX_ROWS = 10_000;

    /** By default as many queries at once as there are cores, and at least two. */
    public static int defaultMaxConcurrentQueries() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** By default eight waiting per running place. */
    public static int defaultMaxQueuedQueries(int concurrent) {
        return 8 * concurrent;
    }

    /** The defaults, on a port of the caller's choosing (0: any free port). */
    public static ServeConfig defaults(int port, BaseIri base, Path data) {
        return new ServeConfig(port, "127.0.0.1", base, data, Duration.ofSeconds(10),
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_ROWS, defaultMaxConcurrentQueries(),
                defaultMaxQueuedQueries(defaultMaxConcurrentQueries()));
    }

    public ServeConfig withQueryTimeout(Duration timeout) {
        return new ServeConfig(port, bind, base, data, timeout, maxRequestBytes, maxHeaderBytes, maxRows, maxConcurrentQueries,
                maxQueuedQueries);
    }

    public ServeConfig withLimits(long rows, int concurrentQueries, int queuedQueries) {
        return new ServeConfig(port, bind, base, data, queryTimeout, maxRequestBytes, maxHeaderBytes, rows, concurrentQueries,
                queuedQueries);
    }
}
