package org.sifara.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Virtuoso Open Source 7 (the engine DBpedia runs on), started for a test class as
 * {@code virtuoso-t +foreground +configfile FILE} with a database in a temporary folder and free
 * ports, and stopped after it. Its SPARQL endpoint is {@link #sparql()}; its Graph Store endpoint
 * for writes, {@link #graphStore()}, takes the {@code dba} account with HTTP digest authentication.
 * Where Virtuoso is not installed the tests are skipped, saying how to install it.
 */
public final class VirtuosoServer implements BeforeAllCallback, AfterAllCallback {

    public static final String COMMAND = "virtuoso-t";
    public static final String USER = "dba";
    public static final String PASSWORD = "dba";

    private Path folder;
    private Process process;
    private int httpPort;
    private int sqlPort;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        boolean installed = ExternalTool.installed(COMMAND);
        if (!installed) {
            System.err.println("SKIPPED: " + context.getDisplayName() + ": '" + COMMAND + "' is not installed "
                    + "(apt-get install virtuoso-opensource-7-bin; .ci/run installs it)");
        }
        assumeTrue(installed, COMMAND + " is not installed");
        start();
    }

    /** Starts Virtuoso (for a benchmark; tests register the extension instead). */
    public void start() throws IOException, InterruptedException {
        folder = Files.createTempDirectory("sifara-virtuoso-");
        httpPort = freePort();
        int sqlPort = freePort();
        Path ini = folder.resolve("virtuoso.ini");
        Files.writeString(ini, ini(folder, sqlPort, httpPort), StandardCharsets.UTF_8);
        process = new ProcessBuilder(COMMAND, "+foreground", "+configfile", ini.toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("console.log").toFile())
                .start();
        waitUntilUp(Duration.ofSeconds(90));
        this.sqlPort = sqlPort;
    }

    /**
     * The SQL statements that make Virtuoso's own graphs (its schema, LDP and service description)
     * private, so that the default graph of anonymous queries is the union of the published graphs
     * alone, as Sifara needs; the README gives them too.
     */
    public static final List<String> HIDE_SYSTEM_GRAPHS = List.of(
            "DB.DBA.RDF_GRAPH_GROUP_CREATE ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 1);",
            "DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://www.openlinksw.com/schemas/virtrdf#');",
            "DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://www.w3.org/ns/ldp#');",
            "DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://localuriqaserver/sparql');",
            "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);",
            "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);");

    /** Runs {@link #HIDE_SYSTEM_GRAPHS} with Virtuoso's own SQL client, {@code isql-vt}. */
    public void hideSystemGraphs() throws IOException, InterruptedException {
        ExternalTool.Result r = ExternalTool.run(List.of("isql-vt", Integer.toString(sqlPort), USER, PASSWORD,
                "exec=" + String.join(" ", HIDE_SYSTEM_GRAPHS)));
        if (r.exitCode() != 0 || r.stdout().contains("*** Error") || r.stderr().contains("*** Error")) {
            throw new IOException("isql-vt failed: " + r.stdout() + r.stderr());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** Stops Virtuoso and deletes its database. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (folder != null) {
            TestData.deleteTree(folder);
        }
    }

    /** The SPARQL 1.1 query endpoint, open to anyone. */
    public String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** The SPARQL 1.1 Graph Store endpoint for writes, behind digest authentication. */
    public String graphStore() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    private void waitUntilUp(Duration atMost) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("virtuoso-t stopped at start: " + Files.readString(folder.resolve("console.log")));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D"))
                        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("virtuoso-t did not answer within " + atMost.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String ini(Path dir, int sqlPort, int httpPort) {
        String d = dir.toString();
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                MaxClientConnections = 10
                CheckpointInterval = 60
                NumberOfBuffers = 20000
                MaxDirtyBuffers = 15000
                DirsAllowed = ., %1$s
                CaseMode = 2
                MaxSortedTopRows = 100000

                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = %1$s
                MaxClientConnections = 10
                ServerThreads = 10

                [SPARQL]
                ResultSetMaxRows = 100000
                MaxQueryExecutionTime = 30
                MaxQueryCostEstimationTime = 0
                """.formatted(d, sqlPort, httpPort);
    }
}
