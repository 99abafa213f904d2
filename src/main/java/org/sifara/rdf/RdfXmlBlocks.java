package org.sifara.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.util.SplitIRI;

/**
 * RDF/XML in blocks ({@link BlockWriter}): the head opens {@code rdf:RDF} with the fixed prefixes
 * as namespaces; a block is one {@code rdf:Description} per subject. A predicate in a namespace
 * that has no prefix declares its own on its element. Jena's RDF/XML writers need the whole graph;
 * these blocks need one graph's.
 */
final class RdfXmlBlocks {

    private final PrefixMap prefixes;
    private final Map<String, String> byNamespace = new TreeMap<>();

    RdfXmlBlocks(PrefixMap prefixes) {
        this.prefixes = prefixes;
        prefixes.getMapping().forEach((prefix, ns) -> byNamespace.put(ns, prefix));
    }

    static String head(PrefixMap prefixes) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        Map<String, String> all = new TreeMap<>(prefixes.getMapping());
        all.putIfAbsent("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        all.forEach((prefix, ns) -> b.append("\n    xmlns:").append(prefix).append("=\"").append(attribute(ns)).append('"'));
        return b.append(">\n").toString();
    }

    void write(Iterator<Triple> sorted, OutputStream stream) {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            BlockWriter.bySubject(sorted, (subject, triples) -> description(subject, triples, out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void description(Node subject, List<Triple> triples, Writer out) {
        try {
            out.write(subject.isBlank() ? "  <rdf:Description rdf:nodeID=\"" + nodeId(subject) + "\">\n"
                    : "  <rdf:Description rdf:about=\"" + attribute(subject.getURI()) + "\">\n");
            for (Triple t : triples) {
                property(t.getPredicate().getURI(), t.getObject(), out);
            }
            out.write("  </rdf:Description>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void property(String iri, Node o, Writer out) throws IOException {
        int split = SplitIRI.splitXML(iri);
        if (split <= 0 || split >= iri.length()) {
            throw new IllegalArgumentException("RDF/XML cannot write the property <" + iri + ">: it has no XML local name");
        }
        String ns = iri.substring(0, split);
        String prefix = byNamespace.get(ns);
        String name = (prefix != null ? prefix : "ns0") + ":" + iri.substring(split);
        StringBuilder b = new StringBuilder("    <").append(name);
        if (prefix == null) {
            b.append(" xmlns:ns0=\"").append(attribute(ns)).append('"');
        }
        if (o.isURI()) {
            b.append(" rdf:resource=\"").append(attribute(o.getURI())).append("\"/>\n");
        } else if (o.isBlank()) {
            b.append(" rdf:nodeID=\"").append(nodeId(o)).append("\"/>\n");
        } else {
            String lang = o.getLiteralLanguage();
            String type = o.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                b.append(" xml:lang=\"").append(attribute(lang)).append('"');
            } else if (type != null && !type.equals(XSDDatatype.XSDstring.getURI())) {
                b.append(" rdf:datatype=\"").append(attribute(type)).append('"');
            }
            b.append('>').append(text(o.getLiteralLexicalForm())).append("</").append(name).append(">\n");
        }
        out.write(b.toString());
    }

    private static String nodeId(Node blank) {
        return "b" + blank.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "x");
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    static String attribute(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
