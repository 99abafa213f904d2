package org.sifara.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.publish.Publication;

/**
 * The documentation page of the ontology, for people, in the page's language with each term's
 * name in the other beside it: its header, then every class, property and concept scheme with its
 * label and definition, each at an anchor named after the term ({@code /ontology#OfficialVisit}),
 * so that the namespace resolves.
 */
public final class OntologyPage {

    private final Site site;
    private final View view;
    private final Publication pub;
    private final Graph g;
    private final Links links;
    private final String ns;

    public OntologyPage(Site site, View view) {
        this.site = site;
        this.view = view;
        this.pub = site.pub();
        this.g = pub.ontology();
        this.links = new Links(pub.base());
        this.ns = pub.base().ontologyNamespace();
    }

    public String render(List<ResourcePage.Alternate> alternates) {
        Node ontology = NodeFactory.createURI(pub.base().ontologyIri());
        Map<String, Object> m = site.model(view);
        String title = text(ontology, DCTerms.title.asNode(), view.lang().code());
        m.put("title", title);
        m.put("otherTitle", text(ontology, DCTerms.title.asNode(), view.lang().other().code()));
        m.put("otherLang", view.lang().other().code());
        m.put("otherDir", view.lang().other().dir());
        m.put("namespace", ns);
        m.put("version", text(ontology, OWL.versionInfo.asNode(), ""));
        m.put("description", text(ontology, DCTerms.description.asNode(), view.lang().code()));
        m.put("alternates", alternates);
        List<Map<String, Object>> sections = new ArrayList<>();
        section(sections, "ontology_classes", null, terms(OWL.Class.asNode()), RDFS.label.asNode(), RDFS.comment.asNode());
        section(sections, "ontology_object_properties", null, terms(OWL.ObjectProperty.asNode()), RDFS.label.asNode(),
                RDFS.comment.asNode());
        section(sections, "ontology_datatype_properties", null, terms(OWL.DatatypeProperty.asNode()), RDFS.label.asNode(),
                RDFS.comment.asNode());
        for (Node scheme : terms(SKOS.ConceptScheme.asNode())) {
            List<Node> concepts = new ArrayList<>();
            g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).forEachRemaining(t -> concepts.add(t.getSubject()));
            concepts.sort(Comparator.comparing(Node::getURI));
            Map<String, Object> s = section(sections, null, scheme, concepts, SKOS.prefLabel.asNode(), SKOS.definition.asNode());
            s.put("definition", text(scheme, SKOS.definition.asNode(), view.lang().code()));
        }
        List<Node> motivations = terms(NodeFactory.createURI("http://www.w3.org/ns/oa#Motivation"));
        if (!motivations.isEmpty()) {
            section(sections, "ontology_motivations", null, motivations, SKOS.prefLabel.asNode(), SKOS.definition.asNode());
        }
        m.put("sections", sections);
        return site.page(view, "ontology", m, title, "ontology", Site.alternates(alternates), List.of());
    }

    private Map<String, Object> section(List<Map<String, Object>> sections, String titleKey, Node scheme, List<Node> terms,
                                        Node labelProperty, Node commentProperty) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (scheme != null) {
            s.put("id", scheme.getURI().substring(ns.length()));
            s.put("title", text(scheme, SKOS.prefLabel.asNode(), view.lang().code()));
            s.put("otherTitle", text(scheme, SKOS.prefLabel.asNode(), view.lang().other().code()));
        } else {
            s.put("title", site.word(view, titleKey));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Node term : terms) {
            list.add(term(term, labelProperty, commentProperty));
        }
        s.put("terms", list);
        sections.add(s);
        return s;
    }

    private List<Node> terms(Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ns)) {
                out.add(t.getSubject());
            }
        });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    private Map<String, Object> term(Node term, Node labelProperty, Node commentProperty) {
        String local = term.getURI().substring(ns.length());
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", local);
        t.put("label", text(term, labelProperty, view.lang().code()));
        t.put("otherLabel", text(term, labelProperty, view.lang().other().code()));
        t.put("curie", "sifara:" + local);
        List<Map<String, Object>> relations = new ArrayList<>();
        related(relations, term, RDFS.subClassOf.asNode(), "ontology_subclass_of");
        related(relations, term, RDFS.subPropertyOf.asNode(), "ontology_subproperty_of");
        related(relations, term, RDFS.domain.asNode(), "ontology_domain");
        related(relations, term, RDFS.range.asNode(), "ontology_range");
        related(relations, term, SKOS.broader.asNode(), "ontology_broader");
        t.put("relations", relations);
        t.put("notation", text(term, SKOS.notation.asNode(), ""));
        t.put("comment", text(term, commentProperty, view.lang().code()));
        return t;
    }

    private void related(List<Map<String, Object>> relations, Node term, Node property, String wordsKey) {
        List<Map<String, String>> values = new ArrayList<>();
        g.find(term, property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                String href = links.href(t.getObject());
                String name = pub.labeler().shortName(t.getObject());
                Map<String, String> v = new LinkedHashMap<>();
                v.put("text", name);
                v.put("href", href == null ? null : href.startsWith("/ontology#") ? "#" + href.substring(10) : href);
                values.add(v);
            }
        });
        if (!values.isEmpty()) {
            values.sort(Comparator.comparing(v -> v.get("text")));
            relations.add(Map.of("words", site.word(view, wordsKey), "values", values));
        }
    }

    private String text(Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                        && (lang.isEmpty() || lang.equals(t.getObject().getLiteralLanguage())))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse("");
    }
}
