package org.sifara.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.sifara.config.ServeConfig;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.QueryGate;
import org.sifara.query.QueryRunner;
import org.sifara.query.QueryService;
import org.sifara.store.QueryLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sifara.server.http.CorsFilter;
import org.sifara.server.http.PathGuard;
import org.sifara.server.http.PlainErrorHandler;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.RequestGuard;

/**
 * The embedded Fuseki server: a read-only SPARQL endpoint at {@code /sparql} over the union of
 * all graphs, and Sifara's own pages around it. Tests start it on port 0 exactly as
 * {@code sifara serve} does.
 */
public final class SifaraServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SifaraServer.class);

    private final FusekiServer fuseki;

    private SifaraServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static SifaraServer start(Publication pub, ServeConfig config) {
        DatasetGraph dsg = new QueryLimits(config.queryTimeout(), config.maxRows()).installOn(pub.queryable());
        // Two gates: runaway queries sent to /sparql cannot take the places of the saved queries.
        QueryGate gate = new QueryGate(config.maxConcurrentQueries(), config.maxQueuedQueries());
        QueryService queries = new QueryService(QueryCatalogue.load(pub.base()), new QueryRunner(dsg, config.queryTimeout()),
                pub.prefixes(), new QueryGate(config.maxConcurrentQueries(), config.maxQueuedQueries()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .fusekiModules(FusekiModules.empty())
                .add("/sparql", DataService.newBuilder(dsg).addEndpoint(Operation.Query, "").build())
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new RequestGuard(config.maxRequestBytes()))
                // "/sparql/*" also matches "/sparql": one mapping each, or a filter runs twice.
                .addFilter("/sparql/*", new EndpointDescription(pub))
                .addFilter("/sparql/*", new QueryAdmission(gate))
                .addServlet("", new SiteServlets.Home(pub))
                .addServlet("/id/*", new DocumentServlets.Dereference(pub))
                .addServlet("/doc/*", new DocumentServlets.Document(pub))
                .addServlet("/graph/*", new SiteServlets.NamedGraph(pub))
                .addServlet("/download/*", new SiteServlets.Downloads(pub))
                .addServlet("/.well-known/void", new SiteServlets.VoidDocument(pub))
                .addServlet("/dataset", new SiteServlets.VoidDocument(pub))
                .addServlet("/queries", new QueryServlets.Queries(pub, queries))
                .addServlet("/queries/*", new QueryServlets.Queries(pub, queries))
                .addServlet("/openapi.json", new QueryServlets.OpenApiDocument(queries))
                .addServlet("/*", new SiteServlets.NotFound());
        SiteServlets.Ontology ontology = new SiteServlets.Ontology(pub);
        builder.addServlet("/ontology", ontology).addServlet("/ontology/*", ontology);
        SiteServlets.VoidDocument voidDocument = new SiteServlets.VoidDocument(pub);
        for (Representation r : Representation.values()) {
            builder.addServlet("/ontology." + r.extension(), ontology);
            builder.addServlet("/.well-known/void." + r.extension(), voidDocument);
        }
        FusekiServer fuseki = builder.build();
        configureJetty(fuseki.getJettyServer(), config);
        fuseki.start();
        if (config.bind().equals("127.0.0.1") || config.bind().equals("localhost")) {
            listenOnIpv6Loopback(fuseki);
        }
        return new SifaraServer(fuseki);
    }

    /**
     * "localhost" is ::1 before 127.0.0.1 for some clients (Node's fetch, so Comunica, on some
     * systems): the loopback server listens on both, on the same port. Where IPv6 is off, it
     * quietly stays on 127.0.0.1.
     */
    private static void listenOnIpv6Loopback(FusekiServer fuseki) {
        Server jetty = fuseki.getJettyServer();
        ServerConnector first = (ServerConnector) jetty.getConnectors()[0];
        ServerConnector ipv6 = new ServerConnector(jetty, first.getConnectionFactories().toArray(new ConnectionFactory[0]));
        ipv6.setHost("::1");
        ipv6.setPort(first.getLocalPort());
        try {
            jetty.addConnector(ipv6);
            ipv6.start();
        } catch (Exception e) {
            jetty.removeConnector(ipv6);
            LOG.debug("No IPv6 loopback: {}", e.toString());
        }
    }

    private static void configureJetty(Server jetty, ServeConfig config) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(config.maxHeaderBytes());
                http.getHttpConfiguration().setSendServerVersion(false);
                http.getHttpConfiguration().setUriCompliance(PathGuard.COMPLIANCE);
            }
            if (connector instanceof ServerConnector sc) {
                sc.setHost(config.bind());
            }
        }
        SizeLimitHandler limit = new SizeLimitHandler(config.maxRequestBytes(), -1);
        limit.setHandler(jetty.getHandler());
        PathGuard paths = new PathGuard();
        paths.setHandler(limit);
        jetty.setHandler(paths);
        PlainErrorHandler errors = new PlainErrorHandler();
        jetty.setErrorHandler(errors);
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setErrorHandler(errors);
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The URL of the server root, e.g. {@code http://localhost:3030/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
