package org.sifara.bench;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.query.ARQ;
import org.sifara.config.QueryLimits;

/**
 * What a user would run without Sifara: a plain embedded Fuseki with its standard endpoints
 * ({@code /ds/sparql}, {@code /ds/query}, {@code /ds/get}, and the dataset itself at {@code /ds}),
 * over an in-memory transactional dataset loaded from Sifara's TriG.
 */
final class PlainFuseki implements AutoCloseable {

    /** The dataset name. */
    static final String NAME = "/ds";

    private final FusekiServer server;

    private PlainFuseki(FusekiServer server) {
        this.server = server;
    }

    /** Loads {@code trig} into a fresh dataset and starts Fuseki on a free port. */
    static PlainFuseki start(Path trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.source(trig).parse(dsg));
        return new PlainFuseki(FusekiServer.create().port(0).add(NAME, dsg).build().start());
    }

    /**
     * Plain Fuseki over a TDB2 store opened in this JVM, with TDB2's own switch that makes the
     * default graph the union of the named graphs, as a plain Fuseki user of this store would set.
     */
    static PlainFuseki overTdb2(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        // Sifara's default time limit, so that a query neither can answer does not run on for minutes.
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(QueryLimits.DEFAULT_TIMEOUT_SECONDS * 1000));
        return new PlainFuseki(FusekiServer.create().port(0).add(NAME, dsg).build().start());
    }

    /** {@code http://127.0.0.1:<port>/ds<path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getHttpPort() + NAME + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
