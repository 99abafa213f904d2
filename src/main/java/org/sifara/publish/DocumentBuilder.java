package org.sifara.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.config.BaseIri;
import org.sifara.store.TripleStore;
import org.sifara.vocab.Hydra;
import org.sifara.vocab.Sifara;

/**
 * The document about one resource, as Linked Data publishers serve it: its own triples, the
 * triples that point to it, the labels of everything it mentions, and its evidence (the
 * annotations, their targets and selectors, and the headline and date of the article they quote),
 * plus a few triples about the document itself. Everything is asked of the store with SPARQL, a
 * page at a time: what points to a resource, and a registry entity's evidence (one annotation per
 * article that mentions it), grow with the archive, so they come
 * {@value #INCOMING_PER_PAGE} and {@value #EVIDENCE_PER_PAGE} to a page, in a fixed order, and
 * the page says in Hydra terms which pages come before and after it.
 */
final class DocumentBuilder {

    static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    static final Node CC_BY = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");
    /** Triples that point to the resource, per page. */
    static final int INCOMING_PER_PAGE = 100;
    /** Annotations that give evidence for the resource, per page. */
    static final int EVIDENCE_PER_PAGE = 20;

    private static final String PREFIXES = "PREFIX oa: <http://www.w3.org/ns/oa#>\nPREFIX schema: <https://schema.org/>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    private final TripleStore store;
    private final BaseIri base;

    DocumentBuilder(TripleStore store, BaseIri base) {
        this.store = store;
        this.base = base;
    }

    boolean exists(Node resource) {
        return store.query(Queries.of("ASK { { ?_r ?p ?o } UNION { ?s ?p ?_r } }", Map.of("_r", resource)), exec -> exec.ask());
    }

    /**
     * Page {@code page} (from 1) of the document {@code documentIri} about {@code resource}; null for
     * a page past the last.
     */
    DocumentPage build(Node resource, String documentIri, int page) {
        Node evidence = Sifara.evidence.in(base);
        Map<String, Node> terms = Map.of("_r", resource, "_evidence", evidence);
        Graph doc = GraphFactory.createDefaultGraph();
        construct(doc, Queries.of("CONSTRUCT { ?_r ?p ?o } WHERE { ?_r ?p ?o FILTER(?p != ?_evidence) }", terms));
        if (resource.isURI()) {
            // The parts of a resource written as fragments of its IRI (an annotation's #target, #quote).
            List<Node> parts = List.of("target", "quote", "position").stream()
                    .map(f -> NodeFactory.createURI(resource.getURI() + "#" + f)).toList();
            construct(doc, Queries.withValues("CONSTRUCT { ?f ?p ?o } WHERE { ?f ?p ?o }", Map.of(), "f", parts));
        }
        List<Node> annotations = column(Queries.of("SELECT ?a WHERE { ?_r ?_evidence ?a } ORDER BY STR(?a) "
                + "LIMIT " + (EVIDENCE_PER_PAGE + 1) + " OFFSET " + (long) EVIDENCE_PER_PAGE * (page - 1), terms), "a");
        boolean moreEvidence = annotations.size() > EVIDENCE_PER_PAGE;
        annotations = annotations.subList(0, Math.min(annotations.size(), EVIDENCE_PER_PAGE));
        annotations.forEach(a -> doc.add(Triple.create(resource, evidence, a)));
        List<Node> described = new ArrayList<>(annotations);
        if (page == 1 && store.query(Queries.of("ASK { ?_r a <http://www.w3.org/ns/oa#Annotation> }", terms), e -> e.ask())) {
            described.add(resource);
        }
        annotations(doc, described);
        int before = doc.size();
        boolean moreIncoming = incoming(doc, resource, page);
        if (page > 1 && annotations.isEmpty() && doc.size() == before) {
            return null;
        }
        labels(doc);
        Node self = NodeFactory.createURI(page == 1 ? documentIri : documentIri + "?page=" + page);
        doc.add(Triple.create(self, PRIMARY_TOPIC, resource));
        doc.add(Triple.create(self, DCTerms.license.asNode(), CC_BY));
        doc.add(Triple.create(self, DCTerms.isPartOf.asNode(), NodeFactory.createURI(base.value() + "dataset")));
        boolean hasNext = moreEvidence || moreIncoming;
        if (hasNext || page > 1) {
            doc.add(Triple.create(NodeFactory.createURI(documentIri), Hydra.view, self));
            doc.add(Triple.create(self, RDF.type.asNode(), Hydra.PartialCollectionView));
            doc.add(Triple.create(self, Hydra.first, NodeFactory.createURI(documentIri)));
            if (page > 1) {
                doc.add(Triple.create(self, Hydra.previous, NodeFactory.createURI(page == 2 ? documentIri : documentIri + "?page=" + (page - 1))));
            }
            if (hasNext) {
                doc.add(Triple.create(self, Hydra.next, NodeFactory.createURI(documentIri + "?page=" + (page + 1))));
            }
        }
        return new DocumentPage(doc, page, hasNext);
    }

    /** One page of the triples that point to the resource; whether more follow. */
    private boolean incoming(Graph doc, Node resource, int page) {
        List<Triple> in = new ArrayList<>();
        store.query(Queries.of("SELECT ?s ?p WHERE { ?s ?p ?_r } ORDER BY STR(?p) STR(?s) LIMIT "
                + (INCOMING_PER_PAGE + 1) + " OFFSET " + (long) INCOMING_PER_PAGE * (page - 1), Map.of("_r", resource)), exec -> {
                    exec.select().forEachRemaining(row -> in.add(Triple.create(row.get("s"), row.get("p"), resource)));
                    return null;
                });
        in.stream().limit(INCOMING_PER_PAGE).forEach(doc::add);
        return in.size() > INCOMING_PER_PAGE;
    }

    /** Each annotation's triples, its target's, its selectors' and the headline and date of its article. */
    private void annotations(Graph doc, List<Node> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        construct(doc, Queries.withValues(PREFIXES
                + "CONSTRUCT { ?a ?p ?o . ?t ?tp ?to . ?sel ?sp ?so . ?src schema:headline ?h ; dcterms:date ?d } "
                + "WHERE { { ?a ?p ?o } UNION { ?a oa:hasTarget ?t . ?t ?tp ?to } "
                + "UNION { ?a oa:hasTarget/oa:hasSelector ?sel . ?sel ?sp ?so } "
                + "UNION { ?a oa:hasTarget/oa:hasSource ?src . OPTIONAL { ?src schema:headline ?h } OPTIONAL { ?src dcterms:date ?d } } }",
                Map.of(), "a", annotations));
    }

    /** Labels of every resource the document mentions, so that a reader needs no other lookup. */
    private void labels(Graph doc) {
        Set<Node> mentioned = new LinkedHashSet<>();
        doc.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            mentioned.add(t.getObject());
        });
        List<Node> iris = mentioned.stream().filter(Node::isURI).toList();
        for (int i = 0; i < iris.size(); i += 200) {
            construct(doc, Queries.withValues("CONSTRUCT { ?x ?p ?l } WHERE { VALUES ?p { <" + RDFS.label.getURI()
                    + "> <" + SKOS.prefLabel.getURI() + "> } ?x ?p ?l }", Map.of(), "x", iris.subList(i, Math.min(iris.size(), i + 200))));
        }
    }

    private void construct(Graph into, Query query) {
        store.query(query, exec -> {
            exec.construct().find().forEachRemaining(into::add);
            return null;
        });
    }

    private List<Node> column(Query query, String var) {
        List<Node> out = new ArrayList<>();
        store.query(query, exec -> {
            exec.select().forEachRemaining(row -> out.add(row.get(var)));
            return null;
        });
        return out;
    }
}
