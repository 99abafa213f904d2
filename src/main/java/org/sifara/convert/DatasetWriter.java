package org.sifara.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * replaces an output folder atomically: files go to a temporary folder beside it, which takes its
 * place only once every file is written.
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
     * Writes every format into {@code outDir}, replacing what was there only after all files are
     * written. On any failure the previous content of {@code outDir} is untouched.
     */
    public void writeAtomically(Path outDir) {
        checkReplaceable(outDir);
        Map<Format, byte[]> files = serializeAll();
        Path absolute = outDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path temp = parent.resolve("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        Path old = parent.resolve("." + absolute.getFileName() + ".old-" + UUID.randomUUID());
        boolean movedAside = false;
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temp);
            for (var file : files.entrySet()) {
                writeDurably(temp.resolve(file.getKey().fileName()), file.getValue());
            }
            if (Files.exists(absolute)) {
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                movedAside = true;
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            if (movedAside) {
                restore(old, absolute);
            }
            deleteQuietly(temp);
            throw new SifaraException("Cannot write the dataset to " + outDir + ": " + e.getMessage(), e);
        }
        deleteQuietly(old);
    }

    /** Writes a file and forces it to disk, so a crash after the swap cannot leave it empty. */
    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Puts the previous output back where it was, after the new one could not take its place. */
    private static void restore(Path old, Path absolute) {
        try {
            Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SifaraException("Cannot put the previous output back: it is in " + old + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refuses an output folder that replacing would destroy anything but an earlier output: a
     * file, a folder holding other files (such as the data folder), or the working folder or one
     * of its parents. A missing folder is fine.
     */
    public static void checkReplaceable(Path outDir) {
        Path absolute = outDir.toAbsolutePath().normalize();
        if (absolute.getParent() == null || Path.of("").toAbsolutePath().normalize().startsWith(absolute)) {
            throw new SifaraException("Refusing to replace " + outDir
                    + ": it holds the working folder; choose an output folder of its own, such as out");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new SifaraException("Refusing to replace " + outDir + ": it is not a folder");
        }
        try (Stream<Path> entries = Files.list(absolute)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !OUTPUT_FILES.contains(name))
                    .sorted().findFirst().ifPresent(name -> {
                        throw new SifaraException("Refusing to replace " + outDir + ": it holds " + name
                                + ", which convert did not write; choose an empty or new output folder");
                    });
        } catch (IOException e) {
            throw new SifaraException("Cannot read the output folder " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary folder does not touch the output
        }
    }
}
