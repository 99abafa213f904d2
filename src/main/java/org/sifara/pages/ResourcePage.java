package org.sifara.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.config.BaseIri;
import org.sifara.facts.Labels;
import org.sifara.publish.Labeler;
import org.sifara.vocab.Sifara;

/**
 * The HTML page of one resource: its labels in English and Arabic, what it is, its properties
 * (values shown by label and linked), the words of the article that support it, and what refers
 * to it. Every value is escaped.
 */
public final class ResourcePage {

    /** A link to another form of the same document, for the head and the footer. */
    public record Alternate(String label, String mediaType, String href) {}

    /**
     * Which page of a paged document this is, and the links to the pages before and after it
     * (null where there is none).
     */
    public record Pages(int page, String previous, String next) {
        static final Pages ONE = new Pages(1, null, null);
    }

    private final Graph doc;
    private final Node focus;
    private final Labeler labeler;
    private final Links links;
    private final BaseIri base;

    public ResourcePage(Graph doc, Node focus, Labeler labeler, BaseIri base) {
        this.doc = doc;
        this.focus = focus;
        this.labeler = labeler;
        this.links = new Links(base);
        this.base = base;
    }

    public String render(List<Alternate> alternates) {
        return render(alternates, Pages.ONE);
    }

    /** The page, with links to the previous and next pages of what refers to the resource and of its evidence. */
    public String render(List<Alternate> alternates, Pages pages) {
        StringBuilder head = new StringBuilder();
        alternates.forEach(a -> head.append(Html.alternate(a.mediaType(), a.href())).append('\n'));
        StringBuilder body = new StringBuilder();
        Labels labels = labeler.labels(focus).orElse(new Labels(null, null));
        String title = labels.en() != null ? labels.en() : labeler.display(focus);
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (labels.ar() != null) {
            body.append("<p class=\"ar\" lang=\"ar\" dir=\"rtl\">").append(Html.escape(labels.ar())).append("</p>\n");
        }
        body.append("<p class=\"muted\">IRI: <code>").append(Html.escape(focus.getURI())).append("</code>");
        List<Node> types = objects(focus, RDF.type.asNode());
        if (!types.isEmpty()) {
            body.append("<br>A ").append(String.join(", ", types.stream().map(this::value).toList()));
        }
        body.append("</p>\n");
        properties(body);
        evidence(body);
        incoming(body);
        if (pages.previous() != null || pages.next() != null) {
            body.append("<p class=\"muted\">Page ").append(pages.page()).append(" of what refers to this and of its evidence");
            if (pages.previous() != null) {
                body.append(" · ").append(Html.link(pages.previous(), "previous page"));
            }
            if (pages.next() != null) {
                body.append(" · ").append(Html.link(pages.next(), "next page"));
            }
            body.append("</p>\n");
        }
        if (!alternates.isEmpty()) {
            body.append("<p class=\"muted\">This page as data: ");
            body.append(String.join(" · ", alternates.stream()
                    .map(a -> Html.link(a.href(), Html.escape(a.label()))).toList()));
            body.append("</p>\n");
        }
        return Html.page(title, head.toString(), body.toString());
    }

    private void properties(StringBuilder body) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        Map<String, Node> propertyNodes = new TreeMap<>();
        doc.find(focus, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode())
                    || p.equals(Sifara.evidence.in(base))) {
                return;
            }
            String key = labeler.display(p) + "\u0000" + p.getURI();
            byProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
            propertyNodes.put(key, p);
        });
        if (byProperty.isEmpty()) {
            return;
        }
        body.append("<h2>Properties</h2>\n<table>\n");
        byProperty.forEach((key, values) -> {
            values.sort(Comparator.comparing(labeler::display));
            body.append("<tr><th>").append(value(propertyNodes.get(key))).append("</th><td>");
            body.append(String.join("<br>", values.stream().map(this::value).toList()));
            body.append("</td></tr>\n");
        });
        body.append("</table>\n");
    }

    private void evidence(StringBuilder body) {
        List<Node> annotations = objects(focus, Sifara.evidence.in(base));
        if (annotations.isEmpty()) {
            return;
        }
        body.append("<h2>Evidence <span class=\"muted\">the words of the article</span></h2>\n");
        for (Node annotation : annotations) {
            for (Node target : objects(annotation, OA.hasTarget.asNode())) {
                String exact = "";
                String prefix = "";
                String suffix = "";
                String span = "";
                for (Node selector : objects(target, OA.hasSelector.asNode())) {
                    exact = literal(selector, OA.exact.asNode(), exact);
                    prefix = literal(selector, OA.prefix.asNode(), prefix);
                    suffix = literal(selector, OA.suffix.asNode(), suffix);
                    String start = literal(selector, OA.start.asNode(), null);
                    if (start != null) {
                        span = "code points " + start + "–" + literal(selector, OA.end.asNode(), "");
                    }
                }
                body.append("<blockquote lang=\"ar\" dir=\"rtl\"><span class=\"ctx\">…").append(Html.escape(prefix))
                        .append("</span><strong>").append(Html.escape(exact)).append("</strong><span class=\"ctx\">")
                        .append(Html.escape(suffix)).append("…</span></blockquote>\n<p class=\"muted\">");
                for (Node article : objects(target, OA.hasSource.asNode())) {
                    body.append("From ").append(value(article)).append(", ");
                }
                body.append(Html.escape(span)).append(" · ").append(value(annotation)).append("</p>\n");
            }
        }
    }

    private void incoming(StringBuilder body) {
        List<Triple> in = new ArrayList<>();
        doc.find(Node.ANY, Node.ANY, focus).forEachRemaining(t -> {
            boolean aboutThePage = t.getPredicate().getURI().equals("http://xmlns.com/foaf/0.1/primaryTopic");
            if (!t.getPredicate().equals(OA.hasBody.asNode()) && !t.getSubject().equals(focus) && !aboutThePage) {
                in.add(t);
            }
        });
        if (in.isEmpty()) {
            return;
        }
        in.sort(Comparator.comparing((Triple t) -> labeler.display(t.getPredicate())).thenComparing(t -> labeler.display(t.getSubject())));
        body.append("<h2>Referred to by</h2>\n<ul>\n");
        for (Triple t : in) {
            body.append("<li>").append(value(t.getSubject())).append(" <span class=\"muted\">")
                    .append(value(t.getPredicate())).append("</span></li>\n");
        }
        body.append("</ul>\n");
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        doc.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private String literal(Node s, Node p, String fallback) {
        return doc.find(s, p, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse(fallback);
    }

    /** A value as HTML: a resource by its labels, linked; a literal in its language. */
    String value(Node node) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String text = node.getLiteralLexicalForm();
            if (!lang.isEmpty()) {
                String html = Html.lang(text, lang);
                return text.length() > 300 ? "<div class=\"text\">" + html + "</div>" : html;
            }
            String type = node.getLiteralDatatypeURI();
            boolean plain = type == null || type.endsWith("#string");
            return Html.escape(text) + (plain ? "" : " <span class=\"muted\">" + Html.escape(labeler.shortName(
                    NodeFactory.createURI(type))) + "</span>");
        }
        if (!node.isURI()) {
            return Html.escape(node.toString());
        }
        Labels labels = labeler.labels(node).orElse(null);
        String inner;
        if (labels != null && (labels.en() != null || labels.ar() != null)) {
            inner = Html.escape(labels.en() != null ? labels.en() : labels.ar());
            if (labels.en() != null && labels.ar() != null && !node.getURI().startsWith(base.ontologyNamespace())) {
                inner += " <span lang=\"ar\" dir=\"rtl\">" + Html.escape(labels.ar()) + "</span>";
            }
        } else {
            inner = Html.escape(labeler.shortName(node));
        }
        String href = links.href(node);
        return href == null ? inner : Html.link(href, inner);
    }

}
