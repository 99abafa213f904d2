package org.sifara.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;
import org.sifara.rdf.RdfForm;
import org.sifara.store.BuildRecord;
import org.sifara.store.GraphFigures;

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
    public static final String FORMAT = "sifara-store 2";

    /**
     * One named graph: its name, the article it holds (null for the registry and the ontology), its
     * download parts, and what it adds to the dataset's figures.
     */
    public record Graph(Node name, String article, DownloadParts.GraphParts parts, GraphFigures figures) {}

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
            // The sets of properties and of classes, each written once: most articles use the same ones.
            Map<Set<String>, Integer> sets = new LinkedHashMap<>();
            for (Graph g : graphs) {
                for (Set<String> set : List.of(g.figures().predicates(), g.figures().classes())) {
                    if (!sets.containsKey(set)) {
                        sets.put(set, sets.size());
                        List<String> row = new ArrayList<>(List.of("set", Integer.toString(sets.size() - 1)));
                        row.addAll(new TreeSet<>(set));
                        out.row(row);
                    }
                }
            }
            for (Graph g : graphs) {
                GraphFigures f = g.figures();
                List<String> row = new ArrayList<>(List.of("graph", g.name().getURI(), g.article() == null ? "" : g.article(),
                        g.parts().hash(), Long.toString(f.triples()), Long.toString(f.subjects()), Long.toString(f.entities()),
                        Integer.toString(sets.get(f.predicates())), Integer.toString(sets.get(f.classes()))));
                for (RdfForm form : RdfForm.values()) {
                    DownloadParts.Part p = g.parts().parts().get(form);
                    row.add(form.extension() + ":" + p.length() + ":" + p.deflated() + ":" + p.crc());
                }
                out.row(row);
            }
            extra.forEach(out::row);
        });
    }

    /** Reads a record; rows a publication does not know are kept in {@code extra} (for the next build). */
    public static StoreRecord read(Path file) {
        return read(file, true);
    }

    /**
     * Reads what serving needs of a record, and stops at the first row it does not know: the
     * build's own rows (every article's ids) come last, and a server has no use for them.
     */
    public static StoreRecord readForServing(Path file) {
        return read(file, false);
    }

    private static StoreRecord read(Path file, boolean keepExtra) {
        String[] format = {null};
        String[] build = {null};
        String[] base = {null};
        String[] built = {null};
        String[] sources = {"", ""};
        String[] figures = {""};
        List<Graph> graphs = new ArrayList<>();
        Map<RdfForm, DownloadParts.Totals> downloads = new EnumMap<>(RdfForm.class);
        List<String[]> extra = new ArrayList<>();
        Map<Integer, Set<String>> sets = new HashMap<>();
        BuildRecord.read(file, (String[] row) -> {
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
                case "set" -> sets.put(Integer.parseInt(row[1]), Set.of(Arrays.copyOfRange(row, 2, row.length)));
                case "graph" -> graphs.add(graph(row, sets));
                default -> {
                    if (!keepExtra) {
                        return false;
                    }
                    extra.add(row);
                }
            }
            return true;
        });
        if (!FORMAT.equals(format[0]) || build[0] == null || base[0] == null || built[0] == null) {
            throw new SifaraException("sifara: " + file + " is not a build record this version of Sifara can read; rebuild the store");
        }
        return new StoreRecord(build[0], new BaseIri(base[0]), Instant.parse(built[0]), sources[0], sources[1],
                VoidFigures.parse(figures[0]), graphs, downloads, extra);
    }

    private static Graph graph(String[] row, Map<Integer, Set<String>> sets) {
        GraphFigures figures = new GraphFigures(Long.parseLong(row[4]), Long.parseLong(row[5]), Long.parseLong(row[6]),
                sets.get(Integer.parseInt(row[7])), sets.get(Integer.parseInt(row[8])));
        Map<RdfForm, DownloadParts.Part> parts = new EnumMap<>(RdfForm.class);
        for (int i = 9; i < row.length; i++) {
            String[] f = row[i].split(":");
            RdfForm.byExtension(f[0]).ifPresent(form -> parts.put(form,
                    new DownloadParts.Part(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]))));
        }
        return new Graph(NodeFactory.createURI(row[1]), row[2].isEmpty() ? null : row[2], new DownloadParts.GraphParts(row[3], parts),
                figures);
    }
}
