package org.sifara.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
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

    /**
     * Isomorphic once numbers are written one way: stores may keep a value and give back another
     * term for it (TDB2 gives "4000000000.0" for "4000000000"^^xsd:decimal, Virtuoso
     * "4000000000"^^xsd:integer), the same value in XSD's decimal value space, which integers share.
     */
    public static void assertSameValues(Graph expected, Graph actual, String what) {
        assertIsomorphic(numbersOneWay(expected), numbersOneWay(actual), what);
    }

    static Graph numbersOneWay(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(), number(t.getObject()))));
        return out;
    }

    /** A number as one canonical xsd:decimal term (other terms as they are). */
    public static Node number(Node n) {
        if (!n.isLiteral() || !(n.getLiteralDatatype() instanceof XSDDatatype xsd) || !isDecimal(xsd)) {
            return n;
        }
        try {
            return NodeFactory.createLiteralDT(new BigDecimal(n.getLiteralLexicalForm().strip()).stripTrailingZeros()
                    .toPlainString(), XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return n;
        }
    }

    /** xsd:decimal and the integer types derived from it. */
    private static boolean isDecimal(XSDDatatype type) {
        for (XSDDatatype t : new XSDDatatype[] {XSDDatatype.XSDdecimal, XSDDatatype.XSDinteger, XSDDatatype.XSDnonNegativeInteger,
                XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDnonPositiveInteger, XSDDatatype.XSDnegativeInteger,
                XSDDatatype.XSDlong, XSDDatatype.XSDint, XSDDatatype.XSDshort, XSDDatatype.XSDbyte,
                XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedInt, XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte}) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    public static String sortedNTriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines) + "\n";
    }
}
