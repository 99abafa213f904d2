package org.sifara.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.convert.DataFolder;
import org.sifara.publish.Publication;
import org.sifara.testing.LoadDriver;

/**
 * Start-up to the first answered query. Sifara: from the data folder (convert and validate, then
 * prepare the publication: downloads, VoID, labels) to its first {@code /sparql} answer, the steps
 * of {@code Publication.load} timed one by one. Plain Fuseki: from the TriG file Sifara wrote
 * (parsed into an in-memory dataset) to its first {@code /ds/sparql} answer. One start of each
 * warms up; then they take turns for {@code rounds} rounds.
 */
final class StartupBench {

    static final String ASK = "ASK { ?s ?p ?o }";

    private final BenchConfig config;
    private final BaseIri base;
    private final Path data;
    private final Path trig;
    private final LoadDriver client = new LoadDriver(1);

    StartupBench(BenchConfig config, BaseIri base, Path data, Path trig) {
        this.config = config;
        this.base = base;
        this.data = data;
        this.trig = trig;
    }

    String run() throws IOException, InterruptedException {
        sifara();
        plain();
        List<double[]> s = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int round = 0; round < config.rounds(); round++) {
            if (round % 2 == 0) {
                s.add(sifara());
                p.add(plain());
            } else {
                p.add(plain());
                s.add(sifara());
            }
        }
        double sifaraTotal = Stats.median(s.stream().map(x -> x[0] + x[1] + x[2]).toList());
        double plainTotal = Stats.median(p);
        MarkdownTable t = new MarkdownTable("server", "start-up to first answer, ms (median)", "of which", "speed-up plain/Sifara");
        t.row("Sifara", Stats.num(sifaraTotal), "convert + validate " + Stats.num(Stats.median(s.stream().map(x -> x[0]).toList()))
                + ", prepare publication " + Stats.num(Stats.median(s.stream().map(x -> x[1]).toList()))
                + ", start + first answer " + Stats.num(Stats.median(s.stream().map(x -> x[2]).toList())),
                Stats.ratio(plainTotal / sifaraTotal));
        t.row("plain Fuseki", Stats.num(plainTotal), "parse TriG, start, first answer", "");
        return t.render();
    }

    /** Milliseconds: convert, prepare, start and first answer. */
    private double[] sifara() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Conversion conversion = new Converter(base).convert(data);
        long t1 = System.nanoTime();
        Publication pub = Publication.of(conversion, DataFolder.lastModified(data));
        long t2 = System.nanoTime();
        try (SifaraUnderTest server = SifaraUnderTest.start(pub, data)) {
            firstAnswer(server.url("/sparql?query=" + Routes.encode(ASK)));
            long t3 = System.nanoTime();
            return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6};
        }
    }

    private double plain() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try (PlainFuseki server = PlainFuseki.start(trig)) {
            firstAnswer(server.url("/sparql?query=" + Routes.encode("ASK FROM <" + Quad.unionGraph.getURI() + "> { ?s ?p ?o }")));
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    private void firstAnswer(String url) throws IOException, InterruptedException {
        int status = client.once(Routes.get(url, Routes.JSON, 200, false)).statusCode();
        if (status != 200) {
            throw new IllegalStateException("the first query answered " + status + ": " + url);
        }
    }
}
