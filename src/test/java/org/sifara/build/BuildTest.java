package org.sifara.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.SifaraException;
import org.sifara.bench.SyntheticCorpus;
import org.sifara.config.BaseIri;
import org.sifara.config.BuildConfig;
import org.sifara.convert.Converter;
import org.sifara.facts.Problems;
import org.sifara.publish.StoreRecord;
import org.sifara.publish.VoidFigures;
import org.sifara.store.DatasetStatistics;
import org.sifara.store.GenerationLock;
import org.sifara.store.StoreDirectory;
import org.sifara.store.StoredTerms;
import org.sifara.store.Tdb2Store;
import org.sifara.testing.RdfAssert;
import org.sifara.testing.TestData;

/**
 * sifara build on real files and a real TDB2 store: the store holds what the converter makes, graph
 * by graph (numbers as TDB2 keeps them, by value: {@link StoredTerms}); a second build with nothing changed writes nothing; an edited article is the only one
 * rebuilt; a removed one is gone; bad data changes nothing; a generation a server holds is never
 * written, and a half-loaded one is thrown away.
 */
class BuildTest {

    @TempDir
    Path tmp;
    Path data;
    Path store;

    @BeforeEach
    void corpus() throws IOException {
        data = tmp.resolve("data");
        Files.createDirectories(data);
        SyntheticCorpus.generate(TestData.DATA, 3, data);
        store = tmp.resolve("store");
    }

    private BuildReport build() {
        return Builder.run(new BuildConfig(data, store, BaseIri.defaultBase(), 2), Progress.none());
    }

    @Test
    void theStoreHoldsWhatTheConverterMakesGraphByGraph() {
        BuildReport report = build();
        assertEquals(3, report.converted());
        assertStoreMatchesConversion();
        BuildReport again = build();
        assertTrue(again.upToDate(), "nothing changed, nothing written: " + again);
        assertEquals(report.generation(), again.generation());
    }

    @Test
    void anEditedArticleIsTheOnlyOneRebuiltAndARemovedOneIsGone() throws IOException {
        build();
        Path facts = articles().get(1).resolve("facts.yaml");
        String text = Files.readString(facts, StandardCharsets.UTF_8);
        Files.writeString(facts, text.replaceFirst("(?m)^(\\s*en: )(.*)$", "$1$2 (edited)"), StandardCharsets.UTF_8);
        BuildReport edited = build();
        assertEquals(1, edited.converted(), edited.toString());
        assertEquals("in place", edited.how(), "no server holds the store: written in place, in one transaction");
        assertStoreMatchesConversion();

        SyntheticCorpus.delete(articles().get(2));
        BuildReport removed = build();
        assertEquals(0, removed.converted());
        assertEquals(1, removed.removed());
        assertStoreMatchesConversion();
    }

    @Test
    void badDataChangesNothing() throws IOException {
        BuildReport first = build();
        String before = storeDump();
        Path facts = articles().get(0).resolve("facts.yaml");
        Files.writeString(facts, Files.readString(facts, StandardCharsets.UTF_8) + "\nunknown-key: [", StandardCharsets.UTF_8);
        Problems.InvalidInputException e = assertThrows(Problems.InvalidInputException.class, this::build);
        assertTrue(e.getMessage().contains("facts.yaml:"), e.getMessage());
        assertEquals(first.generation(), StoreDirectory.at(store).current().orElseThrow());
        assertEquals(before, storeDump(), "the store is as it was");
    }

    @Test
    void aGenerationAServerHoldsIsNeverWritten() throws IOException {
        BuildReport first = build();
        StoreDirectory dir = StoreDirectory.at(store);
        String before = storeDump();
        Files.writeString(articles().get(0).resolve("article.ar.txt"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (GenerationLock served = dir.tryUse(first.generation()).orElseThrow()) {
            BuildReport second = build();
            assertNotEquals(first.generation(), second.generation(), second.how());
            assertEquals(second.generation(), dir.current().orElseThrow(), "the build switched CURRENT to what it wrote");
            assertTrue(Files.isDirectory(dir.generation(first.generation())), "the served generation is kept");
        }
        try (Tdb2Store old = Tdb2Store.open(dir, first.generation(), Duration.ofSeconds(5))) {
            assertEquals(before, dump(old.dataset()), "the served generation was not written");
        }
    }

    @Test
    void aHalfLoadedGenerationIsThrownAway() throws IOException {
        build();
        StoreDirectory dir = StoreDirectory.at(store);
        String killed = dir.newGeneration();
        dir.markBuilding(killed, true);
        Files.writeString(dir.database(killed).resolve("junk"), "what a killed bulk load left");
        Files.writeString(articles().get(0).resolve("article.ar.txt"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        build();
        assertFalse(Files.exists(dir.generation(killed)), "the unfinished generation was deleted");
        assertStoreMatchesConversion();
    }

    @Test
    void aChangedRegistryRebuildsEverything() throws IOException {
        build();
        Path entities = data.resolve("entities.yaml");
        Files.writeString(entities, Files.readString(entities, StandardCharsets.UTF_8) + "\n# a comment\n", StandardCharsets.UTF_8);
        assertEquals(3, build().converted());
        assertStoreMatchesConversion();
    }

    @Test
    void unchangedFilesAreKnownByTheirStampAndChangedOnesByTheirContent() throws IOException {
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (Path article : articles()) {
            try (Stream<Path> files = Files.list(article)) {
                for (Path f : files.toList()) {
                    Files.setLastModifiedTime(f, anHourAgo);
                }
            }
        }
        build();
        assertTrue(build().upToDate(), "names, sizes and times as recorded: not read again, and up to date");
        Path text = articles().get(0).resolve("article.ar.txt");
        Files.setLastModifiedTime(text, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertTrue(build().upToDate(), "a file touched but not changed: read again, and its content is the same");
        Files.writeString(text, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, build().converted(), "a file changed");
    }

    @Test
    void aSecondBuildAtOnceIsRefused() {
        build();
        try (GenerationLock running = StoreDirectory.at(store).lockForBuild()) {
            SifaraException e = assertThrows(SifaraException.class, this::build);
            assertTrue(e.getMessage().contains("another build"), e.getMessage());
        }
    }

    private List<Path> articles() throws IOException {
        try (Stream<Path> list = Files.list(data.resolve("articles"))) {
            return list.sorted().toList();
        }
    }

    /** Each named graph of the store is isomorphic to the converter's, and there are no others. */
    private void assertStoreMatchesConversion() {
        DatasetGraph expected = new Converter(BaseIri.defaultBase()).convert(data).dataset();
        StoreDirectory dir = StoreDirectory.at(store);
        try (Tdb2Store s = Tdb2Store.openCurrent(dir, Duration.ofSeconds(5))) {
            DatasetGraph actual = s.dataset();
            Txn.executeRead(actual, () -> {
                List<Node> names = new ArrayList<>();
                actual.listGraphNodes().forEachRemaining(names::add);
                List<Node> wanted = new ArrayList<>();
                expected.listGraphNodes().forEachRemaining(wanted::add);
                assertEquals(wanted.stream().map(Node::getURI).sorted().toList(), names.stream().map(Node::getURI).sorted().toList());
                for (Node name : wanted) {
                    RdfAssert.assertIsomorphic(StoredTerms.asStored(expected.getGraph(name)), copy(actual.getGraph(name)), name.getURI());
                }
                // The figures the build summed from each graph's are those of the union, counted.
                DatasetStatistics counted = DatasetStatistics.ofGraph(copy(actual.getUnionGraph()), BaseIri.DEFAULT + "id/");
                VoidFigures recorded = StoreRecord.read(s.record().orElseThrow()).figures();
                assertEquals(List.of(counted.triples(), counted.subjects(), counted.entities(), (long) counted.predicates().size(),
                        (long) counted.classes().size()), List.of(recorded.triples(), recorded.distinctSubjects(), recorded.entities(),
                        recorded.properties(), recorded.classes()), "triples, subjects, entities, properties, classes");
            });
        }
    }

    private String storeDump() {
        try (Tdb2Store s = Tdb2Store.openCurrent(StoreDirectory.at(store), Duration.ofSeconds(5))) {
            return dump(s.dataset());
        }
    }

    private static String dump(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<String> quads = new ArrayList<>();
            dataset.find().forEachRemaining(q -> quads.add(q.toString()));
            quads.sort(null);
            return quads.size() + ":" + quads.hashCode();
        });
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }
}
