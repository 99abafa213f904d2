package org.sifara.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.sifara.config.BaseIri;
import org.sifara.vocab.Sifara;

/**
 * The words of the article that support a resource, as a page quotes them: the exact words, their
 * context cut at word boundaries, and a link to the place they are highlighted in the article's
 * page ({@code /doc/article/<slug>.html#ev-<annotation>}).
 */
final class EvidenceQuotes {

    private final Graph doc;
    private final Values values;
    private final Node evidence;

    EvidenceQuotes(Graph doc, Values values, BaseIri base) {
        this.doc = doc;
        this.values = values;
        this.evidence = Sifara.evidence.in(base);
    }

    List<Map<String, Object>> of(Node focus) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Node> annotations = objects(focus, evidence);
        for (Node annotation : annotations) {
            for (Node target : objects(annotation, OA.hasTarget.asNode())) {
                Map<String, Object> q = new LinkedHashMap<>();
                String exact = "";
                String prefix = "";
                String suffix = "";
                long start = Long.MAX_VALUE;
                for (Node selector : objects(target, OA.hasSelector.asNode())) {
                    exact = literal(selector, OA.exact.asNode(), exact);
                    prefix = literal(selector, OA.prefix.asNode(), prefix);
                    suffix = literal(selector, OA.suffix.asNode(), suffix);
                    String s = literal(selector, OA.start.asNode(), null);
                    if (s != null) {
                        start = Long.parseLong(s);
                    }
                }
                q.put("before", Snippets.before(prefix));
                q.put("exact", exact);
                q.put("after", Snippets.after(suffix));
                q.put("start", start);
                List<Node> sources = objects(target, OA.hasSource.asNode());
                if (!sources.isEmpty()) {
                    Node article = sources.get(0);
                    q.put("article", values.of(article));
                    String href = values.href(article.getURI());
                    q.put("inArticle", href == null ? null : anchored(href, annotation));
                }
                out.add(q);
            }
        }
        out.sort(Comparator.comparingLong(q -> (Long) q.get("start")));
        return out;
    }

    /** The article page's anchor for an annotation: {@code #ev-<last segment of its IRI>}. */
    static String anchor(Node annotation) {
        String iri = annotation.getURI();
        return "ev-" + iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String anchored(String href, Node annotation) {
        return href + "#" + anchor(annotation);
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
}
