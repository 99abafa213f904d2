package org.sifara.config;

import java.time.Duration;

/**
 * How the server listens and what it admits; what it publishes is given apart, as a publication.
 *
 * @param port the port to listen on (0: any free port)
 * @param bind the address to listen on ({@code 127.0.0.1}, or {@code 0.0.0.0} for every interface)
 * @param limits the time and row limits of every query
 * @param maxConcurrentQueries the most queries that run at once, at the SPARQL endpoint and as saved
 *     queries together; when there are two places or more, one is kept for saved queries, so that
 *     queries sent to the endpoint cannot take every place
 * @param maxQueuedQueries the most queries that wait (a few seconds at most) for a place; more get
 *     503 with Retry-After
 * @param maxRequestBytes the largest request body accepted (a query sent by POST)
 * @param maxHeaderBytes the largest request line plus headers accepted (a query sent by GET)
 * @param bodyDeadline the longest a client may take to send a request body; a slower one gets 408
 */
public record ServerConfig(
        int port,
        String bind,
        QueryLimits limits,
        int maxConcurrentQueries,
        int maxQueuedQueries,
        long maxRequestBytes,
        int maxHeaderBytes,
        Duration bodyDeadline) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;
    public static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(20);

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (maxConcurrentQueries < 1 || maxQueuedQueries < 0) {
            throw new IllegalArgumentException("at least one query must be able to run, and no fewer than none wait");
        }
    }

    /** By default as many queries at once as there are cores, and at least two. */
    public static int defaultMaxConcurrentQueries() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** By default eight waiting per running place. */
    public static int defaultMaxQueuedQueries(int concurrent) {
        return 8 * concurrent;
    }

    /** Every default, on port 3030. */
    public static ServerConfig defaults() {
        int concurrent = defaultMaxConcurrentQueries();
        return new ServerConfig(DEFAULT_PORT, DEFAULT_BIND, QueryLimits.defaults(), concurrent,
                defaultMaxQueuedQueries(concurrent), DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_HEADER_BYTES, DEFAULT_BODY_DEADLINE);
    }

    public ServerConfig onPort(int newPort) {
        return new ServerConfig(newPort, bind, limits, maxConcurrentQueries, maxQueuedQueries, maxRequestBytes, maxHeaderBytes, bodyDeadline);
    }

    public ServerConfig withLimits(QueryLimits newLimits) {
        return new ServerConfig(port, bind, newLimits, maxConcurrentQueries, maxQueuedQueries, maxRequestBytes, maxHeaderBytes, bodyDeadline);
    }

    public ServerConfig withBodyDeadline(Duration deadline) {
        return new ServerConfig(port, bind, limits, maxConcurrentQueries, maxQueuedQueries, maxRequestBytes, maxHeaderBytes, deadline);
    }

    public ServerConfig withConcurrency(int concurrent, int queued) {
        return new ServerConfig(port, bind, limits, concurrent, queued, maxRequestBytes, maxHeaderBytes, bodyDeadline);
    }
}
