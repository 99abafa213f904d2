package org.sifara.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.sifara.query.Paging;
import org.sifara.rdf.RdfForm;

/**
 * The home page: what the dataset is, how much it holds (each count a link to its list), the
 * latest articles and events, example questions that open in the query editor, and the ways to
 * use the data. Every list is bounded: the rest is in the lists, the timeline and the editor.
 */
public final class HomePage {

    static final int LATEST = 10;

    private final Site site;
    private final View view;
    private final FactQueries facts;
    private final Values values;

    public HomePage(Site site, View view) {
        this.site = site;
        this.view = view;
        this.facts = new FactQueries(site.pub());
        this.values = new Values(site, view);
    }

    public String render() {
        Map<String, Object> m = site.model(view);
        m.put("counts", counts());
        m.put("articles", latest(Listing.ARTICLE));
        m.put("events", latest(Listing.EVENT));
        m.put("articlesMore", view.local(Listing.ARTICLE.path()));
        m.put("eventsMore", view.local(Listing.EVENT.path()));
        m.put("timeline", view.local("/timeline"));
        m.put("examples", examples());
        m.put("queries", view.local("/queries"));
        m.put("editor", view.local("/sparql"));
        m.put("eventRecords", "/queries/event-records?format=csv&limit=" + Paging.MAX_LIMIT);
        m.put("downloads", Arrays.stream(RdfForm.values()).map(f -> Map.of("href", "/download/" + f.datasetFile(),
                "name", f.datasetFile())).toList());
        return site.page(view, "home", m, site.word(view, "home_title"), "home",
                List.of(new Site.HeadLink("alternate", "text/turtle", "/.well-known/void")), List.of());
    }

    private List<Map<String, Object>> counts() {
        StringBuilder q = new StringBuilder("SELECT * WHERE {\n");
        for (Listing l : Listing.values()) {
            q.append("  { SELECT (COUNT(DISTINCT ?x) AS ?").append(l.segment()).append(") WHERE { ").append(l.pattern())
                    .append(" } }\n");
        }
        QuerySolution row = facts.select(q.append("}").toString()).get(0);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Listing l : Listing.values()) {
            long n = row.getLiteral(l.segment()).getLong();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("count", Numbers.grouped(java.math.BigDecimal.valueOf(n), view.lang()));
            c.put("label", site.word(view, "count_" + l.segment()));
            c.put("href", view.local(l.path()));
            out.add(c);
        }
        return out;
    }

    private List<Map<String, Object>> latest(Listing listing) {
        List<QuerySolution> rows = ListPage.rows(facts, listing, view.lang().code(), 0, LATEST);
        List<Node> nodes = rows.stream().map(r -> r.getResource("x").asNode()).toList();
        values.preload(nodes);
        Map<Node, DateText.When> when = listing == Listing.EVENT ? facts.when(nodes) : Map.of();
        Map<Node, List<Node>> hedges = listing.hedged() ? facts.hedges(nodes) : Map.of();
        values.preload(hedges.values().stream().flatMap(List::stream).distinct().toList());
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuerySolution r : rows) {
            Node n = r.getResource("x").asNode();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", values.of(n));
            String date = when.containsKey(n) ? values.dates().of(when.get(n))
                    : r.get("first") == null ? "" : values.of(r.get("first").asNode()).text();
            item.put("when", date);
            item.put("hedge", values.hedge(hedges.get(n)));
            out.add(item);
        }
        return out;
    }

    private List<Map<String, Object>> examples() {
        String lang = view.lang().code();
        List<Map<String, Object>> out = new ArrayList<>();
        example(out, "example_participants", """
                SELECT ?event ?actor ?role WHERE {
                  ?p sifara:inEvent ?e ; sifara:participant ?a ; sem:roleType ?r .
                  ?e rdfs:label ?event . ?a rdfs:label ?actor . ?r skos:prefLabel ?role .
                  FILTER(lang(?event) = "%1$s" && lang(?actor) = "%1$s" && lang(?role) = "%1$s")
                } ORDER BY ?event ?actor""".formatted(lang));
        example(out, "example_unconfirmed", """
                SELECT ?statement ?status ?factuality WHERE {
                  ?c a sifara:Claim ; rdfs:label ?statement ; sifara:evidentialStatus ?s ; sifara:factuality ?f .
                  ?s skos:prefLabel ?status . ?f skos:prefLabel ?factuality .
                  FILTER((?s = sifara:Reported || ?f = sifara:Possible)
                         && lang(?statement) = "%1$s" && lang(?status) = "%1$s" && lang(?factuality) = "%1$s")
                } ORDER BY ?statement""".formatted(lang));
        example(out, "example_agreements", """
                SELECT ?agreement ?value ?signing WHERE {
                  ?agreement a sifara:Agreement ; rdfs:label ?name .
                  OPTIONAL { ?agreement sifara:monetaryValue/rdfs:label ?value FILTER(lang(?value) = "%1$s") }
                  OPTIONAL { ?agreement sifara:signingEvent ?signing }
                  FILTER(lang(?name) = "%1$s")
                } ORDER BY ?name""".formatted(lang));
        return out;
    }

    private void example(List<Map<String, Object>> out, String key, String query) {
        String full = EditorPage.prefixLines(site.pub()) + "\n" + query + "\n";
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("title", site.word(view, key));
        e.put("href", view.local("/sparql?query=" + URLEncoder.encode(full, StandardCharsets.UTF_8)));
        e.put("code", query);
        out.add(e);
    }
}
