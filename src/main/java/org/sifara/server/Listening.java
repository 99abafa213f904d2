package org.sifara.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.sifara.config.ServerConfig;
import org.sifara.server.http.PathGuard;
import org.sifara.server.http.PlainErrorHandler;
import org.sifara.server.http.WholeBodyFirst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How Jetty listens: the address, header and body limits, path checks, plain-text errors, IPv6 loopback. */
final class Listening {

    private static final Logger LOG = LoggerFactory.getLogger(Listening.class);

    private Listening() {}

    static void configure(Server jetty, ServerConfig config) {
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
        WholeBodyFirst bodies = new WholeBodyFirst(config.maxRequestBytes(), config.bodyDeadline());
        bodies.setHandler(jetty.getHandler());
        SizeLimitHandler limit = new SizeLimitHandler(config.maxRequestBytes(), -1);
        limit.setHandler(bodies);
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

    /**
     * "localhost" is ::1 before 127.0.0.1 for some clients (Node's fetch, so Comunica, on some
     * systems): the loopback server listens on both, on the same port. Where IPv6 is off, it
     * quietly stays on 127.0.0.1.
     */
    static void alsoOnIpv6Loopback(FusekiServer fuseki, ServerConfig config) {
        if (!config.bind().equals("127.0.0.1") && !config.bind().equals("localhost")) {
            return;
        }
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
}
