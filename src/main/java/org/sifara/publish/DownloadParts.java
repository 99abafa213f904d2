package org.sifara.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.sifara.rdf.BlockWriter;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedGraph;

/**
 * The download files of a store, kept as parts: each named graph in each form, compressed, in a
 * file named by the graph's content ({@code parts/ab/<hash>.<ext>.dfl}). A build writes the parts
 * of the graphs it changed, once per content, for every generation to share; a download is the
 * head of its form, the parts of every graph in order, and its tail, joined as it is sent
 * ({@link PartsDownload}), in one gzip stream or inflated. So a rebuilt article rewrites its own
 * parts only, and no download is ever held in memory.
 */
public final class DownloadParts {

    /** One graph's part in one form: its length, its compressed length and its CRC-32. */
    public record Part(long length, long deflated, long crc) {}

    /** The parts of one graph in every form, and the hash of its content that names them. */
    public record GraphParts(String hash, Map<RdfForm, Part> parts) {
        public GraphParts {
            parts = Map.copyOf(parts);
        }
    }

    /** A whole download: its length plain and gzipped, its CRC-32 and its ETag. */
    public record Totals(long length, long gzipLength, long crc, String etag) {}

    private final Path dir;
    private final BlockWriter writer;

    public DownloadParts(Path dir, PrefixMap prefixes) {
        this.dir = dir;
        this.writer = new BlockWriter(prefixes);
    }

    /** Writes the parts of one graph that are not already kept (on any thread). */
    public GraphParts write(Graph graph, Node graphName) {
        SortedGraph sorted = graph instanceof SortedGraph s ? s : new SortedGraph(graph);
        Map<RdfForm, byte[]> blocks = writer.blocks(sorted, graphName);
        String hash = sha256(graphName.getURI().getBytes(StandardCharsets.UTF_8), blocks.get(RdfForm.NTRIPLES)).substring(0, 32);
        Map<RdfForm, Part> parts = new EnumMap<>(RdfForm.class);
        for (RdfForm form : RdfForm.values()) {
            byte[] bytes = blocks.get(form);
            byte[] deflated = JoinedGzip.deflatePart(bytes);
            keep(file(hash, form), deflated);
            parts.put(form, new Part(bytes.length, deflated.length, JoinedGzip.crc(bytes)));
        }
        return new GraphParts(hash, parts);
    }

    /** The figures of the download of {@code graphs} (in order) in one form. */
    public Totals totals(RdfForm form, List<GraphParts> graphs) {
        byte[] head = writer.head(form);
        byte[] tail = writer.tail(form);
        long length = head.length;
        long crc = JoinedGzip.crc(head);
        long gzip = JoinedGzip.FRAME_BYTES + JoinedGzip.deflatePart(head).length + JoinedGzip.deflatePart(tail).length;
        MessageDigest etag = digest();
        etag.update(form.extension().getBytes(StandardCharsets.UTF_8));
        for (GraphParts g : graphs) {
            Part p = g.parts().get(form);
            crc = JoinedGzip.combine(crc, p.crc(), p.length());
            length += p.length();
            gzip += p.deflated();
            etag.update(g.hash().getBytes(StandardCharsets.UTF_8));
        }
        crc = JoinedGzip.combine(crc, JoinedGzip.crc(tail), tail.length);
        length += tail.length;
        return new Totals(length, gzip, crc, "\"" + HexFormat.of().formatHex(etag.digest(), 0, 12) + "\"");
    }

    /** The download of {@code graphs} (in order) in one form, with its {@link #totals}. */
    public DatasetDownload download(RdfForm form, List<GraphParts> graphs, Totals totals) {
        return new PartsDownload(this, form, graphs.stream().map(g -> file(g.hash(), form)).toList(), totals);
    }

    byte[] head(RdfForm form) {
        return writer.head(form);
    }

    byte[] tail(RdfForm form) {
        return writer.tail(form);
    }

    Path file(String hash, RdfForm form) {
        return dir.resolve(hash.substring(0, 2)).resolve(hash + "." + form.extension() + ".dfl");
    }

    /** Deletes every part in {@code dir} not named by one of {@code hashes} (those of the generations kept). */
    public static void keepOnly(Path dir, Collection<String> hashes) {
        Set<String> keep = Set.copyOf(hashes);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot > 0 && !keep.contains(name.substring(0, dot))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keep(Path file, byte[] bytes) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(tmp);
                if (!Files.exists(file)) {
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[]... chunks) {
        MessageDigest d = digest();
        for (byte[] c : chunks) {
            d.update(c);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
