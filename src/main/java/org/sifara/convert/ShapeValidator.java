package org.sifara.convert;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDFS;
import org.sifara.config.BaseIri;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;
import org.sifara.vocab.Prefixes;

/**
 * Validates data against {@code ontology/sifara-shapes.ttl} and turns each violation into one
 * line at the place the offending fact was written, naming the fact and the property in words.
 * It validates the nodes it is given, against the shapes that target them, so that each article
 * is validated once, with the graphs it links to as context, instead of the whole union at once.
 */
final class ShapeValidator {

    private final Shapes shapes;
    private final Graph ontology;
    private final BaseIri base;
    private final PrefixMap prefixes;

    ShapeValidator(Graph shapesGraph, Graph ontology, BaseIri base) {
        this.shapes = Shapes.parse(shapesGraph);
        this.ontology = ontology;
        this.base = base;
        this.prefixes = Prefixes.forBase(base);
    }

    /**
     * Validates the {@code focus} nodes of {@code data} (those of them that a shape targets) and
     * reports each violation at the place {@code positions} gives for its node, else at the start
     * of {@code fallback}.
     */
    void validate(Graph data, Collection<Node> focus, Function<Node, SourcePosition> positions, Path fallback, Problems problems) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Node node : focus) {
            for (Shape shape : shapes.getTargetShapes()) {
                if (VLib.isFocusNode(shape, node, data)) {
                    VLib.validateShape(context, data, shape, node);
                }
            }
        }
        ValidationReport report = context.generateReport();
        for (ReportEntry entry : report.getEntries()) {
            Node node = entry.focusNode();
            SourcePosition at = Optional.ofNullable(positions.apply(node)).orElse(SourcePosition.startOf(fallback));
            String path = entry.resultPath() == null ? "" : " (property " + words(entry.resultPath()) + ")";
            problems.error(at, "SHACL: " + describe(node) + " " + entry.message() + path);
        }
    }

    /** "event 'haftar-visit'" for a minted IRI; the IRI itself otherwise. */
    String describe(Node node) {
        if (node.isURI()) {
            Optional<String> path = base.relativePath(node.getURI());
            if (path.isPresent() && path.get().startsWith("id/")) {
                String[] parts = path.get().split("/", 3);
                if (parts.length == 3) {
                    return parts[1] + " '" + parts[2] + "'";
                }
            }
            return "<" + node.getURI() + ">";
        }
        return node.toString();
    }

    private String words(org.apache.jena.sparql.path.Path path) {
        if (path instanceof P_Link link && link.getNode().isURI()) {
            Node p = link.getNode();
            String label = ontology.find(p, RDFS.label.asNode(), Node.ANY)
                    .filterKeep(t -> "en".equals(t.getObject().getLiteralLanguage()))
                    .mapWith(t -> t.getObject().getLiteralLexicalForm())
                    .nextOptional().orElse(null);
            String name = Optional.ofNullable(prefixes.abbreviate(p.getURI())).orElse("<" + p.getURI() + ">");
            return label == null ? name : "'" + label + "', " + name;
        }
        return path.toString();
    }
}
