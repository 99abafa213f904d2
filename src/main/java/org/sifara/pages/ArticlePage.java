package org.sifara.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.facts.Labels;

/**
 * The page of an article: its headline and date, its full text right to left with every span
 * that evidence quotes highlighted and anchored ({@code #ev-<annotation>}), and the facts taken
 * from it, each linking to its span in the text and back ({@code #fact-<annotation>}).
 */
public final class ArticlePage {

    /** The most evidence spans one article page shows (an article's facts are a few dozen). */
    static final int MAX_SPANS = 2000;

    private final Site site;
    private final View view;
    private final Graph doc;
    private final Node focus;
    private final Values values;

    public ArticlePage(Site site, View view, Graph doc, Node focus) {
        this.site = site;
        this.view = view;
        this.doc = doc;
        this.focus = focus;
        this.values = new Values(site, view);
    }

    public String render(List<ResourcePage.Alternate> alternates) {
        Map<String, Object> m = site.model(view);
        Labels labels = site.pub().labeler().labels(focus).orElse(new Labels(null, null));
        String title = values.label(focus);
        m.put("title", title);
        String other = view.lang() == Lang.AR ? labels.en() : labels.ar();
        if (other != null && !other.equals(title)) {
            m.put("subtitle", other);
            m.put("subtitleLang", view.lang().other().code());
            m.put("subtitleDir", view.lang().other().dir());
        }
        String text = literal(SchemaDO.text.asNode());
        String language = literal(SchemaDO.inLanguage.asNode());
        m.put("textLang", language.isEmpty() ? "ar" : language);
        m.put("textDir", Lang.isRightToLeft(language.isEmpty() ? "ar" : language) ? "rtl" : "ltr");
        doc.find(focus, org.apache.jena.vocabulary.DCTerms.date.asNode(), Node.ANY).nextOptional()
                .ifPresent(t -> m.put("date", values.of(t.getObject()).text()));
        doc.find(focus, org.apache.jena.vocabulary.RDFS.comment.asNode(), Node.ANY).nextOptional()
                .ifPresent(t -> m.put("note", values.of(t.getObject())));
        List<Span> spans = spans();
        m.put("segments", new Highlighter(text, spans).segments());
        m.put("facts", facts(spans));
        m.put("factCount", site.word(view, "article_fact_count", spans.size()));
        m.put("iri", focus.getURI());
        m.put("alternates", alternates);
        return site.page(view, "article", m, title, null, Site.alternates(alternates), List.of());
    }

    /** One quoted span: where it is (in code points), the annotation that quotes it and the fact it supports. */
    record Span(long start, long end, Node annotation, Node fact, int number) {
        String anchor() {
            return EvidenceQuotes.anchor(annotation);
        }

        String factAnchor() {
            return "fact-" + anchor().substring(3);
        }
    }

    private List<Span> spans() {
        List<Span> out = new ArrayList<>();
        for (QuerySolution r : new FactQueries(site.pub()).select("SELECT ?ann ?body ?start ?end WHERE {\n"
                + "  ?t oa:hasSource " + NodeFmtLib.strNT(focus) + " ; oa:hasSelector ?s .\n"
                + "  ?ann oa:hasTarget ?t ; oa:hasBody ?body . ?s oa:start ?start ; oa:end ?end .\n"
                + "} ORDER BY ?start DESC(?end) ?ann LIMIT " + MAX_SPANS)) {
            out.add(new Span(r.getLiteral("start").getLong(), r.getLiteral("end").getLong(), r.getResource("ann").asNode(),
                    r.getResource("body").asNode(), out.size() + 1));
        }
        return out;
    }

    private List<Map<String, Object>> facts(List<Span> spans) {
        values.preload(spans.stream().map(Span::fact).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Span s : spans) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("number", s.number());
            f.put("id", s.factAnchor());
            f.put("spanHref", "#" + s.anchor());
            f.put("fact", values.of(s.fact()));
            f.put("kind", kind(s.fact()));
            out.add(f);
        }
        return out;
    }

    /** The kind of thing a fact is about, from its IRI ({@code id/<kind>/...}), in the page's language. */
    private String kind(Node fact) {
        String iri = fact.getURI();
        String base = site.pub().base().value() + "id/";
        if (!iri.startsWith(base)) {
            return "";
        }
        String segment = iri.substring(base.length(), iri.indexOf('/', base.length()) < 0 ? iri.length()
                : iri.indexOf('/', base.length()));
        String key = "kind_" + segment;
        return site.messages().has(view.lang(), key) ? site.messages().get(view.lang(), key) : segment;
    }

    private String literal(Node predicate) {
        return doc.find(focus, predicate, Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }
}
