package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.cli.Main;
import org.sifara.rdf.RdfForm;
import org.sifara.testing.TestData;

/**
 * The converter under hostile input. Each dynamic test copies the real data folder, applies one
 * {@link Mutation} (drawn with a fixed seed, so that a failure reproduces by its name) and runs
 * {@code sifara convert} through the CLI API into an output folder that holds a previous valid
 * conversion. Whatever the input, the run either succeeds with a dataset every parser reads, or
 * exits 1 with one {@code file:line:column: message} line per error (warnings aside), no stack
 * trace, nothing on standard output, the previous output byte for byte as it was and nothing
 * half-written beside it. A run that takes longer than {@link #HANG} is a hang.
 *
 * <p>{@code mvn verify} runs a sample of them ({@link #sample}); {@code mvn -Phostile test} all
 * of them. To rerun some mutations only: {@code mvn test -Dtest=HostileFactsTest
 * -Dhostile.only='amount'} (a part of their names).
 */
class HostileFactsTest {

    private static final long SEED = 20_260_203L;
    /** About a fifth of the mutations: some 25 seconds instead of two minutes. */
    static final int DEFAULT_SAMPLE = 100;
    /** The slowest mutation takes two seconds: only a hang comes near this. */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final Pattern PROBLEM = Pattern.compile("(?<file>[^:]+):(?<line>\\d+):(?<column>\\d+): (?<message>.+)");
    private static final String WARNING = "warning: ";
    /**
     * A message quotes at most one value in full, and values are at most 10 000 characters: a
     * longer line quotes what no limit bounds (a key of 100 000 characters did).
     */
    private static final int LONGEST_MESSAGE = 12_000;

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyMutationFailsCleanlyOrConverts() {
        Map<String, byte[]> previous = previousOutput();
        List<Mutation> all = mutations(new Random(SEED));
        Set<String> names = new HashSet<>();
        List<String> repeated = all.stream().map(Mutation::name).filter(n -> !names.add(n)).toList();
        assertEquals(List.of(), repeated, "each mutation has its own name, so that a failure says which one");
        String only = System.getProperty("hostile.only", "");
        List<Mutation> mutations = sample(all.stream().filter(m -> m.name().contains(only)).toList());
        return IntStream.range(0, mutations.size()).mapToObj(i -> dynamicTest(mutations.get(i).name(),
                () -> survives(mutations.get(i), previous, temp.resolve("run-" + i))));
    }

    /**
     * A sample of the mutations, so that the suite stays fast: {@code hostile.sample} of them
     * (default {@value #DEFAULT_SAMPLE}; {@code all} for every one, as {@code mvn -Phostile test}
     * does), drawn with {@code hostile.seed} (default: today's date, so that the sample moves from
     * day to day and in time covers them all). A failure names its mutation, and
     * {@code -Dhostile.only=<name>} reruns it whatever the sample.
     */
    static List<Mutation> sample(List<Mutation> mutations) {
        String size = System.getProperty("hostile.sample", "");
        int n = size.isBlank() ? DEFAULT_SAMPLE : size.equals("all") ? mutations.size() : Integer.parseInt(size);
        if (n >= mutations.size() || !System.getProperty("hostile.only", "").isEmpty()) {
            return mutations;
        }
        long seed = Long.getLong("hostile.seed", Long.parseLong(LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)));
        System.out.println("HostileFactsTest: " + n + " of " + mutations.size() + " mutations, drawn with -Dhostile.seed=" + seed
                + " (mvn -Phostile test runs them all)");
        List<Integer> order = new ArrayList<>(IntStream.range(0, mutations.size()).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        return order.subList(0, n).stream().sorted().map(mutations::get).toList();
    }

    /**
     * Every mutation, in a fixed order, so that the seeded choices are the same on every run. The
     * counts keep the class near 40 seconds: a refused input costs some 40 ms, a converted one 400.
     */
    static List<Mutation> mutations(Random random) {
        List<Mutation> all = new ArrayList<>();
        FileMutations facts = new FileMutations(random, TestData.DATA, Mutation.FACTS);
        all.addAll(facts.encodings());
        all.addAll(facts.bytes(14));
        all.addAll(facts.lines(14, true));
        FileMutations entities = new FileMutations(random, TestData.DATA, Mutation.ENTITIES);
        all.addAll(entities.encodings());
        all.addAll(entities.bytes(5));
        all.addAll(entities.lines(5, true));
        FileMutations links = new FileMutations(random, TestData.DATA, Mutation.LINKS);
        all.addAll(links.bytes(2));
        all.addAll(links.lines(2, true));
        FileMutations text = new FileMutations(random, TestData.DATA, Mutation.TEXT);
        all.addAll(text.encodings());
        all.addAll(text.bytes(4));
        all.addAll(text.lines(2, false));
        all.addAll(new FactsMutations(random, TestData.DATA).all());
        all.addAll(new ValueMutations().all());
        all.addAll(new YamlMutations().all());
        all.addAll(new FolderMutations(random).all());
        return all;
    }

    private Map<String, byte[]> previousOutput() {
        Path out = temp.resolve("previous");
        Run run = cli("convert", "--data", TestData.DATA.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode, "the real data must convert: " + run.err);
        Map<String, byte[]> files = TestData.snapshot(out);
        assertEquals(formatFiles(), files.keySet());
        return files;
    }

    private void survives(Mutation mutation, Map<String, byte[]> previous, Path dir) throws IOException {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        try {
            TestData.copyTree(TestData.DATA, data);
            mutation.change().apply(data);
            Files.createDirectories(out);
            for (var file : previous.entrySet()) {
                Files.write(out.resolve(file.getKey()), file.getValue());
            }
            Run run = assertTimeoutPreemptively(HANG,
                    () -> cli("convert", "--data", data.toString(), "--out", out.toString()),
                    () -> "no answer within " + HANG + ": a hang");
            assertTrue(run.exitCode == 0 || run.exitCode == Main.EXIT_DATA_ERROR,
                    () -> "exit code " + run.exitCode + ", expected 0 or 1; standard error:\n" + excerpt(run.err));
            for (String crash : List.of("Exception", "\tat ", "java.", "Error:")) {
                assertFalse(run.err.contains(crash), () -> "a stack trace or an internal error:\n" + excerpt(run.err));
            }
            if (run.exitCode == 0) {
                converted(mutation, run, data, out);
            } else {
                refused(mutation, run, data, out, previous);
            }
            List<String> expected = new ArrayList<>(List.of("data", "out"));
            if (Files.isSymbolicLink(out)) {
                expected.add(Files.readSymbolicLink(out).toString()); // the output's own folder
            }
            try (Stream<Path> beside = Files.list(dir)) {
                assertEquals(expected.stream().sorted().toList(), beside.map(p -> p.getFileName().toString()).sorted().toList(),
                        "nothing half-written is left beside the output folder");
            }
        } finally {
            TestData.deleteTree(dir);
        }
    }

    private static void refused(Mutation mutation, Run run, Path data, Path out, Map<String, byte[]> previous) {
        assertEquals("", run.out, "nothing on standard output after a failure");
        List<String> errors = problems(run.err, data).stream().filter(l -> !l.startsWith(WARNING)).toList();
        assertFalse(errors.isEmpty(), () -> "exit 1 must say what is wrong, and did not:\n" + excerpt(run.err));
        String expected = mutation.expectedError();
        if (expected != null && !expected.isEmpty()) {
            assertTrue(errors.stream().anyMatch(l -> l.contains(expected)),
                    () -> "no error says '" + expected + "':\n" + excerpt(run.err));
        }
        Map<String, byte[]> after = TestData.snapshot(out);
        assertEquals(previous.keySet(), after.keySet(), "the previous output keeps its files");
        previous.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " of the previous output changed"));
    }

    private static void converted(Mutation mutation, Run run, Path data, Path out) {
        assertNull(mutation.expectedError(), () -> "this input must be refused, but it converted; standard error:\n"
                + excerpt(run.err));
        assertTrue(run.out.startsWith("Converted ") && run.out.lines().count() == 1, () -> "one line of success: " + run.out);
        List<String> notWarnings = problems(run.err, data).stream().filter(l -> !l.startsWith(WARNING)).toList();
        assertEquals(List.of(), notWarnings, "a successful run prints warnings only");
        assertEquals(formatFiles(), TestData.snapshot(out).keySet(), "every format is written");
        for (RdfForm format : RdfForm.values()) {
            RDFParser.source(out.resolve(format.datasetFile())).lang(format.lang())
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(StreamRDFLib.sinkNull());
        }
    }

    /** The lines of standard error, each checked to be {@code [warning: ]file:line:column: message}. */
    private static List<String> problems(String err, Path data) {
        List<String> lines = err.lines().toList();
        for (String line : lines) {
            Matcher m = PROBLEM.matcher(line.startsWith(WARNING) ? line.substring(WARNING.length()) : line);
            assertTrue(m.matches(), () -> "not 'file:line:column: message': " + abbreviate(line) + "\nin:\n" + excerpt(err));
            assertTrue(Path.of(m.group("file")).startsWith(data), () -> "names no file of the data folder: " + abbreviate(line));
            assertTrue(Long.parseLong(m.group("line")) >= 1 && Long.parseLong(m.group("column")) >= 1,
                    () -> "lines and columns count from 1: " + abbreviate(line));
            assertTrue(m.group("message").length() <= LONGEST_MESSAGE + m.group("file").length(),
                    () -> "a message of " + m.group("message").length() + " characters: " + abbreviate(line));
        }
        return lines;
    }

    private static Set<String> formatFiles() {
        return Arrays.stream(RdfForm.values()).map(RdfForm::datasetFile).collect(Collectors.toSet());
    }

    private static String excerpt(String text) {
        return text.lines().limit(20).map(HostileFactsTest::abbreviate).collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String line) {
        return line.length() <= 400 ? line : line.substring(0, 400) + "... (" + line.length() + " characters)";
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
