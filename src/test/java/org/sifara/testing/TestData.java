package org.sifara.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.config.BaseIri;
import org.sifara.config.ConvertConfig;
import org.sifara.config.QueryLimits;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.rdf.RdfForm;
import org.sifara.store.QueryGuard;
import org.sifara.store.UnionDefaultGraph;

/** The project's real data, converted once per test JVM, and helpers for copies of data folders. */
public final class TestData {

    public static final Path DATA = Path.of("data");
    public static final Path CASES = Path.of("src/test/resources/cases");
    private static final Map<BaseIri, Conversion> SEED = new HashMap<>();
    private static final QueryGuard GUARD = QueryGuard.forThisJena();
    private static DatasetGraph queryable;
    private static DatasetGraph converted;

    private TestData() {}

    /** The seed data converted with the default base (cached: the data is read-only). */
    public static synchronized Conversion seed() {
        return SEED.computeIfAbsent(BaseIri.defaultBase(), b -> new Converter(b).convert(DATA));
    }

    /**
     * What the converter wrote for the seed data, read back by RIOT from {@code sifara.trig}: the
     * expected triples for the server's downloads, documents and graphs, independent of the
     * server's own publication. Converted once per test JVM into a temporary folder.
     */
    public static synchronized DatasetGraph convertedOutput() {
        if (converted == null) {
            try {
                Path out = Files.createTempDirectory("sifara-expected-");
                Converter.run(new ConvertConfig(DATA, out.resolve("out"), BaseIri.defaultBase()));
                converted = RDFDataMgr.loadDatasetGraph(out.resolve("out").resolve(RdfForm.TRIG.datasetFile()).toString());
                deleteTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return converted;
    }

    /**
     * The seed data as the server and the command line query it: the union view, guarded with the
     * default limits. The guard's timer is a daemon, shared by the tests of a JVM.
     */
    public static synchronized DatasetGraph queryableSeed() {
        if (queryable == null) {
            queryable = GUARD.guard(UnionDefaultGraph.over(seed().dataset()), QueryLimits.defaults());
        }
        return queryable;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything under it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with its bytes, to compare a folder before and after. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new HashMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir.toRealPath())) {
            Path real = dir.toRealPath();
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                files.put(real.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
