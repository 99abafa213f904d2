package org.sifara.rdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Writes a whole-dataset file as a head, one block per named graph, and a tail, so that a file of
 * any size is the concatenation of blocks written one graph at a time, in any order and on any
 * thread, and a block changes only when its graph does. Each block is complete in itself for its
 * form: N-Triples lines; Turtle statements (the prefixes are in the head); a TriG graph block;
 * JSON-LD node objects of the head's {@code @graph} array (each after a comma: the head opens the
 * array with an empty node object, which has no triples); RDF/XML {@code rdf:Description}s. A
 * subject written in several graphs comes in several blocks, which RDF merges. Triples are written
 * in {@link SortedGraph} order, so a graph always gives the same bytes.
 */
public final class BlockWriter {

    private final PrefixMap prefixes;
    private final Map<RdfForm, byte[]> heads = new java.util.EnumMap<>(RdfForm.class);

    public BlockWriter(PrefixMap prefixes) {
        this.prefixes = prefixes;
        for (RdfForm form : RdfForm.values()) {
            heads.put(form, computeHead(form));
        }
    }

    /** What comes before the first block. */
    public byte[] head(RdfForm form) {
        return heads.get(form).clone();
    }

    /** What comes after the last block. */
    public byte[] tail(RdfForm form) {
        return switch (form) {
            case JSONLD -> "\n  ]\n}\n".getBytes(StandardCharsets.UTF_8);
            case RDFXML -> "</rdf:RDF>\n".getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
    }

    /** The blocks of one named graph in every form (the Turtle one written once, for TriG too). */
    public Map<RdfForm, byte[]> blocks(SortedGraph graph, Node graphName) {
        Map<RdfForm, byte[]> blocks = new java.util.EnumMap<>(RdfForm.class);
        for (RdfForm form : RdfForm.values()) {
            blocks.put(form, form == RdfForm.TRIG ? trig(graphName, blocks.get(RdfForm.TURTLE)) : block(graph, graphName, form));
        }
        return blocks;
    }

    /** A TriG graph block holds Turtle statements: the Turtle block, between braces. */
    private static byte[] trig(Node graphName, byte[] turtle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(turtle.length + 256);
        out.writeBytes(("\n" + NodeFmtLib.strNT(graphName) + " {\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(turtle);
        out.writeBytes("}\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The block of one named graph in one form. */
    public byte[] block(SortedGraph graph, Node graphName, RdfForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        switch (form) {
            case NTRIPLES -> stream(out, RdfForm.NTRIPLES, s -> graph.find().forEachRemaining(s::triple));
            case TURTLE -> stripHead(form, stream(out, form, s -> graph.find().forEachRemaining(s::triple)));
            case TRIG -> {
                return trig(graphName, block(graph, graphName, RdfForm.TURTLE));
            }
            case JSONLD -> new JsonLdBlocks(prefixes).write(graph.find(), out);
            case RDFXML -> new RdfXmlBlocks(prefixes).write(graph.find(), out);
        }
        byte[] bytes = out.toByteArray();
        if (form == RdfForm.TURTLE) {
            byte[] head = heads.get(form);
            return java.util.Arrays.copyOfRange(bytes, head.length, bytes.length);
        }
        return bytes;
    }

    private byte[] computeHead(RdfForm form) {
        return switch (form) {
            case TURTLE, TRIG -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stream(out, form, s -> { });
                yield out.toByteArray();
            }
            case JSONLD -> JsonLdBlocks.head(prefixes).getBytes(StandardCharsets.UTF_8);
            case RDFXML -> RdfXmlBlocks.head(prefixes).getBytes(StandardCharsets.UTF_8);
            case NTRIPLES -> new byte[0];
        };
    }

    private ByteArrayOutputStream stream(ByteArrayOutputStream out, RdfForm form, java.util.function.Consumer<StreamRDF> body) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, form.streamingFormat());
        stream.start();
        if (form == RdfForm.TURTLE || form == RdfForm.TRIG) {
            new TreeMap<>(prefixes.getMapping()).forEach(stream::prefix);
        }
        body.accept(stream);
        stream.finish();
        return out;
    }

    private void stripHead(RdfForm form, ByteArrayOutputStream out) {
        byte[] head = heads.get(form);
        byte[] bytes = out.toByteArray();
        for (int i = 0; i < head.length; i++) {
            if (i >= bytes.length || bytes[i] != head[i]) {
                throw new IllegalStateException("the " + form.label() + " writer did not begin a block with its prefixes");
            }
        }
    }

    /** Writes head, blocks and tail of a whole file (for tests and small datasets). */
    public void writeAll(List<byte[]> blocks, RdfForm form, OutputStream out) throws java.io.IOException {
        out.write(heads.get(form));
        for (byte[] block : blocks) {
            out.write(block);
        }
        out.write(tail(form));
    }

    /** Subjects' triples, one subject at a time, from triples sorted by subject. */
    static void bySubject(Iterator<Triple> sorted, java.util.function.BiConsumer<Node, List<Triple>> each) {
        List<Triple> group = new java.util.ArrayList<>();
        while (sorted.hasNext()) {
            Triple t = sorted.next();
            if (!group.isEmpty() && !group.get(0).getSubject().equals(t.getSubject())) {
                each.accept(group.get(0).getSubject(), group);
                group = new java.util.ArrayList<>();
            }
            group.add(t);
        }
        if (!group.isEmpty()) {
            each.accept(group.get(0).getSubject(), group);
        }
    }
}
