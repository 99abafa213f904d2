package org.sifara.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;

/**
 * The ontology and the SHACL shapes, read from {@code ontology/} as the build packs it into the
 * jar. Both files are written with absolute IRIs in the fixed vocabulary namespace
 * {@value BaseIri#VOCABULARY_NAMESPACE}: they are the same for every deployment, whatever its base.
 */
public final class OntologyFiles {

    public static final String ONTOLOGY = "ontology/sifara.ttl";
    public static final String SHAPES = "ontology/sifara-shapes.ttl";

    private OntologyFiles() {}

    /** The live ontology, with its vann:preferredNamespaceUri. */
    public static Graph ontology() {
        return read(ONTOLOGY);
    }

    /** The live ontology; the same graph under every base. */
    public static Graph ontology(BaseIri base) {
        return ontology();
    }

    public static Graph shapes() {
        return read(SHAPES);
    }

    /** The SHACL shapes; the same graph under every base. */
    public static Graph shapes(BaseIri base) {
        return shapes();
    }

    /** A Turtle file packed in the jar, parsed with the default base (the files hold no relative IRI). */
    static Graph read(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SifaraException("The resource " + resource + " is missing from the build.");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(BaseIri.DEFAULT).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RiotException e) {
            throw new SifaraException(resource + ": " + e.getMessage(), e);
        }
        return graph;
    }
}
