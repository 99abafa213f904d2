package org.sifara.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.system.Txn;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;

/**
 * Conversion throughput on synthetic corpora ({@link SyntheticCorpus}): facts per second, and
 * memory, measured in this JVM. Peak heap is the sum of the peaks of the heap memory pools since
 * they were reset just before the conversion: an upper bound (the pools need not peak together,
 * and it counts garbage not yet collected). Retained heap is what is still used after a full GC
 * with the conversion held: the size of the result. The corpus lives in a temporary folder,
 * deleted afterwards. A corpus that does not fit is reported as where conversion broke.
 */
final class ConversionBench {

    private final BaseIri base;
    private final Path seed;

    ConversionBench(BaseIri base, Path seed) {
        this.base = base;
        this.seed = seed;
    }

    String run(List<Integer> sizes) throws IOException {
        MarkdownTable t = new MarkdownTable("articles", "facts", "quads", "convert s", "facts/s", "ms/article",
                "peak heap MB", "peak kB/article", "retained MB", "retained kB/article", "GC s");
        measure(t, "seed (1)", seed);
        for (int size : sizes) {
            Path dir = Files.createTempDirectory("sifara-corpus-" + size + "-");
            try {
                SyntheticCorpus.generate(seed, size, dir);
                System.err.println("  generated " + size + " articles in " + dir);
                measure(t, Integer.toString(size), dir);
            } finally {
                SyntheticCorpus.delete(dir);
            }
        }
        return t.render();
    }

    private void measure(MarkdownTable t, String label, Path dir) {
        System.gc();
        long baseline = heapUsed();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        long t0 = System.nanoTime();
        Conversion conversion;
        try {
            conversion = new Converter(base).convert(dir);
        } catch (OutOfMemoryError e) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            conversion = null;
            System.gc();
            t.row(label, "-", "-", "broke after " + Stats.num(seconds) + " s: OutOfMemoryError (max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)", "-", "-", "-", "-", "-", "-", "-");
            return;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double gcSeconds = (gcMillis() - gcBefore) / 1e3;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = heapUsed() - baseline;
        Conversion held = conversion;
        long quads = Txn.calculateRead(held.dataset(), () -> held.dataset().stream().count());
        int articles = held.articles();
        t.row(label, Long.toString(held.facts()), Long.toString(quads), Stats.num(seconds), Stats.num(held.facts() / seconds),
                Stats.num(seconds * 1000 / articles), Stats.num(peak / 1e6), Stats.num(peak / 1e3 / articles),
                retained(retained / 1e6), retained(retained / 1e3 / articles), Stats.num(gcSeconds));
        System.err.println("  converted " + label + " articles in " + Stats.num(seconds) + " s");
    }

    /** Retained heap is a difference of two GCs: for a tiny corpus it is lost in the noise, and may come out negative. */
    private static String retained(double value) {
        return value < 0 ? "~0" : Stats.num(value);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
