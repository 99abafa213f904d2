package org.sifara.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sifara.config.BaseIri;
import org.sifara.testing.TestData;
import org.sifara.vocab.Prefixes;

/**
 * One dynamic test per saved query: it parses, its header parses, it runs on the seed article's
 * data with its default parameters, and its answer equals the golden result in
 * {@code src/test/resources/query-results/<name>.tsv}, term by term, in order where the query orders.
 * The golden results were written by hand from the article, not copied from a run.
 */
class SavedQueriesTest {

    static final Path GOLDEN = Path.of("src/test/resources/query-results");

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsGoldenAnswer() {
        QueryCatalogue catalogue = QueryCatalogue.load(BaseIri.defaultBase());
        assertEquals(14, catalogue.all().size(), "every saved query is in the build");
        QueryRunner runner = new QueryRunner(TestData.queryableSeed());
        return catalogue.all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            assertFalse(q.header().summary().isBlank());
            Answer answer = runner.run(q, Map.of());
            byte[] tsv = ResultFormat.TSV.write(answer, Prefixes.forBase(BaseIri.defaultBase()));
            Path golden = GOLDEN.resolve(q.name() + ".tsv");
            if (!Files.exists(golden)) {
                fail("no golden result " + golden + "; the query answered:\n" + new String(tsv, StandardCharsets.UTF_8));
            }
            ResultSetRewindable expected = read(Files.readAllBytes(golden));
            ResultSetRewindable actual = read(tsv);
            boolean ordered = q.query().hasOrderBy();
            boolean same = ordered ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            if (!same) {
                fail(q.name() + " differs from " + golden + (ordered ? " (order counts)" : "") + "\n--- expected\n"
                        + Files.readString(golden) + "--- actual\n" + new String(tsv, StandardCharsets.UTF_8));
            }
        }));
    }

    private static ResultSetRewindable read(byte[] tsv) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(tsv), ResultSetLang.RS_TSV);
        return rs.rewindable();
    }

    @Test
    void theComparisonCanFail() throws Exception {
        ResultSetRewindable golden = read(Files.readAllBytes(GOLDEN.resolve("external-links.tsv")));
        String changed = Files.readString(GOLDEN.resolve("external-links.tsv")).replace("Q843", "Q844");
        assertFalse(ResultSetCompare.equalsByTerm(golden, read(changed.getBytes(StandardCharsets.UTF_8))));
    }
}
