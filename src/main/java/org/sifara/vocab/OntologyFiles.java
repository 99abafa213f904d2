package org.sifara.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;

/**
 * The ontology and the SHACL shapes, read from {@code ontology/} as the build packs it into the
 * jar. Both files use IRIs relative to the base; here they become absolute for one base.
 */
public final class OntologyFiles {

    public static final String ONTOLOGY = "ontology/sifara.ttl";
    public static final String SHAPES = "ontology/sifara-shapes.ttl";

    private OntologyFiles() {}

    /** The ontology for this base, with vann:preferredNamespaceUri (a literal) added. */
    public static Graph ontology(BaseIri base) {
        Graph graph = read(ONTOLOGY, base);
        graph.add(Triple.create(NodeFactory.createURI(base.ontologyIri()), Vann.preferredNamespaceUri,
                NodeFactory.createLiteralString(base.ontologyNamespace())));
        return graph;
    }

    public static Graph shapes(BaseIri base) {
        return read(SHAPES, base);
    }

    private static Graph read(String resource, BaseIri base) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SifaraException("The resource " + resource + " is missing from the build.");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(base.value()).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RiotException e) {
            throw new SifaraException(resource + ": " + e.getMessage(), e);
        }
        return graph;
    }
}
