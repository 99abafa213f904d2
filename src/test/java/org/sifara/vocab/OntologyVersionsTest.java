package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.config.BaseIri;

/**
 * Released versions are kept frozen: each file in {@code ontology/versions/} is the version its
 * name says, and none has changed since it was recorded in {@code SHA256SUMS}.
 */
class OntologyVersionsTest {

    private static final Path FOLDER = Path.of("ontology/versions");
    private static final Node ONTOLOGY = NodeFactory.createURI(BaseIri.ONTOLOGY);

    private final OntologyVersions versions = new OntologyVersions();

    @Test
    void version010IsTheFileAsReleased() {
        Graph frozen = versions.frozen("0.1.0").orElseThrow();
        assertEquals(List.of("0.1.0"), values(frozen, OWL.versionInfo.asNode()).stream().map(Node::getLiteralLexicalForm).toList());
        assertEquals(List.of(NodeFactory.createURI("https://w3id.org/sifara/ontology/0.1.0")), values(frozen, OWL.versionIRI.asNode()));
        // 0.1.0 had one modality property; the live ontology has moved on.
        assertTrue(frozen.contains(NodeFactory.createURI(BaseIri.VOCABULARY_NAMESPACE + "modality"), Node.ANY, Node.ANY));
        assertFalse(frozen.isIsomorphicWith(OntologyFiles.ontology()), "the frozen 0.1.0 equals the live ontology");
        assertEquals(790, frozen.size(), "0.1.0 was published with 790 triples");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.9.9", "0.1", "0.1.0.0", "../sifara", "0.1.0/../../sifara", "", "01.1.0", "shapes"})
    void onlyReleasedVersionsAreFound(String version) {
        assertTrue(versions.frozen(version).isEmpty(), version);
    }

    /** The live ontology is the release its owl:versionIRI names: editing it means releasing a new version. */
    @Test
    void theLiveOntologyIsItsFrozenRelease() {
        Graph live = OntologyFiles.ontology();
        List<Node> version = values(live, OWL.versionInfo.asNode());
        assertEquals(1, version.size(), "one owl:versionInfo");
        String v = version.get(0).getLiteralLexicalForm();
        assertEquals(List.of(NodeFactory.createURI(OntologyVersions.versionIri(v))), values(live, OWL.versionIRI.asNode()));
        Graph frozen = versions.frozen(v).orElseThrow(() -> new AssertionError("no ontology/versions/" + v + ".ttl for the live version"));
        assertTrue(frozen.isIsomorphicWith(live), "ontology/sifara.ttl differs from its release ontology/versions/" + v
                + ".ttl: a change to the ontology is a new version (owl:versionInfo, owl:versionIRI, owl:priorVersion,"
                + " a frozen copy with its checksum, and an entry in ontology/CHANGELOG.md)");
    }

    @Test
    void thePriorVersionOfTheLiveOntologyIsKept() {
        List<Node> prior = values(OntologyFiles.ontology(), OWL2_PRIOR_VERSION);
        assertEquals(1, prior.size(), "one owl:priorVersion");
        String version = prior.get(0).getURI().substring(BaseIri.ONTOLOGY.length() + 1);
        assertTrue(versions.frozen(version).isPresent(), "no frozen file for the prior version " + version);
    }

    @Test
    void noFrozenFileHasChanged() throws IOException {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("SHA256SUMS"))) {
            String[] parts = line.split("\\s+\\*?", 2);
            recorded.put(parts[1], parts[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                actual.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
            }
        }
        assertEquals(recorded, actual, "a frozen version was edited, or added without its checksum in SHA256SUMS;"
                + " a change to the ontology is a new version");
    }

    private static final Node OWL2_PRIOR_VERSION = OWL.priorVersion.asNode();

    private static List<Node> values(Graph graph, Node property) {
        return graph.find(ONTOLOGY, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
