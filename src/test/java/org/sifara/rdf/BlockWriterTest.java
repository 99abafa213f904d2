package org.sifara.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sifara.config.BaseIri;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.vocab.Prefixes;

/**
 * A file written in blocks, one per named graph, parses back, with an independent reader (RIOT),
 * to the same triples (the union for graph forms, each graph for TriG), and a graph's block is
 * the same bytes every time.
 */
class BlockWriterTest {

    @ParameterizedTest
    @EnumSource(RdfForm.class)
    void blocksJoinIntoAFileThatParsesBackToTheData(RdfForm form) throws Exception {
        DatasetGraph data = TestData.convertedOutput();
        BlockWriter writer = new BlockWriter(Prefixes.forBase(BaseIri.defaultBase()));
        List<byte[]> blocks = new ArrayList<>();
        List<Node> names = new ArrayList<>();
        Txn.executeRead(data, () -> data.listGraphNodes().forEachRemaining(names::add));
        for (Node name : names) {
            SortedGraph graph = Txn.calculateRead(data, () -> new SortedGraph(data.getGraph(name)));
            byte[] block = writer.block(graph, name, form);
            assertArrayEquals(block, writer.block(new SortedGraph(graph), name, form), "a graph's block is always the same bytes");
            blocks.add(block);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writer.writeAll(blocks, form, file);
        if (form == RdfForm.TRIG) {
            DatasetGraph read = DatasetGraphFactory.create();
            RDFParser.fromString(file.toString(java.nio.charset.StandardCharsets.UTF_8), form.lang()).parse(read);
            for (Node name : names) {
                RdfAssert.assertIsomorphic(Txn.calculateRead(data, () -> copy(data.getGraph(name))), read.getGraph(name), name + " in TriG");
            }
        } else {
            Graph read = GraphFactory.createDefaultGraph();
            RDFParser.fromString(file.toString(java.nio.charset.StandardCharsets.UTF_8), form.lang()).parse(read);
            Graph union = Txn.calculateRead(data, () -> copy(data.getUnionGraph()));
            RdfAssert.assertIsomorphic(union, read, form.label() + " written in blocks");
        }
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }
}
