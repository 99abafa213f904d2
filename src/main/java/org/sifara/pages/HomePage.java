package org.sifara.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.VOID;
import org.sifara.rdf.RdfForm;
import org.sifara.publish.Listing;
import org.sifara.publish.Publication;

/**
 * The home page: what the dataset is, its newest articles, counts, the first people, events and
 * agreements with links to the listing pages of all of them, the downloads, the endpoint and
 * example queries. Its size does not grow with the archive.
 */
public final class HomePage {

    /** The newest articles the home page shows; the rest are on the listing pages. */
    static final int LATEST = 10;
    /** The people, organisations, events, agreements and statements it shows of each; the rest are on the listing pages. */
    static final int FIRST = 20;

    private final Publication pub;
    private final Links links;

    public HomePage(Publication pub) {
        this.pub = pub;
        this.links = new Links(pub.base());
    }

    private String prefixes() {
        return "PREFIX sifara: <" + pub.base().ontologyNamespace() + ">\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema: <https://schema.org/>\n"
                + "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "PREFIX org: <http://www.w3.org/ns/org#>\n";
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Sifara <span lang=\"ar\" dir=\"rtl\">سفارة</span></h1>\n");
        b.append("<p>Facts of diplomatic news as linked data: events, who took part and in which role, agreements and "
                + "what they are worth, and statements with their sources and how sure they are (asserted, reported, "
                + "planned, under negotiation, intended). Every fact points to the exact words of the article it comes from.</p>\n");
        b.append("<p lang=\"ar\" dir=\"rtl\">وقائع الأخبار الدبلوماسية بيانات مترابطة: الأحداث ومن شارك فيها وبأي دور، "
                + "والاتفاقيات وقيمها، والإفادات بمصادرها ودرجة ثبوتها. وكل واقعة تشير إلى الكلمات الحرفية للمقال الذي جاءت منه.</p>\n");
        articles(b);
        counts(b);
        list(b, Listing.PEOPLE, "schema:Person");
        list(b, Listing.ORGANISATIONS, "org:Organization");
        events(b);
        list(b, Listing.AGREEMENTS, "sifara:Agreement");
        list(b, Listing.STATEMENTS, "sifara:Claim");
        access(b);
        return Html.page("Facts of diplomatic news", Html.alternate("text/turtle", "/.well-known/void"), b.toString());
    }

    private void articles(StringBuilder b) {
        b.append("<h2>Articles</h2>\n<ul>\n");
        for (QuerySolution r : pub.select(prefixes() + """
                SELECT ?a ?ar ?en ?date WHERE { ?a a schema:NewsArticle ; dcterms:date ?date ;
                  schema:headline ?ar , ?en FILTER(lang(?ar) = "ar" && lang(?en) = "en") } ORDER BY DESC(?date) ?a LIMIT """
                + LATEST)) {
            b.append("<li>").append(Html.escape(r.getLiteral("date").getLexicalForm())).append(" · ")
                    .append(Html.link(links.href(r.getResource("a").getURI()),
                            "<span lang=\"ar\" dir=\"rtl\">" + Html.escape(r.getLiteral("ar").getString()) + "</span>"))
                    .append(" <span class=\"muted\">(").append(Html.escape(r.getLiteral("en").getString())).append(")</span></li>\n");
        }
        b.append("</ul>\n");
        more(b, Listing.ARTICLES, LATEST);
    }

    /** A link to the listing pages, when the home page shows only the first {@code shown}. */
    private void more(StringBuilder b, Listing listing, int shown) {
        long total = pub.count(listing);
        if (total > shown) {
            b.append("<p>").append(Html.link(listing.path(1), "All " + total + " " + listing.title().toLowerCase(java.util.Locale.ROOT)))
                    .append("</p>\n");
        }
    }

    private void counts(StringBuilder b) {
        long triples = pub.voidGraph().find(org.apache.jena.graph.Node.ANY, VOID.triples.asNode(), org.apache.jena.graph.Node.ANY)
                .filterKeep(t -> t.getSubject().getURI().endsWith("/dataset"))
                .nextOptional().map(t -> Long.parseLong(t.getObject().getLiteralLexicalForm())).orElse(0L);
        QuerySolution c = pub.select(prefixes() + """
                SELECT (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?o) AS ?orgs) (COUNT(DISTINCT ?e) AS ?events)
                       (COUNT(DISTINCT ?g) AS ?agreements) (COUNT(DISTINCT ?c) AS ?claims) WHERE {
                  { ?p a schema:Person } UNION { ?o a org:Organization } UNION { ?e a sifara:DiplomaticEvent }
                  UNION { ?g a sifara:Agreement } UNION { ?c a sifara:Claim } }""").get(0);
        b.append("<p class=\"muted\">").append(triples).append(" triples · ")
                .append(c.getLiteral("people").getLong()).append(" people · ")
                .append(c.getLiteral("orgs").getLong()).append(" organisations and states · ")
                .append(c.getLiteral("events").getLong()).append(" events · ")
                .append(c.getLiteral("agreements").getLong()).append(" agreements · ")
                .append(c.getLiteral("claims").getLong()).append(" attributed statements</p>\n");
    }

    private void list(StringBuilder b, Listing listing, String type) {
        List<QuerySolution> rows = pub.select(prefixes() + "SELECT ?x ?en ?ar WHERE { ?x a " + type
                + " ; rdfs:label ?en , ?ar FILTER(lang(?en) = 'en' && lang(?ar) = 'ar') } ORDER BY ?en LIMIT " + FIRST);
        String title = listing == Listing.ORGANISATIONS ? "Organisations" : listing.title();
        b.append("<h2>").append(Html.escape(title)).append("</h2>\n<ul>\n");
        for (QuerySolution r : rows) {
            b.append("<li>").append(Html.link(links.href(r.getResource("x").getURI()), Html.escape(r.getLiteral("en").getString())))
                    .append(" <span lang=\"ar\" dir=\"rtl\">").append(Html.escape(r.getLiteral("ar").getString())).append("</span></li>\n");
        }
        b.append("</ul>\n");
        more(b, listing, FIRST);
    }

    private void events(StringBuilder b) {
        b.append("<h2>Events</h2>\n<ul>\n");
        for (QuerySolution r : pub.select(prefixes() + """
                SELECT ?e ?en ?ar ?when WHERE { ?e a sifara:DiplomaticEvent ; rdfs:label ?en , ?ar
                  FILTER(lang(?en) = 'en' && lang(?ar) = 'ar')
                  OPTIONAL { ?e sem:hasTimeStamp ?d }
                  OPTIONAL { ?e sem:hasEarliestBeginTimeStamp ?eb } OPTIONAL { ?e sem:hasLatestBeginTimeStamp ?lb }
                  OPTIONAL { ?e sem:hasLatestEndTimeStamp ?le }
                  BIND(COALESCE(?d, ?eb, ?lb, ?le) AS ?when) } ORDER BY ?when ?en LIMIT """ + FIRST)) {
            String when = r.contains("when") ? r.getLiteral("when").getLexicalForm() + " · " : "";
            b.append("<li>").append(Html.escape(when))
                    .append(Html.link(links.href(r.getResource("e").getURI()), Html.escape(r.getLiteral("en").getString())))
                    .append(" <span lang=\"ar\" dir=\"rtl\">").append(Html.escape(r.getLiteral("ar").getString())).append("</span></li>\n");
        }
        b.append("</ul>\n");
        more(b, Listing.EVENTS, FIRST);
    }

    private void access(StringBuilder b) {
        b.append("<h2>Use the data</h2>\n<ul>\n");
        b.append("<li>SPARQL endpoint: <code>/sparql</code> (read-only; the default graph is the union of all graphs; "
                + "<code>GRAPH</code> reaches each article's graph)</li>\n");
        b.append("<li>").append(Html.link("/queries", "Saved queries")).append(" and their ")
                .append(Html.link("/openapi.json", "OpenAPI description")).append("</li>\n");
        b.append("<li>").append(Html.link("/.well-known/void", "Dataset description (VoID, DCAT)")).append("</li>\n");
        b.append("<li>").append(Html.link("/ontology", "The Sifara ontology")).append("</li>\n");
        b.append("<li>Downloads: ");
        b.append(String.join(" · ", java.util.Arrays.stream(RdfForm.values())
                .map(f -> Html.link("/download/" + f.datasetFile(), Html.escape(f.datasetFile()))).toList()));
        b.append("</li>\n</ul>\n<h2>Example queries</h2>\n<ul>\n");
        example(b, "Who took part in which event, in which role", """
                SELECT ?event ?actor ?role WHERE {
                  ?p sifara:inEvent ?e ; sifara:participant ?a ; <http://semanticweb.cs.vu.nl/2009/11/sem/roleType> ?r .
                  ?e rdfs:label ?event . ?a rdfs:label ?actor . ?r <http://www.w3.org/2004/02/skos/core#prefLabel> ?role .
                  FILTER(lang(?event) = "en" && lang(?actor) = "en" && lang(?role) = "en")
                } ORDER BY ?event ?actor""");
        example(b, "What is not confirmed: statements that are reported, planned, under negotiation or intended", """
                SELECT ?statement ?modality WHERE {
                  ?c a sifara:Claim ; rdfs:label ?statement ; sifara:modality ?m .
                  ?m <http://www.w3.org/2004/02/skos/core#prefLabel> ?modality .
                  FILTER(?m != sifara:Asserted && lang(?statement) = "en" && lang(?modality) = "en")
                } ORDER BY ?statement""");
        b.append("</ul>\n");
    }

    private void example(StringBuilder b, String title, String query) {
        String full = prefixes() + query;
        b.append("<li>").append(Html.escape(title)).append(": ")
                .append(Html.link("/sparql?query=" + URLEncoder.encode(full, StandardCharsets.UTF_8), "run"))
                .append("<pre><code>").append(Html.escape(query)).append("</code></pre></li>\n");
    }
}
