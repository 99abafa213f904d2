package org.sifara.publish;

import java.util.EnumMap;
import java.util.Map;

import org.sifara.SifaraException;
import org.sifara.rdf.RdfForm;
import org.sifara.store.StoreDirectory;
import org.sifara.store.Tdb2Store;
import org.sifara.vocab.Prefixes;

/**
 * A publication of one generation of a store that {@code sifara build} wrote: nothing is
 * converted or read whole; the base, the time, the VoID figures and the downloads' parts come from
 * the build record, everything else from queries as it is asked for.
 */
public final class StorePublication {

    private StorePublication() {}

    /** Publishes an open generation; the publication closes it. */
    public static Publication of(StoreDirectory store, Tdb2Store generation) {
        StoreRecord record = generation.record().map(StoreRecord::readForServing).orElseThrow(() -> new SifaraException(
                "sifara: the store generation " + store.generation(generation.generation()) + " has no build record; rebuild it"));
        DownloadParts parts = new DownloadParts(store.parts(), Prefixes.forBase(record.base()));
        Map<RdfForm, DatasetDownload> files = new EnumMap<>(RdfForm.class);
        var graphs = record.graphs().stream().map(StoreRecord.Graph::parts).toList();
        record.downloads().forEach((form, totals) -> files.put(form, parts.download(form, graphs, totals)));
        return new Publication(record.base(), generation, record.built(), new Downloads(files), record.figures());
    }
}
