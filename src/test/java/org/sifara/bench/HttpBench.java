package org.sifara.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sifara.testing.LoadDriver;
import org.sifara.testing.LoadResult;

/**
 * Runs every comparison on both servers with the same load driver and parameters: first one
 * request each (to check the status and show the size of both answers), then a warm-up, then
 * {@code rounds} measured rounds in which the two servers take turns going first. Reports medians
 * over the rounds and the median of the per-round ratios.
 */
final class HttpBench {

    /** One measurement of one route on one server. */
    record Measure(double throughput, double p50, double p99, long errors) {
        static Measure of(LoadResult r) {
            return new Measure(r.throughput(), r.percentileMillis(50), r.percentileMillis(99), r.errors());
        }
    }

    private final BenchConfig config;
    private final LoadDriver driver;

    HttpBench(BenchConfig config) {
        this.config = config;
        this.driver = new LoadDriver(config.workers());
    }

    /** The answers table (sizes) and the timing table, as Markdown. */
    String run(List<Comparison> routes) throws IOException, InterruptedException {
        MarkdownTable answers = new MarkdownTable("route", "Sifara answer", "plain Fuseki answer");
        for (Comparison c : routes) {
            answers.row(c.name(), describe(c.sifara()), describe(c.plain()));
        }
        Map<Comparison, List<Measure>> sifara = new LinkedHashMap<>();
        Map<Comparison, List<Measure>> plain = new LinkedHashMap<>();
        Duration warmup = Duration.ofSeconds(config.warmupSeconds());
        for (Comparison c : routes) {
            driver.run(List.of(c.sifara()), warmup);
            driver.run(List.of(c.plain()), warmup);
            sifara.put(c, new ArrayList<>());
            plain.put(c, new ArrayList<>());
        }
        Duration each = Duration.ofSeconds(config.seconds());
        for (int round = 0; round < config.rounds(); round++) {
            for (Comparison c : routes) {
                if (round % 2 == 0) {
                    sifara.get(c).add(Measure.of(driver.run(List.of(c.sifara()), each)));
                    plain.get(c).add(Measure.of(driver.run(List.of(c.plain()), each)));
                } else {
                    plain.get(c).add(Measure.of(driver.run(List.of(c.plain()), each)));
                    sifara.get(c).add(Measure.of(driver.run(List.of(c.sifara()), each)));
                }
            }
            System.err.println("  http round " + (round + 1) + " of " + config.rounds() + " done");
        }
        return answers.render() + "\n" + timings(routes, sifara, plain);
    }

    private String describe(LoadDriver.Probe probe) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = driver.once(probe);
        String size = AnswerSize.of(r);
        return r.statusCode() == probe.expectedStatus() ? size : "status " + r.statusCode() + "! " + size;
    }

    private static String timings(List<Comparison> routes, Map<Comparison, List<Measure>> sifara,
                                  Map<Comparison, List<Measure>> plain) {
        MarkdownTable t = new MarkdownTable("group", "route", "Sifara req/s", "plain req/s", "req/s Sifara/plain",
                "p50 ms Sifara / plain", "p99 ms Sifara / plain", "p50 plain/Sifara", "p99 plain/Sifara", "errors");
        for (Comparison c : routes) {
            List<Measure> s = sifara.get(c);
            List<Measure> p = plain.get(c);
            List<Double> throughputRatio = new ArrayList<>();
            List<Double> p50Ratio = new ArrayList<>();
            List<Double> p99Ratio = new ArrayList<>();
            long errors = 0;
            for (int i = 0; i < s.size(); i++) {
                throughputRatio.add(s.get(i).throughput() / p.get(i).throughput());
                p50Ratio.add(p.get(i).p50() / s.get(i).p50());
                p99Ratio.add(p.get(i).p99() / s.get(i).p99());
                errors += s.get(i).errors() + p.get(i).errors();
            }
            t.row(c.group(), c.name(),
                    Stats.num(Stats.median(s.stream().map(Measure::throughput).toList())),
                    Stats.num(Stats.median(p.stream().map(Measure::throughput).toList())),
                    Stats.ratio(Stats.median(throughputRatio)),
                    Stats.num(Stats.median(s.stream().map(Measure::p50).toList())) + " / "
                            + Stats.num(Stats.median(p.stream().map(Measure::p50).toList())),
                    Stats.num(Stats.median(s.stream().map(Measure::p99).toList())) + " / "
                            + Stats.num(Stats.median(p.stream().map(Measure::p99).toList())),
                    Stats.ratio(Stats.median(p50Ratio)), Stats.ratio(Stats.median(p99Ratio)),
                    errors == 0 ? "0" : errors + " (S " + s.stream().mapToLong(Measure::errors).sum() + ")");
        }
        return t.render();
    }
}
