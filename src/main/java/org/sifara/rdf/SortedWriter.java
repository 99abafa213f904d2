package org.sifara.rdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes graphs and datasets in any {@link RdfForm}, deterministically: triples sorted
 * ({@link SortedGraph}), prefixes fixed, graphs by name. Two runs on the same data give the same
 * bytes, so downloads, documents and answers keep their ETags across restarts.
 */
public final class SortedWriter {

    private final PrefixMap prefixes;

    public SortedWriter(PrefixMap prefixes) {
        this.prefixes = prefixes;
    }

    /** One graph in a graph form. */
    public byte[] write(Graph graph, RdfForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(sorted(graph), form, out);
        return out.toByteArray();
    }

    /** One graph, already sorted, in a graph form; N-Triples is streamed, the others pretty-printed. */
    public void write(SortedGraph graph, RdfForm form, OutputStream out) {
        if (!form.holdsGraph()) {
            throw new IllegalArgumentException(form.label() + " holds a dataset, not one graph");
        }
        if (form == RdfForm.NTRIPLES) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, form.format());
            stream.start();
            graph.find().forEachRemaining(stream::triple);
            stream.finish();
        } else {
            RDFWriter.source(graph).format(form.format()).output(out);
        }
    }

    /**
     * A dataset in any form: TriG keeps the named graphs apart (each sorted, graphs by name); the
     * graph forms get the union of all graphs. Runs inside the caller's read transaction.
     */
    public void write(DatasetGraph dataset, RdfForm form, OutputStream out) {
        if (form == RdfForm.TRIG) {
            writeTrig(dataset, out);
        } else {
            write(sorted(union(dataset)), form, out);
        }
    }

    /**
     * The dataset in every form, as bytes in the order of {@link RdfForm}: the union is sorted once
     * for all graph forms. Runs in a read transaction of its own.
     */
    public Map<RdfForm, byte[]> writeAll(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<RdfForm, byte[]> files = new LinkedHashMap<>();
            SortedGraph union = sortedUnion(dataset);
            for (RdfForm form : RdfForm.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (form.holdsGraph()) {
                    write(union, form, out);
                } else {
                    writeTrig(dataset, out);
                }
                files.put(form, out.toByteArray());
            }
            return files;
        });
    }

    /** The union of a dataset's graphs, sorted and with the fixed prefixes, for writing in several forms. */
    public SortedGraph sortedUnion(DatasetGraph dataset) {
        return sorted(union(dataset));
    }

    private SortedGraph sorted(Graph graph) {
        SortedGraph sorted = graph instanceof SortedGraph s ? s : new SortedGraph(graph);
        sorted.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
        return sorted;
    }

    private static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private void writeTrig(DatasetGraph dataset, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RdfForm.TRIG.format());
        stream.start();
        new TreeMap<>(prefixes.getMapping()).forEach(stream::prefix);
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(SortedGraph.NODES);
        for (Node name : names) {
            Iterator<Triple> triples = new SortedGraph(dataset.getGraph(name)).find();
            triples.forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        }
        stream.finish();
    }
}
