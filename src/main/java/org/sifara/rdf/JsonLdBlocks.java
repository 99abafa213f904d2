package org.sifara.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;

/**
 * JSON-LD in blocks ({@link BlockWriter}): the head is the context (the fixed prefixes) and the
 * opening of {@code @graph}; a block is a comma and one node object per subject, in expanded value
 * form ({@code {"@id": ...}}, {@code {"@value": ..., "@language": ...}}), with IRIs compacted by the
 * prefixes. Jena's JSON-LD writer needs the whole graph in memory; these blocks need one graph's.
 */
final class JsonLdBlocks {

    private final PrefixMap prefixes;

    JsonLdBlocks(PrefixMap prefixes) {
        this.prefixes = prefixes;
    }

    static String head(PrefixMap prefixes) {
        StringBuilder b = new StringBuilder("{\n  \"@context\": {");
        String sep = "\n";
        for (var e : new TreeMap<>(prefixes.getMapping()).entrySet()) {
            b.append(sep).append("    ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
            sep = ",\n";
        }
        return b.append("\n  },\n  \"@graph\": [\n    {}").toString();
    }

    void write(Iterator<Triple> sorted, OutputStream stream) {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            BlockWriter.bySubject(sorted, (subject, triples) -> node(subject, triples, out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void node(Node subject, List<Triple> triples, Writer out) {
        try {
            out.write(",\n    {\"@id\": " + quote(id(subject)));
            Node predicate = null;
            for (Triple t : triples) {
                if (!t.getPredicate().equals(predicate)) {
                    out.write(predicate == null ? ",\n      " : "],\n      ");
                    predicate = t.getPredicate();
                    out.write(quote(iri(predicate)) + ": [");
                } else {
                    out.write(", ");
                }
                out.write(value(t.getObject()));
            }
            out.write(predicate == null ? "}" : "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String value(Node o) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String type = o.getLiteralDatatypeURI();
            StringBuilder b = new StringBuilder("{\"@value\": ").append(quote(o.getLiteralLexicalForm()));
            if (!lang.isEmpty()) {
                b.append(", \"@language\": ").append(quote(lang));
            } else if (type != null && !type.equals(XSDDatatype.XSDstring.getURI())) {
                b.append(", \"@type\": ").append(quote(iri(type)));
            }
            return b.append('}').toString();
        }
        return "{\"@id\": " + quote(id(o)) + "}";
    }

    private String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "x") : iri(n.getURI());
    }

    private String iri(Node n) {
        return iri(n.getURI());
    }

    private String iri(String iri) {
        String compact = prefixes.abbreviate(iri);
        return compact != null ? compact : iri;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
