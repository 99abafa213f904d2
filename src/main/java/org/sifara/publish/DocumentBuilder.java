package org.sifara.publish;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.config.BaseIri;
import org.sifara.vocab.Sifara;

/**
 * The document about one resource, as Linked Data publishers serve it: its outgoing triples, the
 * triples that point to it, the labels of everything it mentions, and its evidence (the
 * annotations, their targets and selectors, and the article they quote), plus a few triples
 * about the document itself.
 */
final class DocumentBuilder {

    static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    static final Node CC_BY = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");

    private final Graph union;
    private final BaseIri base;

    /** {@code union} is read inside the caller's read transaction. */
    DocumentBuilder(Graph union, BaseIri base) {
        this.union = union;
        this.base = base;
    }

    boolean exists(Node resource) {
        return union.contains(resource, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, resource);
    }

    Graph build(Node resource, String documentIri) {
        Graph doc = GraphFactory.createDefaultGraph();
        copy(resource, Node.ANY, Node.ANY, doc);
        copy(Node.ANY, Node.ANY, resource, doc);
        fragments(resource, doc);
        Node evidence = Sifara.evidence.in(base);
        union.find(resource, evidence, Node.ANY).forEachRemaining(t -> annotation(t.getObject(), doc));
        if (union.contains(resource, RDF.type.asNode(), OA.Annotation.asNode())) {
            annotation(resource, doc);
        }
        labels(doc);
        Node self = NodeFactory.createURI(documentIri);
        doc.add(Triple.create(self, PRIMARY_TOPIC, resource));
        doc.add(Triple.create(self, DCTerms.license.asNode(), CC_BY));
        doc.add(Triple.create(self, DCTerms.isPartOf.asNode(), NodeFactory.createURI(base.value() + "dataset")));
        return doc;
    }

    private void copy(Node s, Node p, Node o, Graph into) {
        union.find(s, p, o).forEachRemaining(into::add);
    }

    /** The parts of a resource written as fragments of its IRI (an annotation's #target, #quote). */
    private void fragments(Node resource, Graph doc) {
        if (!resource.isURI()) {
            return;
        }
        for (String part : new String[] {"target", "quote", "position"}) {
            copy(NodeFactory.createURI(resource.getURI() + "#" + part), Node.ANY, Node.ANY, doc);
        }
    }

    private void annotation(Node annotation, Graph doc) {
        copy(annotation, Node.ANY, Node.ANY, doc);
        union.find(annotation, OA.hasTarget.asNode(), Node.ANY).forEachRemaining(t -> {
            Node target = t.getObject();
            copy(target, Node.ANY, Node.ANY, doc);
            union.find(target, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(s -> copy(s.getObject(), Node.ANY, Node.ANY, doc));
            union.find(target, OA.hasSource.asNode(), Node.ANY).forEachRemaining(src -> {
                copy(src.getObject(), SchemaDO.headline.asNode(), Node.ANY, doc);
                copy(src.getObject(), DCTerms.date.asNode(), Node.ANY, doc);
            });
        });
    }

    /** Labels of every resource the document mentions, so that a reader needs no other lookup. */
    private void labels(Graph doc) {
        Set<Node> mentioned = new HashSet<>();
        doc.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            mentioned.add(t.getObject());
        });
        for (Node n : mentioned) {
            if (n.isURI()) {
                copy(n, RDFS.label.asNode(), Node.ANY, doc);
                copy(n, SKOS.prefLabel.asNode(), Node.ANY, doc);
            }
        }
    }
}
