package org.sifara.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.sifara.SifaraException;
import org.sifara.config.ServerConfig;
import org.sifara.publish.Publication;
import org.sifara.publish.Publications;
import org.sifara.publish.StorePublications;
import org.sifara.remote.RemotePublications;
import org.sifara.server.SifaraServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sifara serve}: convert, validate, and publish over HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Convert and validate the data, then serve it: a read-only SPARQL endpoint at /sparql, dereferenceable IRIs (/id/...), HTML pages, downloads and the dataset description. Refuses to start if the data has errors. With --store, serve a store 'sifara build' wrote; with --sparql, a remote SPARQL store that 'sifara publish' sent the data to. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private DataOptions data;

    @Mixin
    private LimitOptions limits;

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT, description = "The port to listen on. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_BIND,
            description = "The address to listen on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
    private String bind;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Serve the store that 'sifara build' wrote in DIR, converting nothing (--data is then not read, and the "
                    + "base is the store's); a later build is served as soon as it is done, without a pause.")
    private Path store;

    @Option(names = "--sparql", paramLabel = "URL",
            description = "Serve what 'sifara publish' sent to the SPARQL 1.1 store whose query endpoint is URL, converting "
                    + "nothing: every page, document, download and query is read from it, so that many servers can stand "
                    + "in front of one store. The store's default graph must be the union of its graphs (see README, Scaling).")
    private String sparql;

    @Option(names = "--refresh", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "With --sparql, how often to look for a newer publish in the store. Default: ${DEFAULT-VALUE}.")
    private Duration refresh;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "The most queries that run at once, at /sparql and as saved queries together (one place is kept "
                    + "for saved queries); more wait or get 503 with Retry-After. Default: the number of cores, at least 2.")
    private Integer maxConcurrentQueries;

    @Option(names = "--max-queued-queries", paramLabel = "N",
            description = "The most queries that wait (5 s at most) for a place; more get 503. Default: 8 per place.")
    private Integer maxQueuedQueries;

    @Override
    public Integer call() {
        ServerConfig config = config();
        if (store != null && sparql != null) {
            throw new Main.UsageException("sifara: give --store or --sparql, not both");
        }
        if (sparql != null && !sparql.startsWith("http://") && !sparql.startsWith("https://")) {
            throw new Main.UsageException("sifara: --sparql must be an http(s) URL, not '" + sparql + "'");
        }
        Publications publications = store != null ? StorePublications.open(store)
                : sparql != null ? RemotePublications.open(sparql, data.base, limits.limits(), refresh)
                : Publications.fixed(Publication.load(data.base, data.data));
        SifaraServer server = startOrExplain(publications, config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LOG.info("Sifara stopped");
        }, "sifara-shutdown"));
        String host = bind.equals("0.0.0.0") ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
        LOG.info("Sifara is ready at http://{}:{}/ (SPARQL at /sparql, base {}{})", host, server.port(), server.publication().base(),
                store != null ? ", serving the store " + store : sparql != null ? ", serving the store at " + sparql : "");
        server.join();
        return 0;
    }

    private ServerConfig config() {
        if (port < 0 || port > 65535) {
            throw new Main.UsageException("sifara: --port must be between 0 and 65535");
        }
        if (maxConcurrentQueries != null && maxConcurrentQueries < 1 || maxQueuedQueries != null && maxQueuedQueries < 0) {
            throw new Main.UsageException("sifara: --max-concurrent-queries must be at least 1, --max-queued-queries at least 0");
        }
        int concurrent = maxConcurrentQueries == null ? ServerConfig.defaultMaxConcurrentQueries() : maxConcurrentQueries;
        int queued = maxQueuedQueries == null ? ServerConfig.defaultMaxQueuedQueries(concurrent) : maxQueuedQueries;
        return new ServerConfig(port, bind, limits.limits(), concurrent, queued,
                ServerConfig.DEFAULT_MAX_REQUEST_BYTES, ServerConfig.DEFAULT_MAX_HEADER_BYTES, ServerConfig.DEFAULT_BODY_DEADLINE);
    }

    private static SifaraServer startOrExplain(Publications publications, ServerConfig config) {
        try {
            return SifaraServer.start(publications, config);
        } catch (RuntimeException e) {
            publications.close();
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof java.net.BindException) {
                throw new SifaraException("sifara: cannot listen on " + config.bind() + ":" + config.port()
                        + ": " + cause.getMessage() + " (is another server using the port? try --port)");
            }
            throw e;
        }
    }
}
