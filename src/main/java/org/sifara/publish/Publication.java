package org.sifara.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.convert.DataFolder;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedWriter;
import org.sifara.store.UnionDefaultGraph;
import org.sifara.vocab.OntologyFiles;
import org.sifara.vocab.Prefixes;

/**
 * Everything Sifara publishes, prepared once from a validated conversion: the dataset and its
 * union views, the downloads, the VoID description, the ontology and shapes, the labels, the
 * documents about each resource, and the rendered bodies kept for the next request. The server
 * takes a publication and its own limits; the command line and the tests make one the same way.
 */
public final class Publication {

    private final BaseIri base;
    private final DatasetGraph dataset;
    private final DatasetGraph forPages;
    private final Instant lastModified;
    private final PrefixMap prefixes;
    private final Downloads downloads;
    private final Graph ontology;
    private final Graph shapes;
    private final Graph voidGraph;
    private final Labeler labeler;
    private final Documents documents;
    private final Renderings renderings = new Renderings(Renderings.DEFAULT_MAX_BYTES);

    private Publication(Conversion conversion, Instant lastModified) {
        this.base = conversion.base();
        this.dataset = transactional(conversion.dataset());
        this.forPages = UnionDefaultGraph.over(dataset);
        this.lastModified = lastModified;
        this.prefixes = Prefixes.forBase(base);
        this.downloads = Downloads.of(dataset, prefixes);
        this.ontology = OntologyFiles.ontology(base);
        this.shapes = OntologyFiles.shapes(base);
        this.documents = new Documents(dataset, base);
        Graph[] computed = Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            return new Graph[] {VoidDescription.build(union, base, downloads.all()), copy(union)};
        });
        this.voidGraph = computed[0];
        Graph labelSource = computed[1];
        voidGraph.find().forEachRemaining(labelSource::add);
        this.labeler = new Labeler(labelSource, prefixes);
    }

    /** The graphs, copied into Jena's transactional in-memory dataset (TIM), which the server queries. */
    private static DatasetGraph transactional(DatasetGraph source) {
        DatasetGraph tim = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(tim, () -> Txn.executeRead(source, () ->
                source.listGraphNodes().forEachRemaining(name -> tim.addGraph(name, source.getGraph(name)))));
        return tim;
    }

    /** Publishes a conversion, saying it was last modified at {@code lastModified}. */
    public static Publication of(Conversion conversion, Instant lastModified) {
        return new Publication(conversion, lastModified);
    }

    /** Converts and validates {@code dataDir}, then prepares it for publication. */
    public static Publication load(BaseIri base, Path dataDir) {
        Conversion conversion = new Converter(base).convert(dataDir);
        return of(conversion, DataFolder.lastModified(dataDir));
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    public BaseIri base() {
        return base;
    }

    /** The published graphs: one per article, the registry and the ontology. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * A new view of the dataset whose default graph is the union of all graphs, as the SPARQL
     * endpoint and the saved queries see it, with a context of its own for a guard's limits.
     */
    public DatasetGraph unionView() {
        return UnionDefaultGraph.over(dataset);
    }

    public Instant lastModified() {
        return lastModified;
    }

    public PrefixMap prefixes() {
        return prefixes;
    }

    public Labeler labeler() {
        return labeler;
    }

    public Downloads downloads() {
        return downloads;
    }

    public Documents documents() {
        return documents;
    }

    public Graph ontology() {
        return ontology;
    }

    public Graph shapes() {
        return shapes;
    }

    public Graph voidGraph() {
        return voidGraph;
    }

    /** The node for a path below the base ({@code id/person/x}). */
    public Node node(String relativePath) {
        return NodeFactory.createURI(base.value() + relativePath);
    }

    /**
     * Runs a SELECT over the union of all graphs, for pages (not for users' queries): through a view
     * of its own, so the limits put on users' views never cut a page's lists.
     */
    public List<QuerySolution> select(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(forPages)).query(sparql).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    /** A graph written in an RDF form, kept (bounded) once written under {@code key}. */
    public Download rdf(String key, Supplier<Graph> graph, RdfForm form, String fileName) {
        return renderings.get(key + "." + form.extension(),
                () -> Download.of(fileName, form.contentType(), new SortedWriter(prefixes).write(graph.get(), form)));
    }

    /** An HTML page, kept (bounded) once rendered under {@code key}. */
    public Download html(String key, Supplier<String> page) {
        return renderings.get(key + ".html", () -> Download.text(key.replace('/', '-') + ".html", "text/html; charset=utf-8", page.get()));
    }

    /** The kept bodies, for tests. */
    public Renderings renderings() {
        return renderings;
    }
}
