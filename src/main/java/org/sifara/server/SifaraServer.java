package org.sifara.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.sifara.config.ServerConfig;
import org.sifara.publish.Publication;
import org.sifara.publish.Publications;
import org.sifara.publish.SavedAnswers;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.QueryGate;
import org.sifara.query.QueryRunner;
import org.sifara.server.http.CorsFilter;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.RequestGuard;
import org.sifara.store.ActiveQueries;
import org.sifara.store.QueryGuard;
import org.sifara.store.QueryTarget;

/**
 * The embedded Fuseki server: a read-only SPARQL endpoint at {@code /sparql} over the union of
 * all graphs, and Sifara's own routes around it. Its inputs are what it publishes and how it
 * listens and admits ({@link ServerConfig}); tests start it on port 0 exactly as
 * {@code sifara serve} does.
 */
public final class SifaraServer implements AutoCloseable {

    private final FusekiServer fuseki;
    private final QueryGuard guard;
    private final LiveSite site;
    private final Publications publications;

    private SifaraServer(FusekiServer fuseki, QueryGuard guard, LiveSite site, Publications publications) {
        this.fuseki = fuseki;
        this.guard = guard;
        this.site = site;
        this.publications = publications;
    }

    /** Starts serving {@code pub}; the caller closes the server. */
    public static SifaraServer start(Publication pub, ServerConfig config) {
        return start(Publications.fixed(pub), config);
    }

    /**
     * Starts serving the first of {@code publications}, and each newer one as it comes, without a
     * pause: requests already in finish with the publication they began with, which is then
     * closed. The caller closes the server, which closes the source and the publication it serves.
     */
    public static SifaraServer start(Publications publications, ServerConfig config) {
        QueryGuard guard = QueryGuard.forThisJena();
        try {
            Publication first = publications.first();
            // One gate for the endpoint and the saved queries: at most maxConcurrentQueries run in all.
            QueryGate gate = new QueryGate(config.maxConcurrentQueries(), config.maxQueuedQueries());
            QueryCatalogue catalogue = QueryCatalogue.load(first.base());
            LiveSite site = new LiveSite(first, pub -> {
                DatasetGraph queryable = guard.guard(pub.unionView(), config.limits());
                QueryTarget target = pub.store().ownTarget(config.limits()).orElse(QueryTarget.local(queryable));
                QueryRunner runner = new QueryRunner(target);
                return new ServedPublication(pub, queryable, target, runner,
                        new SavedAnswers(catalogue, runner, pub.prefixes(), gate, SavedAnswers.DEFAULT_MAX_BYTES));
            });
            warmUp(site.current().queryable);
            FusekiServer fuseki = routes(FusekiServer.create(), first, site, gate, catalogue, config).build();
            Listening.configure(fuseki.getJettyServer(), config);
            fuseki.start();
            Listening.alsoOnIpv6Loopback(fuseki, config);
            publications.follow(site::replace);
            return new SifaraServer(fuseki, guard, site, publications);
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    private static FusekiServer.Builder routes(FusekiServer.Builder builder, Publication first, LiveSite site, QueryGate gate,
            QueryCatalogue catalogue, ServerConfig config) {
        builder.port(config.port())
                .fusekiModules(FusekiModules.empty())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryService())
                .add("/sparql", DataService.newBuilder(site.sparqlDataset()).addEndpoint(Operation.Query, "").build())
                // First: every request is pinned to the publication current when it comes in.
                .addFilter("/*", site)
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new BrowserErrors(site))
                .addFilter("/*", new RequestGuard(config.maxRequestBytes()))
                // "/sparql/*" also matches "/sparql": one mapping each, or a filter runs twice.
                .addFilter("/sparql/*", new EndpointDescription(first, catalogue))
                .addFilter("/sparql/*", new QueryAdmission(gate))
                .addFilter("/sparql/*", new EditorAnswers(catalogue))
                .addServlet("", new HomeServlet())
                .addServlet("/id/*", new DereferenceServlet())
                .addServlet("/doc/*", new DocumentServlet())
                .addServlet("/list/*", new ListServlet())
                .addServlet("/timeline", new TimelineServlet())
                .addServlet("/timeline/*", new TimelineServlet())
                .addServlet("/assets/*", new AssetServlet(site.current().site))
                .addServlet("/graph/*", new NamedGraphServlet())
                .addServlet("/download/*", new DownloadServlet())
                .addServlet("/queries", new SavedQueryServlet())
                .addServlet("/queries/*", new SavedQueryServlet())
                .addServlet("/openapi.json", new OpenApiServlet(catalogue))
                .addServlet("/*", new NotFoundServlet());
        OntologyServlet ontology = new OntologyServlet();
        VoidServlet voidDocument = new VoidServlet();
        builder.addServlet("/ontology", ontology).addServlet("/ontology/*", ontology)
                .addServlet(VoidServlet.PATH, voidDocument).addServlet("/dataset", voidDocument);
        for (DocumentForm form : DocumentForm.all()) {
            builder.addServlet("/ontology." + form.extension(), ontology);
            builder.addServlet(VoidServlet.PATH + "." + form.extension(), voidDocument);
        }
        return builder;
    }

    /**
     * Runs one small query on a thread of its own while the server starts, so that the first
     * user's query does not pay for loading the query engine (and, over a store, opening its
     * indexes): on a multi-core machine the two overlap.
     */
    private static void warmUp(DatasetGraph queryable) {
        Thread t = new Thread(() -> {
            try {
                Txn.executeRead(queryable, () -> {
                    try (QueryExec exec = QueryExec.dataset(queryable).query("ASK { ?s ?p ?o }").build()) {
                        exec.ask();
                    }
                });
            } catch (RuntimeException e) {
                // only a warm-up: the first real query will say what is wrong
            }
        }, "sifara-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The URL of the server root, e.g. {@code http://localhost:3030/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** The queries running now on the server's data, and the most that ran at once. */
    public ActiveQueries activeQueries() {
        return guard.active();
    }

    /** What the server publishes now (a newer build replaces it). */
    public Publication publication() {
        return site.current().pub;
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            publications.close();
            fuseki.stop();
        } finally {
            site.close();
            guard.close();
        }
    }
}
