package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sifara.config.BaseIri;
import org.sifara.config.ConvertConfig;
import org.sifara.testing.ExternalTool;
import org.sifara.testing.TestData;

/** Raptor's rapper, a parser that shares no code with Jena, reads the files we write. */
class IndependentParserTest {

    private static final Pattern COUNT = Pattern.compile("returned (\\d+) (triples|statements)");

    @TempDir
    static Path out;

    @BeforeAll
    static void write() {
        Converter.run(new ConvertConfig(TestData.DATA, out.resolve("dataset"), BaseIri.defaultBase()));
    }

    @ParameterizedTest(name = "rapper -i {1} {0}")
    @CsvSource({"sifara.ttl, turtle", "sifara.nt, ntriples", "sifara.rdf, rdfxml"})
    void rapperCountsTheSameTriplesAsJena(String file, String syntax) throws Exception {
        boolean installed = ExternalTool.installed("rapper");
        if (!installed) {
            ExternalTool.reportSkipped("rapper", "independent parse of " + file);
        }
        assumeTrue(installed, "rapper is not installed");
        Path path = out.resolve("dataset").resolve(file);
        ExternalTool.Result result = ExternalTool.run(List.of("rapper", "-i", syntax, "-c", path.toString()));

        assertEquals(0, result.exitCode(), result.stderr());
        Matcher m = COUNT.matcher(result.stderr());
        assertEquals(true, m.find(), result.stderr());
        Graph jena = RDFDataMgr.loadGraph(path.toString());
        assertEquals(jena.size(), Long.parseLong(m.group(1)), "rapper and Jena disagree on " + file);
        assertEquals(true, jena.size() > 2000, "the whole dataset, not a fragment: " + jena.size());
    }
}
