package org.sifara.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What a build recorded about a generation: rows of tab-separated fields, in a file beside the
 * database ({@code record-<build>.tsv}), which the database itself names (one triple in its own
 * default graph, which is not part of the published union), so that the record changes in the same
 * transaction as the data: a killed build leaves the previous record named. Each row starts with
 * its kind; fields escape tab, newline and backslash.
 */
public final class BuildRecord {

    private static final Node SUBJECT = NodeFactory.createURI("urn:sifara:build");
    private static final Node NAMES = NodeFactory.createURI("urn:sifara:record");

    private BuildRecord() {}

    /** The record file the database names, if it names one; read inside the caller's transaction. */
    public static Optional<Path> named(DatasetGraph dataset, Path generationDir) {
        var it = dataset.find(Quad.defaultGraphIRI, SUBJECT, NAMES, Node.ANY);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Path file = generationDir.resolve(it.next().getObject().getLiteralLexicalForm());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Makes the database name {@code file} as its record, inside the caller's write transaction. */
    public static void name(DatasetGraph dataset, Path file) {
        dataset.deleteAny(Quad.defaultGraphIRI, SUBJECT, NAMES, Node.ANY);
        dataset.add(Quad.defaultGraphIRI, SUBJECT, NAMES, NodeFactory.createLiteralString(file.getFileName().toString()));
    }

    /** Writes rows to a new file, and forces it to disk before the database may name it. */
    public static void write(Path file, Consumer<Writer> rows) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream stream = Channels.newOutputStream(channel);
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            rows.accept(new Writer(out));
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every row of a record file, in order. */
    public static void read(Path file, Consumer<String[]> row) {
        read(file, r -> {
            row.accept(r);
            return true;
        });
    }

    /** Reads the rows of a record file, in order, as long as {@code row} says to go on. */
    public static void read(Path file, java.util.function.Predicate<String[]> row) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty() && !row.test(Arrays.stream(line.split("\t", -1)).map(BuildRecord::unescape).toArray(String[]::new))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows. */
    public static final class Writer {
        private final BufferedWriter out;

        Writer(BufferedWriter out) {
            this.out = out;
        }

        public void row(String... fields) {
            row(Arrays.asList(fields));
        }

        public void row(List<String> fields) {
            try {
                List<String> escaped = new ArrayList<>(fields.size());
                fields.forEach(f -> escaped.add(escape(f == null ? "" : f)));
                out.write(String.join("\t", escaped));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
