package org.sifara.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sifara.config.BaseIri;
import org.sifara.publish.DownloadParts;
import org.sifara.publish.StoreRecord;
import org.sifara.publish.VoidFigures;
import org.sifara.rdf.RdfForm;
import org.sifara.store.DatasetStatistics;
import org.sifara.store.GraphFigures;

/**
 * The build record of a generation as a build assembles it: every named graph in download order
 * (the ontology, the registry, then the articles by slug), each with its download parts and its
 * figures, rebuilt or taken over from the previous record, and each article's entry.
 */
final class RecordDraft {

    private final Path data;
    private final List<StoreRecord.Graph> graphs = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    RecordDraft(Path data) {
        this.data = data;
    }

    void graph(StoreRecord.Graph graph) {
        graphs.add(graph);
    }

    void article(StoreRecord.Graph graph, ArticleEntry entry) {
        graphs.add(graph);
        rows.addAll(entry.rows(data));
    }

    /** The figures of the dataset, summed from the graphs'. */
    DatasetStatistics statistics() {
        return GraphFigures.sum(graphs.stream().map(StoreRecord.Graph::figures).toList());
    }

    StoreRecord record(String id, BaseIri base, Instant built, String registryHash, String sharedHash, VoidFigures figures,
            DownloadParts parts) {
        Map<RdfForm, DownloadParts.Totals> downloads = new EnumMap<>(RdfForm.class);
        List<DownloadParts.GraphParts> inOrder = graphs.stream().map(StoreRecord.Graph::parts).toList();
        for (RdfForm form : RdfForm.values()) {
            downloads.put(form, parts.totals(form, inOrder));
        }
        return new StoreRecord(id, base, built, registryHash, sharedHash, figures, graphs, downloads, rows);
    }
}
