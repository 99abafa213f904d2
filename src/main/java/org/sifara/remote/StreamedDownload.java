package org.sifara.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.publish.DatasetDownload;
import org.sifara.rdf.BlockWriter;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedGraph;
import org.sifara.store.StoreUnavailableException;

/**
 * A whole-dataset download from a remote store, written as it is sent: the head of its form, then
 * each published graph, asked of the store with CONSTRUCT (a few at once, ahead of the one being
 * written) and written as its sorted block, then the tail. Its length is not known before, so it
 * goes out chunked. A graph the store gives fewer triples of than were published (a store that
 * cuts long answers short) fails the download, which the client sees as an incomplete transfer,
 * rather than a file that silently lacks them.
 */
final class StreamedDownload implements DatasetDownload {

    /** Graphs of more triples than this are asked for a page at a time. */
    static final int TRIPLES_PER_QUERY = 10_000;
    private static final int FETCHERS = 4;
    private static final int AHEAD = 8;

    private final SparqlClient client;
    private final Duration timeout;
    private final RdfForm form;
    private final List<RemoteState.GraphEntry> graphs;
    private final BlockWriter writer;
    private final String etag;

    StreamedDownload(SparqlClient client, Duration timeout, RdfForm form, List<RemoteState.GraphEntry> graphs, BlockWriter writer,
                     String etag) {
        this.client = client;
        this.timeout = timeout;
        this.form = form;
        this.graphs = List.copyOf(graphs);
        this.writer = writer;
        this.etag = etag;
    }

    @Override
    public String fileName() {
        return form.datasetFile();
    }

    @Override
    public String contentType() {
        return form.contentType();
    }

    @Override
    public String etag() {
        return etag;
    }

    @Override
    public long length(boolean gzip) {
        return UNKNOWN_LENGTH;
    }

    @Override
    public void writeTo(OutputStream out, boolean gzip) throws IOException {
        OutputStream o = gzip ? new GZIPOutputStream(out, 64 * 1024) : out;
        o.write(writer.head(form));
        ExecutorService fetchers = Executors.newFixedThreadPool(FETCHERS, r -> {
            Thread t = new Thread(r, "sifara-download");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Graph>> ahead = new ArrayDeque<>();
            int next = 0;
            for (RemoteState.GraphEntry entry : graphs) {
                while (next < graphs.size() && ahead.size() < AHEAD) {
                    RemoteState.GraphEntry e = graphs.get(next++);
                    ahead.add(fetchers.submit(() -> fetch(e)));
                }
                Graph graph = take(ahead.poll(), entry);
                o.write(writer.block(new SortedGraph(graph), entry.name(), form));
            }
        } finally {
            fetchers.shutdownNow();
        }
        o.write(writer.tail(form));
        if (o instanceof GZIPOutputStream z) {
            z.finish();
        }
        o.flush();
    }

    /**
     * The graph a fetch got, or its failure as it was: before the first bytes leave (a failure at the
     * first graph), the server can still answer 503; after, the transfer is cut short.
     */
    private static Graph take(Future<Graph> future, RemoteState.GraphEntry entry) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading <" + entry.name().getURI() + "> from the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("the store did not give <" + entry.name().getURI() + ">: " + e.getCause(), e.getCause());
        }
    }

    /** One graph, whole, in one query or a page at a time; checked against the number of triples published. */
    private Graph fetch(RemoteState.GraphEntry entry) {
        String name = NodeFmtLib.strNT(entry.name());
        Graph graph = GraphFactory.createDefaultGraph();
        if (entry.triples() <= TRIPLES_PER_QUERY) {
            add(graph, QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + name + " { ?s ?p ?o } }"));
        } else {
            for (long offset = 0; offset < entry.triples(); offset += TRIPLES_PER_QUERY) {
                add(graph, QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o WHERE { GRAPH " + name
                        + " { ?s ?p ?o } } ORDER BY ?s ?p ?o LIMIT " + TRIPLES_PER_QUERY + " OFFSET " + offset + " } }"));
            }
        }
        if (entry.triples() > 0 && graph.size() != entry.triples()) {
            throw new StoreUnavailableException("the store gave " + graph.size() + " of the " + entry.triples() + " triples published in <"
                    + entry.name().getURI() + ">"
                    + " (does it cut answers short? Virtuoso: raise ResultSetMaxRows)");
        }
        return graph;
    }

    private void add(Graph graph, Query query) {
        Graph part = ((SparqlClient.Answer.Triples) client.answer(query, timeout)).graph();
        part.find().forEachRemaining(graph::add);
    }
}
