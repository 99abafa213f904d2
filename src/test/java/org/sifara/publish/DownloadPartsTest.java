package org.sifara.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sifara.config.BaseIri;
import org.sifara.rdf.RdfForm;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;
import org.sifara.vocab.Prefixes;

/**
 * A download joined from parts is one valid gzip stream (read back by Java's own gzip reader) of
 * exactly the plain bytes, of the length, CRC and ETag computed from the parts alone, and it
 * parses back to the data.
 */
class DownloadPartsTest {

    @TempDir
    Path dir;

    @Test
    void crcsCombineAsTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] a = new byte[random.nextInt(5000)];
            byte[] b = new byte[random.nextInt(5000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertEquals(whole.getValue(), JoinedGzip.combine(JoinedGzip.crc(a), JoinedGzip.crc(b), b.length));
        }
    }

    @ParameterizedTest
    @EnumSource(RdfForm.class)
    void partsJoinIntoOneGzipOfThePlainFile(RdfForm form) throws Exception {
        DatasetGraph data = TestData.convertedOutput();
        DownloadParts parts = new DownloadParts(dir, Prefixes.forBase(BaseIri.defaultBase()));
        List<DownloadParts.GraphParts> graphs = new ArrayList<>();
        List<Node> names = new ArrayList<>();
        Txn.executeRead(data, () -> data.listGraphNodes().forEachRemaining(names::add));
        for (Node name : names) {
            graphs.add(Txn.calculateRead(data, () -> parts.write(data.getGraph(name), name)));
        }
        DownloadParts.Totals totals = parts.totals(form, graphs);
        DatasetDownload download = parts.download(form, graphs, totals);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        download.writeTo(plain, false);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        download.writeTo(gzipped, true);
        assertEquals(totals.length(), plain.size(), "the plain length, computed from the parts");
        assertEquals(totals.gzipLength(), gzipped.size(), "the gzip length, computed from the parts");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.toByteArray())).readAllBytes();
        assertArrayEquals(plain.toByteArray(), unzipped, "gzip reads back as the plain file (its CRC checked)");
        if (form.holdsGraph()) {
            Graph read = GraphFactory.createDefaultGraph();
            RDFParser.fromString(plain.toString(StandardCharsets.UTF_8), form.lang()).parse(read);
            Graph union = GraphFactory.createDefaultGraph();
            Txn.executeRead(data, () -> data.getUnionGraph().find().forEachRemaining(union::add));
            RdfAssert.assertIsomorphic(union, read, form.label());
        }
        assertNotEquals(totals.etag(), parts.totals(form, graphs.subList(1, graphs.size())).etag(), "other parts, another ETag");
    }
}
