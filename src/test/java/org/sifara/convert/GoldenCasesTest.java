package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.cli.Main;
import org.sifara.config.BaseIri;
import org.sifara.testing.TestData;

/**
 * One dynamic test per folder under {@code src/test/resources/cases/}, each with exactly one
 * expectation (a folder with neither fails): a folder with
 * {@code expected.trig} must convert to exactly that (by isomorphism, ontology graph aside); a
 * folder with {@code expected-error.txt} must fail through the CLI with exactly those lines, exit
 * 1, and leave a previous output folder byte for byte as it was.
 */
class GoldenCasesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(TestData.CASES)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no golden cases found");
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
                    assertTrue(Files.exists(c.resolve("expected.trig")) ^ Files.exists(c.resolve("expected-error.txt")),
                            c + " needs exactly one of expected.trig and expected-error.txt: a case without an expectation "
                                    + "tests nothing");
                    if (Files.exists(c.resolve("expected.trig"))) {
                        convertsTo(c);
                    } else {
                        failsWith(c);
                    }
                }));
    }

    private void convertsTo(Path caseDir) {
        Conversion conversion = new Converter(BaseIri.defaultBase()).convert(caseDir.resolve("data"));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(caseDir.resolve("expected.trig").toString());
        DatasetGraph actual = DatasetGraphFactory.createGeneral();
        Txn.executeRead(conversion.dataset(), () -> conversion.dataset().listGraphNodes().forEachRemaining(name -> {
            if (!name.getURI().endsWith("/graph/ontology")) {
                actual.addGraph(name, conversion.dataset().getGraph(name));
            }
        }));
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(caseDir + ": the conversion differs from expected.trig\n--- expected\n" + sortedNQuads(expected)
                    + "--- actual\n" + sortedNQuads(actual));
        }
    }

    private void failsWith(Path caseDir) throws IOException {
        Path out = temp.resolve(caseDir.getFileName() + "-out");
        assertEquals(0, cli("convert", "--data", TestData.CASES.resolve("minimal-meeting/data").toString(),
                "--out", out.toString()).exitCode, "a valid conversion should prepare the output folder");
        Map<String, byte[]> before = TestData.snapshot(out);

        Run run = cli("convert", "--data", caseDir.resolve("data").toString(), "--out", out.toString());

        List<String> expected = Files.readAllLines(caseDir.resolve("expected-error.txt"), StandardCharsets.UTF_8);
        List<String> actual = run.err.lines().map(l -> l.replace(caseDir + "/", "")).toList();
        assertEquals(expected, actual, "error lines of " + caseDir);
        assertEquals(Main.EXIT_DATA_ERROR, run.exitCode);
        assertTrue(run.out.isEmpty(), "nothing on standard output after a failure");
        assertFalse(run.err.contains("\tat "), "no stack trace");
        Map<String, byte[]> after = TestData.snapshot(out);
        assertEquals(before.keySet(), after.keySet(), "the previous output keeps its files");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " changed"));
        Path current = out.resolveSibling(Files.readSymbolicLink(out));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(current, out), siblings.filter(p -> p.getFileName().toString().contains(out.getFileName().toString()))
                    .sorted().toList(), "no temporary folder is left behind, only the output's own");
        }
    }

    /** A dataset as sorted N-Quads, so that two can be compared line by line. */
    private static String sortedNQuads(DatasetGraph dsg) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dsg, org.apache.jena.riot.Lang.NQUADS);
        return out.toString().lines().sorted().collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    record Run(int exitCode, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
