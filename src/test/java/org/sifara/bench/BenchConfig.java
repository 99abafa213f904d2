package org.sifara.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the benchmark does, from system properties (each with a default that keeps a full run to a
 * few minutes on a 2-core machine).
 *
 * @param rounds measured rounds of every comparison; the tables show medians over them ({@code bench.rounds}, 5)
 * @param warmupSeconds per route and server, once before the rounds ({@code bench.warmup}, 1)
 * @param seconds per route, server and round ({@code bench.seconds}, 1)
 * @param workers concurrent HTTP clients ({@code bench.workers}, 8)
 * @param corpusSizes article counts of the synthetic corpora to convert ({@code bench.corpus}, 1000; empty: none; 10000 needs a heap of about 20 GB)
 * @param sections which parts to run ({@code bench.sections}, startup,http,conversion)
 */
record BenchConfig(int rounds, int warmupSeconds, int seconds, int workers, List<Integer> corpusSizes, Set<String> sections) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(
                Integer.getInteger("bench.rounds", 5),
                Integer.getInteger("bench.warmup", 1),
                Integer.getInteger("bench.seconds", 1),
                Integer.getInteger("bench.workers", 8),
                Arrays.stream(System.getProperty("bench.corpus", "1000").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList(),
                Arrays.stream(System.getProperty("bench.sections", "startup,http,conversion").split(","))
                        .map(String::strip).collect(Collectors.toSet()));
    }

    boolean runs(String section) {
        return sections.contains(section);
    }

    @Override
    public String toString() {
        return "rounds " + rounds + ", warm-up " + warmupSeconds + " s and " + seconds + " s per route and server, "
                + workers + " concurrent clients, corpora " + corpusSizes + ", sections " + sections;
    }
}
