package org.sifara.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;

/**
 * Whether a route answers the same from two servers (one over the embedded store, one over a
 * remote store): the same status, type, Location, Link and Last-Modified, and a body that means
 * the same. HTML and JSON must be the same text; RDF the same graphs once numbers are written one
 * way (a store may give back {@code "4000000000"^^xsd:integer} for a decimal of that value); SPARQL
 * results the same rows, in the same order when the query orders them. Only what a remote store
 * cannot know is left out: the byte sizes of downloads it writes as it sends them.
 */
public final class SameAnswers {

    private SameAnswers() {}

    /** Asks both servers for {@code path} with {@code accept} and compares the answers. */
    public static void assertSame(TestServer expected, TestServer actual, String path, String accept) throws Exception {
        HttpResponse<byte[]> e = expected.get(path, "Accept", accept, "Accept-Language", "en");
        HttpResponse<byte[]> a = actual.get(path, "Accept", accept, "Accept-Language", "en");
        String what = path + " (" + accept + ")";
        assertEquals(e.statusCode(), a.statusCode(), what + ": status; remote said " + text(a.body()));
        for (String header : List.of("Content-Type", "Location", "Link", "Last-Modified", "X-Sifara-Truncated")) {
            assertEquals(e.headers().firstValue(header), a.headers().firstValue(header), what + ": " + header);
        }
        if (e.statusCode() != 200) {
            return;
        }
        String type = e.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (type.startsWith("application/sparql-results+json")) {
            assertEquals(rows(e.body(), true), rows(a.body(), true), what + ": rows (in order: every query here orders its answer fully)");
        } else if (RDFLanguages.contentTypeToLang(type) != null && !type.equals("text/plain") && !type.equals("text/html")) {
            Lang lang = RDFLanguages.contentTypeToLang(type);
            RdfAssert.assertSameValues(quads(e.body(), lang), quads(a.body(), lang), what);
        } else {
            String expectedText = text(e.body());
            String actualText = text(a.body());
            if (!expectedText.equals(actualText)) {
                assertEquals(firstDifference(expectedText, actualText, false), firstDifference(expectedText, actualText, true),
                        what + ": the first line that differs");
            }
        }
    }

    /** Every graph of an RDF body as one graph of quads (graph name as a fourth term), without download sizes. */
    private static Graph quads(byte[] body, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("http://example.invalid/").parse(ds);
        Graph out = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining((Quad q) -> {
            if (!q.getPredicate().equals(DCAT.byteSize.asNode())) {
                Node g = q.getGraph();
                out.add(org.apache.jena.graph.Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
                if (!Quad.isDefaultGraph(g)) {
                    out.add(org.apache.jena.graph.Triple.create(g, org.apache.jena.graph.NodeFactory.createURI("urn:x-sifara-test:holds"),
                            org.apache.jena.graph.NodeFactory.createLiteralString(q.getSubject() + " " + q.getPredicate() + " "
                                    + RdfAssert.number(q.getObject()))));
                }
            }
        });
        return out;
    }

    /** The rows of a JSON answer, each as its sorted bindings with numbers one way; sorted unless the query orders them. */
    private static List<String> rows(byte[] json, boolean ordered) {
        String text = text(json);
        if (text.contains("\"boolean\"")) {
            return List.of(text.replaceAll("\\s", ""));
        }
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json));
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(row -> {
            TreeSet<String> cells = new TreeSet<>();
            row.varNames().forEachRemaining(v -> cells.add(v + "=" + Optional.ofNullable(row.get(v)).map(n -> RdfAssert.number(n.asNode()))
                    .map(Object::toString).orElse("")));
            rows.add(String.join(" ", cells));
        });
        if (!ordered) {
            rows.sort(null);
        }
        return rows;
    }

    /** The first line where two texts differ, of the one or the other. */
    private static String firstDifference(String expected, String actual, boolean ofActual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "(end)";
            String al = i < a.size() ? a.get(i) : "(end)";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": " + (ofActual ? al : el);
            }
        }
        return "";
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
