package org.sifara.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load driver: N workers each send one request at a time, cycling through
 * a list of probes, for a fixed time. Every response body is read to the end; its latency is
 * recorded, and a response whose status is not the expected one counts as an error, as does a
 * request that fails (connection refused or reset, timeout). Used by the in-suite load test and by
 * the benchmark, for Sifara and plain Fuseki alike.
 */
public final class LoadDriver {

    /**
     * One request and the status it must get.
     *
     * @param follow follow redirects (a 303 and then its target, measured as one)
     */
    public record Probe(String name, HttpRequest request, int expectedStatus, boolean follow) {}

    private final int workers;
    private final HttpClient direct = client(HttpClient.Redirect.NEVER);
    private final HttpClient following = client(HttpClient.Redirect.NORMAL);

    public LoadDriver(int workers) {
        this.workers = workers;
    }

    private static HttpClient client(HttpClient.Redirect redirect) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(redirect)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends the probes for {@code duration}, workers starting at different places in the list. */
    public LoadResult run(List<Probe> probes, Duration duration) {
        if (probes.isEmpty()) {
            throw new IllegalArgumentException("no requests to send");
        }
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        AtomicLong socketErrors = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        Set<String> problems = ConcurrentHashMap.newKeySet();
        CountDownLatch finished = new CountDownLatch(workers);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                int next = worker * 7;
                try {
                    while (System.nanoTime() < end) {
                        Probe probe = probes.get(next++ % probes.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> resp = (probe.follow() ? following : direct)
                                    .send(probe.request(), HttpResponse.BodyHandlers.discarding());
                            if (resp.statusCode() != probe.expectedStatus()) {
                                unexpected.incrementAndGet();
                                note(problems, probe.name() + " answered " + resp.statusCode() + ", expected " + probe.expectedStatus());
                            }
                        } catch (IOException e) {
                            socketErrors.incrementAndGet();
                            note(problems, probe.name() + " failed: " + e);
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[worker] = mine;
                    counts[worker] = n;
                    finished.countDown();
                }
            }, "load-worker-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the load workers", e);
        }
        long elapsed = System.nanoTime() - start;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        return new LoadResult(all, elapsed, socketErrors.get(), unexpected.get(), new ArrayList<>(problems));
    }

    private static void note(Set<String> problems, String problem) {
        if (problems.size() < 20) {
            problems.add(problem);
        }
    }

    /** Sends one request and returns its body, for checks before a measurement. */
    public HttpResponse<byte[]> once(Probe probe) throws IOException, InterruptedException {
        return (probe.follow() ? following : direct).send(probe.request(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
