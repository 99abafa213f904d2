package org.sifara.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.config.ConvertConfig;
import org.sifara.publish.Publication;
import org.sifara.rdf.RdfForm;

/**
 * Sifara against a plain embedded Fuseki 5.6.0, in one run and one JVM, on the same data: start-up,
 * every saved query, dereferencing, downloads over HTTP; then conversion throughput on synthetic
 * corpora. It reports medians and ratios; it asserts nothing about speed. Run it with
 * {@code mvn -q -B -Pbench test-compile exec:exec} (see the README's Performance section).
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        BaseIri base = BaseIri.defaultBase();
        Path data = Path.of("data");
        Runtime rt = Runtime.getRuntime();
        System.out.println("# Sifara benchmark\n");
        System.out.println("Java " + System.getProperty("java.version") + ", " + rt.availableProcessors() + " cores, max heap "
                + rt.maxMemory() / (1 << 20) + " MB; " + config + ".");
        System.out.println("Ratios: higher is better for Sifara. req/s Sifara/plain = throughput ratio; "
                + "p50/p99 plain/Sifara and start-up plain/Sifara = speed-up of Sifara's latency.\n");

        Path work = Files.createTempDirectory("sifara-bench-");
        try {
            Conversion seed = new Converter(base).convert(data);
            Converter.run(new ConvertConfig(data, work.resolve("out"), base));
            Path trig = work.resolve("out").resolve(RdfForm.TRIG.datasetFile());

            if (config.runs("startup")) {
                System.err.println("start-up ...");
                System.out.println("## Start-up to first answered query\n");
                System.out.println(new StartupBench(config, base, data, trig).run());
            }
            if (config.runs("http")) {
                System.err.println("http ...");
                try (SifaraUnderTest sifara = SifaraUnderTest.start(Publication.load(base, data), data);
                     PlainFuseki plain = PlainFuseki.start(trig)) {
                    List<Comparison> routes = Routes.all(base, sifara, plain);
                    System.out.println("## HTTP: " + config.workers() + " concurrent clients, " + config.seconds()
                            + " s per route and server, median of " + config.rounds() + " rounds\n");
                    System.out.println(new HttpBench(config).run(routes));
                }
            }
            if (config.runs("store") && !config.corpusSizes().isEmpty()) {
                System.err.println("store ...");
                System.out.println("## The store: sifara build, serve --store, against tdb2.tdbloader and plain Fuseki over the same store\n");
                for (int size : config.corpusSizes()) {
                    System.out.println(new StoreBench(config, base, data).run(size));
                }
            }
            if (config.runs("conversion") && !config.corpusSizes().isEmpty()) {
                System.err.println("conversion ...");
                System.out.println("## Conversion of synthetic corpora\n");
                System.out.println(new ConversionBench(base, data).run(config.corpusSizes()));
            }
        } finally {
            SyntheticCorpus.delete(work);
        }
        System.exit(0);
    }
}
