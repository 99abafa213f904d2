package org.sifara.build;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a build writes the graphs it made: a generation's TDB2 database, in one write transaction
 * ({@link TransactionSink}) or loaded in bulk ({@link BulkSink}). Called from one thread only.
 * Nothing is visible until {@link #commit}: a failed build calls {@link #abort}, a killed one
 * leaves the transaction uncommitted or the generation marked unfinished.
 */
interface GraphSink {

    /** Replaces the named graph with {@code graph}. */
    void replace(Node name, Graph graph);

    /** Removes the named graph (an article whose folder is gone). */
    void remove(Node name);

    /** The graph as the generation held it before this build (for validating an article against one it links to). */
    Graph previous(Node name);

    /**
     * Finishes writing: {@code last} runs inside the final write transaction (it reads the
     * figures and writes the record file), then the database names {@code record} and commits.
     */
    void commit(Consumer<DatasetGraph> last, Path record);

    /** Gives up: nothing the build wrote is kept. */
    void abort();
}
