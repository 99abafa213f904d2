package org.sifara.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;
import org.sifara.rdf.RdfForm;
import org.sifara.store.BuildRecord;

/**
 * What a build records about a generation of a store, as far as publishing it goes: the build's
 * id, base and time, the hashes of the sources it was built from, the VoID figures, each named
 * graph (in download order) with its download parts, and each download's totals. A build adds rows
 * of its own ({@code extra}), which a publication ignores.
 *
 * @param graphs every named graph, in the order of the downloads
 */
public record StoreRecord(String buildId, BaseIri base, Instant built, String registryHash, String sharedHash,
        VoidFigures figures, List<Graph> graphs, Map<RdfForm, DownloadParts.Totals> downloads, List<String[]> extra) {

    /** The format of the rows; a store of another format is rebuilt. */
    public static final String FORMAT = "sifara-store 1";

    /** One named graph: its name, the article it holds (null for the registry and the ontology), and its parts. */
    public record Graph(Node name, String article, DownloadParts.GraphParts parts) {}

    public StoreRecord {
        graphs = List.copyOf(graphs);
        downloads = Map.copyOf(downloads);
        extra = List.copyOf(extra);
    }

    public void write(Path file) {
        BuildRecord.write(file, out -> {
            out.row("format", FORMAT);
            out.row("build", buildId);
            out.row("base", base.value());
            out.row("built", built.toString());
            out.row("sources", registryHash, sharedHash);
            out.row("figures", figures.toText());
            downloads.forEach((form, t) -> out.row("download", form.extension(), Long.toString(t.length()),
                    Long.toString(t.gzipLength()), Long.toString(t.crc()), t.etag()));
            for (Graph g : graphs) {
                List<String> row = new ArrayList<>(List.of("graph", g.name().getURI(), g.article() == null ? "" : g.article(),
                        g.parts().hash()));
                for (RdfForm form : RdfForm.values()) {
                    DownloadParts.Part p = g.parts().parts().get(form);
                    row.add(form.extension() + ":" + p.length() + ":" + p.deflated() + ":" + p.crc());
                }
                out.row(row);
            }
            extra.forEach(out::row);
        });
    }

    /** Reads a record; rows a publication does not know are kept in {@code extra}. */
    public static StoreRecord read(Path file) {
        String[] format = {null};
        String[] build = {null};
        String[] base = {null};
        String[] built = {null};
        String[] sources = {"", ""};
        String[] figures = {""};
        List<Graph> graphs = new ArrayList<>();
        Map<RdfForm, DownloadParts.Totals> downloads = new EnumMap<>(RdfForm.class);
        List<String[]> extra = new ArrayList<>();
        BuildRecord.read(file, row -> {
            switch (row[0]) {
                case "format" -> format[0] = row[1];
                case "build" -> build[0] = row[1];
                case "base" -> base[0] = row[1];
                case "built" -> built[0] = row[1];
                case "sources" -> {
                    sources[0] = row[1];
                    sources[1] = row[2];
                }
                case "figures" -> figures[0] = row[1];
                case "download" -> RdfForm.byExtension(row[1]).ifPresent(form -> downloads.put(form, new DownloadParts.Totals(
                        Long.parseLong(row[2]), Long.parseLong(row[3]), Long.parseLong(row[4]), row[5])));
                case "graph" -> graphs.add(graph(row));
                default -> extra.add(row);
            }
        });
        if (!FORMAT.equals(format[0]) || build[0] == null || base[0] == null || built[0] == null) {
            throw new SifaraException("sifara: " + file + " is not a build record this version of Sifara can read; rebuild the store");
        }
        return new StoreRecord(build[0], new BaseIri(base[0]), Instant.parse(built[0]), sources[0], sources[1],
                VoidFigures.parse(figures[0]), graphs, downloads, extra);
    }

    private static Graph graph(String[] row) {
        Map<RdfForm, DownloadParts.Part> parts = new EnumMap<>(RdfForm.class);
        for (int i = 4; i < row.length; i++) {
            String[] f = row[i].split(":");
            RdfForm.byExtension(f[0]).ifPresent(form -> parts.put(form,
                    new DownloadParts.Part(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]))));
        }
        return new Graph(NodeFactory.createURI(row[1]), row[2].isEmpty() ? null : row[2], new DownloadParts.GraphParts(row[3], parts));
    }
}
