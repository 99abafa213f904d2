package org.sifara.testing;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link LoadDriver} run measured.
 *
 * @param latencies every request's latency in nanoseconds, sorted
 * @param elapsedNanos how long the run took
 * @param socketErrors requests that got no response (refused, reset, timed out)
 * @param unexpected responses whose status was not the expected one
 * @param problems a few examples of what went wrong, one line each
 */
public record LoadResult(long[] latencies, long elapsedNanos, long socketErrors, long unexpected, List<String> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public long requests() {
        return latencies.length;
    }

    public long errors() {
        return socketErrors + unexpected;
    }

    public double throughput() {
        return requests() / (elapsedNanos / 1e9);
    }

    /** The latency at percentile {@code p} (0 to 100), in milliseconds, nearest rank. */
    public double percentileMillis(double p) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * latencies.length);
        return latencies[Math.min(latencies.length - 1, Math.max(0, rank - 1))] / 1e6;
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d requests in %.1f s: %.1f requests/s, latency p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms; errors %d (socket %d, unexpected status %d)",
                requests(), elapsedNanos / 1e9, throughput(), percentileMillis(50), percentileMillis(90),
                percentileMillis(99), percentileMillis(100), errors(), socketErrors, unexpected);
    }
}
