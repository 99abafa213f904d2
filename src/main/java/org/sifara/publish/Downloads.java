package org.sifara.publish;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedWriter;

/** The whole dataset in every {@link RdfForm}, as {@code sifara.<ext>}. */
public final class Downloads {

    private final Map<RdfForm, DatasetDownload> files;

    Downloads(Map<RdfForm, ? extends DatasetDownload> files) {
        this.files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    /**
     * An in-memory dataset in every form, written once and held ready (sorted, fixed prefixes: the
     * same bytes on every start).
     */
    static Downloads of(DatasetGraph dataset, PrefixMap prefixes) {
        Map<RdfForm, Download> files = new EnumMap<>(RdfForm.class);
        new SortedWriter(prefixes).writeAll(dataset)
                .forEach((form, bytes) -> files.put(form, Download.of(form.datasetFile(), form.contentType(), bytes)));
        return new Downloads(files);
    }

    /** The download named {@code sifara.<ext>}, if there is one. */
    public Optional<DatasetDownload> named(String fileName) {
        return files.entrySet().stream().filter(e -> e.getKey().datasetFile().equals(fileName)).map(Map.Entry::getValue).findFirst();
    }

    public DatasetDownload get(RdfForm form) {
        return files.get(form);
    }

    /** Every download, in the order of {@link RdfForm}. */
    public Map<RdfForm, DatasetDownload> all() {
        return files;
    }
}
