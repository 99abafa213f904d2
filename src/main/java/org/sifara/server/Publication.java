package org.sifara.server;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;
import org.sifara.convert.Conversion;
import org.sifara.convert.DatasetWriter;
import org.sifara.convert.SortedGraph;
import org.sifara.store.UnionDefaultGraph;
import org.sifara.vocab.OntologyFiles;
import org.sifara.vocab.Prefixes;

/**
 * Everything the server publishes, prepared once from a validated conversion: the queryable
 * dataset (default graph = union of all graphs), the downloads, the VoID description, the
 * ontology in every form, and the documents about each resource (built on first request, then
 * kept: the data cannot change under them).
 */
public final class Publication {

    private final BaseIri base;
    private final DatasetGraph dataset;
    private final DatasetGraph queryable;
    private final DatasetGraph forPages;
    private final Instant lastModified;
    private final PrefixMap prefixes;
    private final Map<DatasetWriter.Format, Download> downloads;
    private final Graph ontology;
    private final Graph shapes;
    private final Graph voidGraph;
    private final Labeler labeler;
    /** Documents of resources that exist, built on first request; never the misses (see {@link #document}). */
    private final Map<String, Graph> documents = new ConcurrentHashMap<>();
    private final Map<String, Download> rendered = new ConcurrentHashMap<>();

    private Publication(Conversion conversion, Instant lastModified) {
        this.base = conversion.base();
        this.dataset = transactional(conversion.dataset());
        this.queryable = UnionDefaultGraph.over(dataset);
        this.forPages = UnionDefaultGraph.over(dataset);
        this.lastModified = lastModified;
        this.prefixes = Prefixes.forBase(base);
        Map<DatasetWriter.Format, byte[]> files = new DatasetWriter(dataset, base).serializeAll();
        this.downloads = new EnumMap<>(DatasetWriter.Format.class);
        files.forEach((format, bytes) -> downloads.put(format, Download.of(format.fileName(), format.contentType(), bytes)));
        this.ontology = OntologyFiles.ontology(base);
        this.shapes = OntologyFiles.shapes(base);
        Graph[] computed = Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            return new Graph[] {VoidDescription.build(union, base, downloads), copy(union)};
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

    public static Publication of(Conversion conversion, Instant lastModified) {
        return new Publication(conversion, lastModified);
    }

    /** Converts and validates {@code dataDir}, then prepares it for publication. */
    public static Publication load(BaseIri base, Path dataDir) {
        Conversion conversion = new org.sifara.convert.Converter(base).convert(dataDir);
        return of(conversion, org.sifara.store.DataFolder.lastModified(dataDir));
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    public BaseIri base() {
        return base;
    }

    /** The dataset as the SPARQL endpoint sees it: default graph = union of all graphs. */
    public DatasetGraph queryable() {
        return queryable;
    }

    public DatasetGraph dataset() {
        return dataset;
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

    public Map<DatasetWriter.Format, Download> downloads() {
        return downloads;
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

    /**
     * Runs a SELECT over the union of all graphs, for pages (not for users' queries): through a view
     * of its own, so the limits put on {@link #queryable} for users never cut a page's lists.
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

    /** The named graph {@code <base><path>} ({@code graph/article/<slug>}) in one RDF form; see {@link #hasNamedGraph}. */
    public Download namedGraph(String path, Representation form) {
        Node name = node(path);
        String file = path.replace('/', '-');
        return rendered.computeIfAbsent(file + "." + form.extension(), k ->
                render(Txn.calculateRead(dataset, () -> copy(dataset.getGraph(name))), form, k));
    }

    /** Whether the dataset has the named graph {@code <base><path>}. */
    public boolean hasNamedGraph(String path) {
        Node name = node(path);
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(name));
    }

    /** The node for a path below the base ({@code id/person/x}). */
    public Node node(String relativePath) {
        return NodeFactory.createURI(base.value() + relativePath);
    }

    /**
     * The document about {@code id/<kind>/<slug>}, or empty if nothing is known about it. Only
     * documents of resources that exist are kept: those are bounded by the data, while the slugs
     * of unknown resources come from requests, and keeping an answer for each would let any client
     * grow the server's memory without end.
     */
    public Optional<Graph> document(Kind kind, String slug) {
        String path = "id/" + kind.segment() + "/" + slug;
        return Optional.ofNullable(documents.computeIfAbsent(path, p -> Txn.calculateRead(dataset, () -> {
            DocumentBuilder builder = new DocumentBuilder(dataset.getUnionGraph(), base);
            Node resource = node(p);
            if (!builder.exists(resource)) {
                return null; // not kept: computeIfAbsent records no mapping for null
            }
            return builder.build(resource, base.value() + "doc/" + kind.segment() + "/" + slug);
        })));
    }

    /** How many documents are kept, for tests. */
    int documentsKept() {
        return documents.size();
    }

    /** A graph written in one RDF form, kept once written. */
    public Download rdf(String key, Graph graph, Representation form, String fileName) {
        return rendered.computeIfAbsent(key + "." + form.extension(), k -> render(graph, form, fileName));
    }

    private Download render(Graph graph, Representation form, String fileName) {
        SortedGraph sorted = new SortedGraph(graph);
        sorted.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(sorted).format(form.format()).output(out);
        return Download.of(fileName, form.contentType(), out.toByteArray());
    }

    /** An HTML page, kept once rendered. */
    public Download html(String key, Supplier<String> page) {
        return rendered.computeIfAbsent(key + ".html", k -> Download.text(k, Representation.HTML.contentType(), page.get()));
    }
}
