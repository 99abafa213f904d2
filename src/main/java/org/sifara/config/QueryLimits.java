package org.sifara.config;

import java.time.Duration;

/**
 * The limits every query on Sifara's data runs under: a time budget and a most number of answer
 * rows (for CONSTRUCT and DESCRIBE, of the solutions the template is filled from). The one place
 * these defaults live; the store's query guard enforces them.
 */
public record QueryLimits(Duration timeout, long maxRows) {

    public static final long DEFAULT_TIMEOUT_SECONDS = 10;
    /** The default as the command line writes it (a constant, for picocli's annotations). */
    public static final String DEFAULT_TIMEOUT_TEXT = DEFAULT_TIMEOUT_SECONDS + "s";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    public static final long DEFAULT_MAX_ROWS = 10_000;

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a query's time limit must be positive, not " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("an answer must be allowed at least one row, not " + maxRows);
        }
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public QueryLimits withTimeout(Duration newTimeout) {
        return new QueryLimits(newTimeout, maxRows);
    }

    public QueryLimits withMaxRows(long rows) {
        return new QueryLimits(timeout, rows);
    }
}
