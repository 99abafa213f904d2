package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The guard must not change what a query means: every W3C SPARQL 1.0 and 1.1 query-evaluation
 * test is run through Sifara's guarded query stack and through plain ARQ, and each must pass or
 * fail the same way on both. Plain ARQ's own count is checked too, so a broken harness (every
 * test failing on both sides) cannot pass.
 */
class W3cQueryEvaluationTest {

    /** A copy of w3c/rdf-tests {@code sparql/sparql10} and parts of {@code sparql/sparql11}, with its licence (see its README). */
    static final Path SUITE = Path.of("src/test/resources/w3c/sparql-query-eval");

    /** Measured with Jena 5.6.0, answers compared by term (see the suite's README). */
    static final int TESTS = 508;
    static final int PLAIN_ARQ_PASSES = 483;

    static EvaluationManifest suite() {
        List<Path> manifests = new ArrayList<>();
        manifests.add(SUITE.resolve("sparql10/manifest.ttl"));
        try (Stream<Path> dirs = Files.list(SUITE.resolve("sparql11"))) {
            dirs.sorted().map(d -> d.resolve("manifest.ttl")).filter(Files::exists).forEach(manifests::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return EvaluationManifest.read(manifests);
    }

    @TestFactory
    Stream<DynamicTest> guardedAnswersAsPlainArq() {
        return suite().cases().stream().map(test -> DynamicTest.dynamicTest(test.toString(), () -> {
            EvaluationRun.Result plain = EvaluationRun.run(test, false);
            EvaluationRun.Result guarded = EvaluationRun.run(test, true);
            assertEquals(plain.outcome(), guarded.outcome(),
                    () -> "plain ARQ: " + plain + "; guarded: " + guarded);
        }));
    }

    @Test
    void plainArqPassesAsMeasured() {
        List<EvaluationManifest.Case> cases = suite().cases();
        assertEquals(TESTS, cases.size(), "evaluation tests in the suite");
        List<String> failing = new ArrayList<>();
        for (EvaluationManifest.Case test : cases) {
            EvaluationRun.Result plain = EvaluationRun.run(test, false);
            if (plain.outcome() != EvaluationRun.Outcome.PASS) {
                failing.add(test + " (" + plain + ")");
            }
        }
        assertEquals(TESTS - PLAIN_ARQ_PASSES, failing.size(), () -> "not passing on plain ARQ: " + failing);
    }
}
