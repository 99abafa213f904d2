package org.sifara.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import jakarta.servlet.Filter;

/**
 * A second, plain Fuseki in the test JVM, on a free port, over a TDB2 database in a temporary
 * folder, read-write, whose queries see the union of its named graphs as their default graph: a
 * store as a newsroom might already run, set up for Sifara to publish to and serve from. {@code /ds} takes the Graph Store Protocol (GET, PUT, DELETE with {@code ?graph=}) and
 * SPARQL queries; a filter may stand in front of it to make it fail on purpose.
 */
public final class PlainFusekiStore implements AutoCloseable {

    private final Path folder;
    private final DatasetGraph dataset;
    private final FusekiServer server;

    private PlainFusekiStore(Path folder, DatasetGraph dataset, FusekiServer server) {
        this.folder = folder;
        this.dataset = dataset;
        this.server = server;
    }

    public static PlainFusekiStore start() throws IOException {
        return start(null);
    }

    public static PlainFusekiStore start(Filter inFront) throws IOException {
        Path folder = Files.createTempDirectory("sifara-plain-tdb2-");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        // Queries see the union of the named graphs as their default graph, as Sifara needs of a store.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer.Builder b = FusekiServer.create().port(0).fusekiModules(FusekiModules.empty()).add("/ds", dsg, true);
        if (inFront != null) {
            b.addFilter("/*", inFront);
        }
        FusekiServer server = b.build().start();
        return new PlainFusekiStore(folder, dsg, server);
    }

    /** The Graph Store Protocol endpoint. */
    public String graphStore() {
        return "http://localhost:" + server.getHttpPort() + "/ds";
    }

    /** The SPARQL query endpoint. */
    public String sparql() {
        return "http://localhost:" + server.getHttpPort() + "/ds/query";
    }

    /** The database itself, to read in a transaction. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        server.stop();
        TDBInternal.expel(dataset);
        TestData.deleteTree(folder);
    }
}
