package org.sifara.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sifara.config.BaseIri;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.SavedQuery;
import org.sifara.rdf.RdfForm;

/**
 * The routes of the seed's publication, with the form asked of each: the home page, the lists and
 * the timeline in both languages, things' IRIs and their documents as HTML and Turtle (a few of
 * each kind, or all with {@code -Dsifara.routesPerKind=100000}), the
 * article's second page, the named graphs, the vocabulary, the dataset description, every download,
 * every saved query that needs no parameter as JSON and HTML, and queries at {@code /sparql} of
 * every form but DESCRIBE (whose answer SPARQL leaves to each store).
 */
public final class EveryRoute {

    /** One request: a path and what its Accept header asks for. */
    public record Route(String path, String accept) {}

    private static final String HTML = "text/html";
    private static final String TURTLE = "text/turtle";
    private static final String JSON = "application/sparql-results+json";

    private EveryRoute() {}

    /** How many things of each kind {@link #ofSeed()} takes: {@code -Dsifara.routesPerKind=N}, 3 unless said. */
    public static final int PER_KIND = Integer.getInteger("sifara.routesPerKind", 3);

    /** The routes, with {@link #PER_KIND} things of each kind (the first by IRI). */
    public static List<Route> ofSeed() {
        return ofSeed(PER_KIND);
    }

    /** The routes, with at most {@code perKind} things of each kind ({@code /id/person/...}, {@code /id/event/...}). */
    public static List<Route> ofSeed(int perKind) {
        BaseIri base = BaseIri.defaultBase();
        List<Route> routes = new ArrayList<>();
        for (String page : List.of("/", "/?lang=ar", "/timeline", "/timeline?lang=ar", "/list/person", "/list/organization",
                "/list/country", "/list/place", "/list/event?lang=ar", "/list/agreement", "/list/claim", "/list/article",
                "/ontology.html", "/sparql", "/queries", "/.well-known/void.html")) {
            routes.add(new Route(page, HTML));
        }
        for (String data : List.of("/ontology.ttl", "/ontology/shapes.ttl", "/.well-known/void.ttl", "/sparql", "/graph/entities",
                "/graph/ontology", "/graph/article/2026-02-03-haftar-meets-sharif",
                "/doc/article/2026-02-03-haftar-meets-sharif.ttl?page=2", "/doc/article/2026-02-03-haftar-meets-sharif.html?page=2")) {
            routes.add(new Route(data, TURTLE));
        }
        for (RdfForm form : RdfForm.values()) {
            routes.add(new Route("/download/" + form.datasetFile(), form.contentType()));
        }
        DatasetGraph seed = TestData.convertedOutput();
        TreeSet<String> things = Txn.calculateRead(seed, () -> {
            TreeSet<String> iris = new TreeSet<>();
            seed.find().forEachRemaining(q -> {
                Node s = q.getSubject();
                if (s.isURI() && s.getURI().startsWith(base.value() + "id/") && !s.getURI().contains("#")) {
                    iris.add(s.getURI().substring(base.value().length() - 1));
                }
            });
            return iris;
        });
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        for (String thing : things) {
            String kind = thing.split("/")[2];
            if (taken.merge(kind, 1, Integer::sum) > perKind) {
                continue;
            }
            routes.add(new Route(thing, HTML));
            String doc = thing.replaceFirst("^/id/", "/doc/");
            routes.add(new Route(doc + ".html", HTML));
            routes.add(new Route(doc + ".ttl", TURTLE));
        }
        routes.add(new Route("/queries", "application/json"));
        for (SavedQuery q : QueryCatalogue.load(base).all()) {
            routes.add(new Route("/queries/" + q.name() + ".rq", "application/sparql-query"));
            if (q.parameters().stream().noneMatch(p -> p.mustBeGiven())) {
                routes.add(new Route("/queries/" + q.name(), q.query().isSelectType() ? JSON : TURTLE));
                routes.add(new Route("/queries/" + q.name(), HTML));
            }
        }
        for (String query : List.of(
                "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s ?label",
                "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type",
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + base.graph("publication-state")
                        + ">) } GROUP BY ?g ORDER BY ?g",
                "SELECT ?x ?v WHERE { ?x <https://schema.org/value>|<https://schema.org/minValue>|<https://schema.org/maxValue> ?v } ORDER BY ?x ?v",
                "ASK { ?x <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1016> }",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://schema.org/Person> ; ?p ?o }")) {
            String path = "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            routes.add(new Route(path, query.startsWith("CONSTRUCT") ? TURTLE : JSON));
        }
        return routes;
    }
}
