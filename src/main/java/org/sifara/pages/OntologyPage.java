package org.sifara.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * The documentation page of the ontology, for people: its header, then every class, property and
 * concept scheme with its labels and definitions in English and Arabic, each at an anchor named
 * after the term ({@code /ontology#OfficialVisit}), so that the namespace resolves.
 */
public final class OntologyPage {

    private final Publication pub;
    private final Graph g;
    private final Links links;
    private final List<ResourcePage.Alternate> alternates;
    private final String ns;

    public OntologyPage(Publication pub, List<ResourcePage.Alternate> alternates) {
        this.pub = pub;
        this.g = pub.ontology();
        this.links = new Links(pub.base());
        this.alternates = alternates;
        this.ns = pub.base().ontologyNamespace();
    }

    public String render() {
        Node ontology = NodeFactory.createURI(pub.base().ontologyIri());
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(text(ontology, DCTerms.title.asNode(), "en"))).append("</h1>\n");
        b.append("<p class=\"ar\" lang=\"ar\" dir=\"rtl\">").append(Html.escape(text(ontology, DCTerms.title.asNode(), "ar"))).append("</p>\n");
        b.append("<p class=\"muted\">Namespace <code>").append(Html.escape(ns)).append("</code> · prefix <code>sifara:</code> · version ")
                .append(Html.escape(text(ontology, OWL.versionInfo.asNode(), ""))).append(" · licence ")
                .append(Html.link("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0")).append(" · as data: ")
                .append(String.join(" · ", alternates.stream().map(a -> Html.link(a.href(), Html.escape(a.label()))).toList()))
                .append("</p>\n");
        b.append("<p>").append(Html.escape(text(ontology, DCTerms.description.asNode(), "en"))).append("</p>\n");
        b.append("<p lang=\"ar\" dir=\"rtl\">").append(Html.escape(text(ontology, DCTerms.description.asNode(), "ar"))).append("</p>\n");
        section(b, "Classes", terms(OWL.Class.asNode()));
        section(b, "Object properties", terms(OWL.ObjectProperty.asNode()));
        section(b, "Datatype properties", terms(OWL.DatatypeProperty.asNode()));
        schemes(b);
        StringBuilder head = new StringBuilder();
        alternates.forEach(a -> head.append(Html.alternate(a.mediaType(), a.href())).append('\n'));
        return Html.page("Sifara ontology", head.toString(), b.toString());
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

    private void section(StringBuilder b, String title, List<Node> terms) {
        b.append("<h2>").append(Html.escape(title)).append("</h2>\n");
        for (Node term : terms) {
            term(b, term, RDFS.label.asNode(), RDFS.comment.asNode());
        }
    }

    private void term(StringBuilder b, Node term, Node labelProperty, Node commentProperty) {
        String local = term.getURI().substring(ns.length());
        b.append("<h3 id=\"").append(Html.escape(local)).append("\">").append(Html.escape(text(term, labelProperty, "en")))
                .append(" <span lang=\"ar\" dir=\"rtl\">").append(Html.escape(text(term, labelProperty, "ar"))).append("</span></h3>\n");
        b.append("<p class=\"muted\"><code>sifara:").append(Html.escape(local)).append("</code>");
        related(b, term, RDFS.subClassOf.asNode(), "subclass of");
        related(b, term, RDFS.subPropertyOf.asNode(), "subproperty of");
        related(b, term, RDFS.domain.asNode(), "domain");
        related(b, term, RDFS.range.asNode(), "range");
        related(b, term, SKOS.broader.asNode(), "broader");
        String notation = text(term, SKOS.notation.asNode(), "");
        if (!notation.isEmpty()) {
            b.append(" · notation <code>").append(Html.escape(notation)).append("</code>");
        }
        b.append("</p>\n<p>").append(Html.escape(text(term, commentProperty, "en"))).append("</p>\n");
        b.append("<p lang=\"ar\" dir=\"rtl\">").append(Html.escape(text(term, commentProperty, "ar"))).append("</p>\n");
    }

    private void related(StringBuilder b, Node term, Node property, String words) {
        List<String> values = new ArrayList<>();
        g.find(term, property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                String href = links.href(t.getObject());
                String name = pub.labeler().shortName(t.getObject());
                values.add(href == null ? Html.escape(name) : Html.link(href, Html.escape(name)));
            }
        });
        if (!values.isEmpty()) {
            values.sort(Comparator.naturalOrder());
            b.append(" · ").append(words).append(' ').append(String.join(", ", values));
        }
    }

    private void schemes(StringBuilder b) {
        for (Node scheme : terms(SKOS.ConceptScheme.asNode())) {
            String local = scheme.getURI().substring(ns.length());
            b.append("<h2 id=\"").append(Html.escape(local)).append("\">").append(Html.escape(text(scheme, SKOS.prefLabel.asNode(), "en")))
                    .append(" <span lang=\"ar\" dir=\"rtl\">").append(Html.escape(text(scheme, SKOS.prefLabel.asNode(), "ar")))
                    .append("</span></h2>\n<p>").append(Html.escape(text(scheme, SKOS.definition.asNode(), "en"))).append("</p>\n");
            List<Node> concepts = new ArrayList<>();
            g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).forEachRemaining(t -> concepts.add(t.getSubject()));
            concepts.sort(Comparator.comparing(Node::getURI));
            for (Node concept : concepts) {
                term(b, concept, SKOS.prefLabel.asNode(), SKOS.definition.asNode());
            }
        }
        List<Node> others = terms(NodeFactory.createURI("http://www.w3.org/ns/oa#Motivation"));
        if (!others.isEmpty()) {
            b.append("<h2>Annotation motivations</h2>\n");
            others.forEach(m -> term(b, m, SKOS.prefLabel.asNode(), SKOS.definition.asNode()));
        }
    }

    private String text(Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                        && (lang.isEmpty() || lang.equals(t.getObject().getLiteralLanguage())))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse("");
    }
}
