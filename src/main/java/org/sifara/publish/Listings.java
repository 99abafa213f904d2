package org.sifara.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.sifara.config.BaseIri;
import org.sifara.store.TripleStore;

/**
 * The lists of people, organisations, events, agreements, statements and articles, a page at a
 * time, and how many there are: what the home page and the listing pages show instead of every
 * resource of the archive.
 */
public final class Listings {

    /** Items per listing page. */
    public static final int PER_PAGE = 100;

    /** One listed resource: its English and Arabic labels, and for articles and events a date. */
    public record Item(Node resource, String en, String ar, String date) {}

    /** One page of a listing, and whether another follows. */
    public record Page(Listing listing, int page, List<Item> items, boolean hasNext) {}

    private final TripleStore store;
    private final String prefixes;

    Listings(TripleStore store, BaseIri base) {
        this.store = store;
        this.prefixes = "PREFIX sifara: <" + base.ontologyNamespace() + ">\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema: <https://schema.org/>\n"
                + "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "PREFIX org: <http://www.w3.org/ns/org#>\n";
    }

    /** How many resources the listing has. */
    public long count(Listing listing) {
        return store.query(QueryFactory.create(prefixes + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + listing.type() + " }"),
                exec -> Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm()));
    }

    /** Page {@code page} (from 1) of a listing, {@code size} items long (at most {@link #PER_PAGE}). */
    public Page page(Listing listing, int page, int size) {
        int n = Math.max(1, Math.min(size, PER_PAGE));
        long offset = (long) n * (Math.max(1, page) - 1);
        List<Item> items = new ArrayList<>();
        store.query(QueryFactory.create(prefixes + query(listing) + " LIMIT " + (n + 1) + " OFFSET " + offset), exec -> {
            exec.select().forEachRemaining(row -> items.add(new Item(row.get("x"), text(row.get("en")), text(row.get("ar")),
                    text(row.get("when")))));
            return null;
        });
        boolean hasNext = items.size() > n;
        return new Page(listing, Math.max(1, page), List.copyOf(items.subList(0, Math.min(items.size(), n))), hasNext);
    }

    private static String query(Listing listing) {
        return switch (listing) {
            case ARTICLES -> """
                    SELECT ?x ?en ?ar ?when WHERE { ?x a schema:NewsArticle ; dcterms:date ?when .
                      OPTIONAL { ?x schema:headline ?en FILTER(lang(?en) = "en") }
                      OPTIONAL { ?x schema:headline ?ar FILTER(lang(?ar) = "ar") } } ORDER BY DESC(?when) STR(?x)""";
            case EVENTS -> """
                    SELECT ?x ?en ?ar ?when WHERE { ?x a sifara:DiplomaticEvent .
                      OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en) = 'en') } OPTIONAL { ?x rdfs:label ?ar FILTER(lang(?ar) = 'ar') }
                      OPTIONAL { ?x sem:hasTimeStamp ?d } OPTIONAL { ?x sem:hasEarliestBeginTimeStamp ?eb }
                      OPTIONAL { ?x sem:hasLatestBeginTimeStamp ?lb } OPTIONAL { ?x sem:hasLatestEndTimeStamp ?le }
                      BIND(COALESCE(?d, ?eb, ?lb, ?le) AS ?when) } ORDER BY ?when ?en STR(?x)""";
            default -> "SELECT ?x ?en ?ar WHERE { ?x a " + listing.type() + " .\n"
                    + "  OPTIONAL { ?x rdfs:label ?en FILTER(lang(?en) = 'en') } OPTIONAL { ?x rdfs:label ?ar FILTER(lang(?ar) = 'ar') } }"
                    + " ORDER BY ?en STR(?x)";
        };
    }

    private static String text(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
