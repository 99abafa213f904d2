package org.sifara.cli;

import java.time.Duration;

import org.sifara.config.QueryLimits;

import picocli.CommandLine.Option;

/** {@code --query-timeout} and {@code --max-rows}: the limits of every query; shared by serve and query. */
final class LimitOptions {

    @Option(names = {"--query-timeout", "--timeout"}, paramLabel = "DURATION", defaultValue = QueryLimits.DEFAULT_TIMEOUT_TEXT,
            converter = DurationConverter.class,
            description = "The time limit of every query (500ms, 10s, 2m). Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + QueryLimits.DEFAULT_MAX_ROWS,
            description = "The most rows an answer holds; longer answers are cut and say so "
                    + "(the X-Sifara-Truncated header, or a warning). Default: ${DEFAULT-VALUE}.")
    long maxRows;

    QueryLimits limits() {
        if (maxRows < 1) {
            throw new Main.UsageException("sifara: --max-rows must be at least 1");
        }
        return new QueryLimits(timeout, maxRows);
    }
}
