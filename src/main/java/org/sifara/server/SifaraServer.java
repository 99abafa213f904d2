package org.sifara.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.config.ServerConfig;
import org.sifara.pages.Site;
import org.sifara.publish.Publication;
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

/**
 * The embedded Fuseki server: a read-only SPARQL endpoint at {@code /sparql} over the union of
 * all graphs, and Sifara's own routes around it. Its inputs are what it publishes and how it
 * listens and admits ({@link ServerConfig}); tests start it on port 0 exactly as
 * {@code sifara serve} does.
 */
public final class SifaraServer implements AutoCloseable {

    private final FusekiServer fuseki;
    private final QueryGuard guard;

    private SifaraServer(FusekiServer fuseki, QueryGuard guard) {
        this.fuseki = fuseki;
        this.guard = guard;
    }

    /** Starts serving {@code pub}; the caller closes the server. */
    public static SifaraServer start(Publication pub, ServerConfig config) {
        QueryGuard guard = QueryGuard.forThisJena();
        try {
            DatasetGraph queryable = guard.guard(pub.unionView(), config.limits());
            // One gate for the endpoint and the saved queries: at most maxConcurrentQueries run in all.
            QueryGate gate = new QueryGate(config.maxConcurrentQueries(), config.maxQueuedQueries());
            QueryCatalogue catalogue = QueryCatalogue.load(pub.base());
            QueryRunner runner = new QueryRunner(queryable);
            SavedAnswers answers = new SavedAnswers(catalogue, runner, pub.prefixes(), gate, SavedAnswers.DEFAULT_MAX_BYTES);
            Site site = new Site(pub);
            FusekiServer fuseki = routes(FusekiServer.create(), site, queryable, gate, answers, catalogue, runner, config).build();
            Listening.configure(fuseki.getJettyServer(), config);
            fuseki.start();
            Listening.alsoOnIpv6Loopback(fuseki, config);
            return new SifaraServer(fuseki, guard);
        } catch (RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    private static FusekiServer.Builder routes(FusekiServer.Builder builder, Site site, DatasetGraph queryable,
            QueryGate gate, SavedAnswers answers, QueryCatalogue catalogue, QueryRunner runner, ServerConfig config) {
        Publication pub = site.pub();
        builder.port(config.port())
                .fusekiModules(FusekiModules.empty())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryService())
                .add("/sparql", DataService.newBuilder(queryable).addEndpoint(Operation.Query, "").build())
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new BrowserErrors(site))
                .addFilter("/*", new RequestGuard(config.maxRequestBytes()))
                // "/sparql/*" also matches "/sparql": one mapping each, or a filter runs twice.
                .addFilter("/sparql/*", new EndpointDescription(site, catalogue))
                .addFilter("/sparql/*", new QueryAdmission(gate))
                .addFilter("/sparql/*", new EditorAnswers(site, runner, catalogue))
                .addServlet("", new HomeServlet(site))
                .addServlet("/id/*", new DereferenceServlet(pub))
                .addServlet("/doc/*", new DocumentServlet(site))
                .addServlet("/list/*", new ListServlet(site))
                .addServlet("/timeline", new TimelineServlet(site))
                .addServlet("/timeline/*", new TimelineServlet(site))
                .addServlet("/assets/*", new AssetServlet(site))
                .addServlet("/graph/*", new NamedGraphServlet(pub))
                .addServlet("/download/*", new DownloadServlet(pub))
                .addServlet("/queries", new SavedQueryServlet(site, answers))
                .addServlet("/queries/*", new SavedQueryServlet(site, answers))
                .addServlet("/openapi.json", new OpenApiServlet(catalogue))
                .addServlet("/*", new NotFoundServlet());
        OntologyServlet ontology = new OntologyServlet(site);
        VoidServlet voidDocument = new VoidServlet(site);
        builder.addServlet("/ontology", ontology).addServlet("/ontology/*", ontology)
                .addServlet(VoidServlet.PATH, voidDocument).addServlet("/dataset", voidDocument);
        for (DocumentForm form : DocumentForm.all()) {
            builder.addServlet("/ontology." + form.extension(), ontology);
            builder.addServlet(VoidServlet.PATH + "." + form.extension(), voidDocument);
        }
        return builder;
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

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            guard.close();
        }
    }
}
