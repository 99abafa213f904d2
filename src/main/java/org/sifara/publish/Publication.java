package org.sifara.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.convert.DataFolder;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedWriter;
import org.sifara.store.MemoryStore;
import org.sifara.store.TripleStore;
import org.sifara.vocab.OntologyFiles;
import org.sifara.vocab.Prefixes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Everything Sifara publishes from one store: the graphs (asked with SPARQL, wherever they live),
 * the downloads, the VoID description, the ontology and shapes, the labels, the documents, a
 * page at a time, and the rendered bodies kept for the next request in caches bounded
 * in bytes. A publication is made from a validated conversion held in memory ({@link #of}, what
 * {@code sifara serve} on a data folder does) or from a store that {@code sifara build} wrote
 * ({@link StorePublication}); its caches live and die with it, so a new build, published as a new
 * publication, starts with fresh ones. The server takes a publication and its own limits; the
 * command line and the tests make one the same way.
 */
public final class Publication implements AutoCloseable {

    private final BaseIri base;
    private final TripleStore store;
    private final Instant lastModified;
    private final PrefixMap prefixes;
    private final Downloads downloads;
    private final Graph ontology;
    /** Read when first asked: only {@code /ontology/shapes} serves them. */
    private volatile Graph shapes;
    private final VoidFigures figures;
    private final Graph voidGraph;
    private final Labeler labeler;
    private final Documents documents;
    private final Renderings renderings = new Renderings(Renderings.DEFAULT_MAX_BYTES);
    /** Document pages, kept so that their forms and their links to the next page need one build of each. */
    private final Cache<String, Optional<DocumentPage>> pages = Caffeine.newBuilder()
            .maximumWeight(DEFAULT_PAGES_BYTES)
            .weigher((String k, Optional<DocumentPage> p) -> 256 + 2 * k.length() + p.map(d -> 300 * d.graph().size()).orElse(0))
            .build();
    /** Whether things are known, kept so that a 303 needs no query the next time. */
    private final Cache<String, Boolean> known = Caffeine.newBuilder()
            .maximumWeight(DEFAULT_KNOWN_BYTES).weigher((String k, Boolean b) -> 64 + 2 * k.length()).build();


    /** The bound of the kept document pages, in bytes (a rough count: 300 bytes a triple). */
    public static final long DEFAULT_PAGES_BYTES = 32L * 1024 * 1024;
    /** The bound of the kept answers to "is anything known about this?", in bytes. */
    public static final long DEFAULT_KNOWN_BYTES = 8L * 1024 * 1024;

    Publication(BaseIri base, TripleStore store, Instant lastModified, Downloads downloads, VoidFigures figures) {
        this.base = base;
        this.store = store;
        this.lastModified = lastModified;
        this.prefixes = Prefixes.forBase(base);
        this.downloads = downloads;
        this.ontology = OntologyFiles.ontology(base);
        this.figures = figures;
        this.voidGraph = VoidDescription.build(figures, base, downloads.all());
        this.labeler = new Labeler(store, voidGraph, prefixes, Labeler.DEFAULT_MAX_BYTES);
        this.documents = new Documents(store, base);
    }

    /** Publishes a conversion, held in memory, saying it was last modified at {@code lastModified}. */
    public static Publication of(Conversion conversion, Instant lastModified) {
        BaseIri base = conversion.base();
        MemoryStore store = MemoryStore.copyOf(conversion.dataset());
        DatasetGraph dataset = store.dataset();
        Downloads downloads = Downloads.of(dataset, Prefixes.forBase(base));
        return new Publication(base, store, lastModified, downloads, VoidFigures.of(dataset, base));
    }

    /**
     * Publishes a store whose downloads and figures were made elsewhere (a remote store's, read back
     * from what {@code sifara publish} put there).
     */
    public static Publication of(BaseIri base, TripleStore store, Instant lastModified, Map<RdfForm, ? extends DatasetDownload> downloads,
                                 VoidFigures figures) {
        return new Publication(base, store, lastModified, new Downloads(downloads), figures);
    }

    /** Converts and validates {@code dataDir}, then prepares it for publication, in memory. */
    public static Publication load(BaseIri base, Path dataDir) {
        Conversion conversion = new Converter(base).convert(dataDir);
        return of(conversion, DataFolder.lastModified(dataDir));
    }

    public BaseIri base() {
        return base;
    }

    /** Where the triples live. */
    public TripleStore store() {
        return store;
    }

    /** What identifies the published content: a new build is a new identity, and caches keyed by it start afresh. */
    public String identity() {
        return store.identity();
    }

    /**
     * A new view of the store whose default graph is the union of all graphs, as the SPARQL
     * endpoint and the saved queries see it, with a context of its own for a guard's limits.
     */
    public DatasetGraph unionView() {
        return store.unionView();
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
        Graph read = shapes;
        if (read == null) {
            read = OntologyFiles.shapes(base);
            shapes = read;
        }
        return read;
    }

    public VoidFigures figures() {
        return figures;
    }

    public Graph voidGraph() {
        return voidGraph;
    }

    /** Whether anything is known about {@code id/<kind>/<slug>} (kept once asked). */
    public boolean exists(Kind kind, String slug) {
        return known.get(kind.segment() + "/" + slug, k -> documents.exists(kind, slug));
    }

    /**
     * Page {@code page} (from 1) of the document about {@code id/<kind>/<slug>}, kept once built;
     * empty if nothing is known about it or the page is past the last.
     */
    public Optional<DocumentPage> document(Kind kind, String slug, int page) {
        return pages.get(kind.segment() + "/" + slug + "?" + page, k -> documents.page(kind, slug, page));
    }

    /** The node for a path below the base ({@code id/person/x}). */
    public Node node(String relativePath) {
        return NodeFactory.createURI(base.value() + relativePath);
    }

    /**
     * Runs a SELECT over the union of all graphs, for pages (not for users' queries): unguarded, so
     * that the limits put on users' views never cut a page's lists. The rows are read whole, so a
     * page's query must bound its answer itself (LIMIT).
     */
    public List<QuerySolution> select(String sparql) {
        return store.query(QueryFactory.create(sparql), exec -> {
            List<QuerySolution> rows = new ArrayList<>();
            var model = ModelFactory.createDefaultModel();
            exec.select().forEachRemaining(binding -> {
                QuerySolutionMap row = new QuerySolutionMap();
                for (var it = binding.vars(); it.hasNext();) {
                    Var v = it.next();
                    row.add(v.getVarName(), model.asRDFNode(binding.get(v)));
                }
                rows.add(row);
            });
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
        return renderings.get(key + ".html", () -> Download.text(key.replace('/', '-').replace('?', '-').replace('=', '-') + ".html",
                "text/html; charset=utf-8", page.get()));
    }

    /** The kept bodies, for tests. */
    public Renderings renderings() {
        return renderings;
    }

    /** Lets go of the store. */
    @Override
    public void close() {
        store.close();
    }
}
