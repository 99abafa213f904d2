package org.sifara.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.sifara.config.BaseIri;
import org.sifara.config.ServeConfig;
import org.sifara.server.Publication;
import org.sifara.server.SifaraServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sifara serve}: convert, validate, and publish over HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Convert and validate the data, then serve it: a read-only SPARQL endpoint at /sparql,",
                "dereferenceable IRIs (/id/...), HTML pages, downloads and the dataset description.",
                "Refuses to start if the data has errors. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", defaultValue = "3030", description = "The port to listen on. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (0.0.0.0 for every interface). Default: ${DEFAULT-VALUE}.")
    private String bind;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = BaseIri.DEFAULT, converter = BaseIriConverter.class,
            description = "The canonical base IRI of the deployment. Default: ${DEFAULT-VALUE}.")
    private BaseIri base;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data folder. Default: ${DEFAULT-VALUE}.")
    private Path data;

    @Option(names = "--query-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "The server-side limit of every SPARQL query (500ms, 10s, 2m). Default: ${DEFAULT-VALUE}.")
    private Duration queryTimeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "The most rows an answer holds; longer answers are cut and say so in the X-Sifara-Truncated header. "
                    + "Default: ${DEFAULT-VALUE}.")
    private long maxRows;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "The most queries that run at once; more get 503 with Retry-After. Default: the number of cores, at least 2.")
    private Integer maxConcurrentQueries;

    @Option(names = "--max-queued-queries", paramLabel = "N",
            description = "The most queries that wait (5 s at most) for a place; more get 503. Default: 8 per place.")
    private Integer maxQueuedQueries;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new Main.UsageException("sifara: --port must be between 0 and 65535");
        }
        if (maxRows < 1 || maxConcurrentQueries != null && maxConcurrentQueries < 1 || maxQueuedQueries != null && maxQueuedQueries < 0) {
            throw new Main.UsageException("sifara: --max-rows and --max-concurrent-queries must be at least 1, "
                    + "--max-queued-queries at least 0");
        }
        int concurrent = maxConcurrentQueries == null ? ServeConfig.defaultMaxConcurrentQueries() : maxConcurrentQueries;
        ServeConfig config = new ServeConfig(port, bind, base, data, queryTimeout,
                ServeConfig.DEFAULT_MAX_REQUEST_BYTES, ServeConfig.DEFAULT_MAX_HEADER_BYTES, maxRows, concurrent,
                maxQueuedQueries == null ? ServeConfig.defaultMaxQueuedQueries(concurrent) : maxQueuedQueries);
        Publication pub = Publication.load(config.base(), config.data());
        SifaraServer server = startOrExplain(pub, config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LOG.info("Sifara stopped");
        }, "sifara-shutdown"));
        String host = bind.equals("0.0.0.0") ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
        LOG.info("Sifara is ready at http://{}:{}/ (SPARQL at /sparql, base {})", host, server.port(), config.base());
        server.join();
        return 0;
    }

    private static SifaraServer startOrExplain(Publication pub, ServeConfig config) {
        try {
            return SifaraServer.start(pub, config);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof java.net.BindException) {
                throw new org.sifara.SifaraException("sifara: cannot listen on " + config.bind() + ":" + config.port()
                        + ": " + cause.getMessage() + " (is another server using the port? try --port)");
            }
            throw e;
        }
    }
}
