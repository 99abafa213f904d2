package org.sifara.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.IsoMatcher;

/** Compares graphs by isomorphism; on failure shows both as sorted N-Triples. */
public final class RdfAssert {

    private RdfAssert() {}

    public static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail(what + ": graphs differ (expected " + expected.size() + " triples, got " + actual.size() + ")\n"
                    + "--- expected\n" + sortedNTriples(expected) + "--- actual\n" + sortedNTriples(actual));
        }
    }

    public static String sortedNTriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines) + "\n";
    }
}
