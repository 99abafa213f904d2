package org.sifara.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;
import org.sifara.vocab.Prefixes;

/**
 * Writes a dataset in every download format, deterministically (sorted, fixed prefixes), and
 * replaces an output folder atomically ({@link OutputFolder}): a reader finds the whole previous
 * output or the whole new one, never none.
 */
public final class DatasetWriter {

    /** A download format: its file name, media type and Jena language. */
    public enum Format {
        TRIG("sifara.trig", "application/trig", Lang.TRIG),
        TURTLE("sifara.ttl", "text/turtle", Lang.TURTLE),
        NTRIPLES("sifara.nt", "application/n-triples", Lang.NTRIPLES),
        JSONLD("sifara.jsonld", "application/ld+json", Lang.JSONLD),
        RDFXML("sifara.rdf", "application/rdf+xml", Lang.RDFXML);

        private final String fileName;
        private final String mediaType;
        private final Lang lang;

        Format(String fileName, String mediaType, Lang lang) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.lang = lang;
        }

        public String fileName() {
            return fileName;
        }

        public String mediaType() {
            return mediaType;
        }

        public Lang lang() {
            return lang;
        }

        /** The Content-Type header: text formats say UTF-8; JSON-LD and RDF/XML carry their own encoding. */
        public String contentType() {
            return this == JSONLD || this == RDFXML ? mediaType : mediaType + "; charset=utf-8";
        }
    }

    private static final Set<String> OUTPUT_FILES = Arrays.stream(Format.values())
            .map(Format::fileName).collect(Collectors.toUnmodifiableSet());

    private final DatasetGraph dataset;
    private final PrefixMap prefixes;

    public DatasetWriter(DatasetGraph dataset, BaseIri base) {
        this.dataset = dataset;
        this.prefixes = Prefixes.forBase(base);
    }

    /** Every format, as bytes, in the order of {@link Format}. */
    public Map<Format, byte[]> serializeAll() {
        return Txn.calculateRead(dataset, () -> {
            Map<Format, byte[]> files = new LinkedHashMap<>();
            SortedGraph union = new SortedGraph(unionGraph());
            union.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
            for (Format format : Format.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                write(format, union, out);
                files.put(format, out.toByteArray());
            }
            return files;
        });
    }

    private Graph unionGraph() {
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    private void write(Format format, SortedGraph union, OutputStream out) {
        switch (format) {
            case TRIG -> writeTrig(out);
            case NTRIPLES -> writeNTriples(union, out);
            case TURTLE -> RDFWriter.source(union).format(RDFFormat.TURTLE_PRETTY).output(out);
            case JSONLD -> RDFWriter.source(union).format(RDFFormat.JSONLD11_PRETTY).output(out);
            case RDFXML -> RDFWriter.source(union).format(RDFFormat.RDFXML_PLAIN).output(out);
        }
    }

    private void writeNTriples(SortedGraph union, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
        stream.start();
        union.find().forEachRemaining(stream::triple);
        stream.finish();
    }

    /** One named graph per article, the registry and the ontology, each sorted, graphs by name. */
    private void writeTrig(OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
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

    /**
     * Writes every format into {@code outDir}, replacing what was there in one atomic step once
     * every file is written ({@link OutputFolder}). On any failure the previous output is untouched.
     */
    public void writeAtomically(Path outDir) {
        OutputFolder folder = new OutputFolder(outDir, OUTPUT_FILES);
        folder.checkReplaceable(outDir);
        Map<String, byte[]> files = new LinkedHashMap<>();
        serializeAll().forEach((format, bytes) -> files.put(format.fileName(), bytes));
        try {
            folder.replace(files);
        } catch (IOException | UncheckedIOException e) {
            throw new SifaraException("Cannot write the dataset to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an output folder that replacing would destroy anything but an earlier output (a
     * file, a folder holding other files, the working folder), or that lies inside the data
     * folder. A missing folder is fine.
     */
    public static void checkOutput(Path outDir, Path dataDir) {
        OutputFolder folder = new OutputFolder(outDir, OUTPUT_FILES);
        folder.checkReplaceable(outDir);
        folder.checkOutside(outDir, dataDir);
    }
}
