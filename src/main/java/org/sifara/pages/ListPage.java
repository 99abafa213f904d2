package org.sifara.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /list/<kind>?page=N}: one page of the things of a kind ({@link Listing#PAGE_SIZE}), by
 * name in the page's language, or latest first for events and articles, with its date; the
 * next and previous pages are links. Built with LIMIT and OFFSET, so no page grows with the archive.
 */
public final class ListPage {

    private final Site site;
    private final View view;
    private final Listing listing;
    private final int page;

    public ListPage(Site site, View view, Listing listing, int page) {
        this.site = site;
        this.view = view;
        this.listing = listing;
        this.page = Math.max(1, page);
    }

    /** The things on this page, with one more fetched to know whether a next page exists. */
    static List<QuerySolution> rows(FactQueries facts, Listing listing, String lang, long offset, int limit) {
        String when = "OPTIONAL { ?x dcterms:date|" + FactQueries.WHEN_PATH + " ?when }";
        // Ordered by the terms' text (stores order typed and tagged literals differently, but text
        // alike), outside the grouping (where some stores, Virtuoso among them, take no expression).
        String order = listing.byDate() ? "ORDER BY DESC(STR(?first)) STR(?name) STR(?x)" : "ORDER BY STR(?name) STR(?x)";
        return facts.select("SELECT ?x ?name ?first WHERE { { SELECT ?x (SAMPLE(?n) AS ?name) (MAX(?when) AS ?first) WHERE { "
                + listing.pattern() + " OPTIONAL { ?x rdfs:label|schema:headline ?n FILTER(lang(?n) = \"" + lang + "\") } "
                + (listing.byDate() ? when : "") + " } GROUP BY ?x } } " + order + " LIMIT " + limit + " OFFSET " + offset);
    }

    /** A page past the last of a list (page 1 of an empty list is a page that says so). */
    public static final class NoSuchPage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchPage() {
            super(null, null, false, false);
        }
    }

    /** @throws NoSuchPage for a page past the last */
    public String render() {
        FactQueries facts = new FactQueries(site.pub());
        Values values = new Values(site, view);
        List<QuerySolution> rows = rows(facts, listing, view.lang().code(), (long) (page - 1) * Listing.PAGE_SIZE,
                Listing.PAGE_SIZE + 1);
        boolean more = rows.size() > Listing.PAGE_SIZE;
        if (rows.isEmpty() && page > 1) {
            throw new NoSuchPage();
        }
        List<Node> nodes = rows.stream().limit(Listing.PAGE_SIZE).map(r -> r.getResource("x").asNode()).toList();
        values.preload(nodes);
        Map<Node, DateText.When> when = listing == Listing.EVENT ? facts.when(nodes) : Map.of();
        Map<Node, List<Node>> hedges = listing.hedged() ? facts.hedges(nodes) : Map.of();
        values.preload(hedges.values().stream().flatMap(List::stream).distinct().toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Node n : nodes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", values.of(n));
            item.put("other", otherLabel(n));
            item.put("when", when.containsKey(n) ? values.dates().of(when.get(n)) : "");
            item.put("hedge", values.hedge(hedges.get(n)));
            items.add(item);
        }
        if (listing == Listing.ARTICLE) {
            for (int i = 0; i < items.size(); i++) {
                QuerySolution r = rows.get(i);
                items.get(i).put("when", r.get("first") == null ? "" : values.of(r.get("first").asNode()).text());
            }
        }
        Map<String, Object> m = site.model(view);
        String title = site.word(view, "list_" + listing.segment());
        m.put("title", title);
        m.put("items", items);
        m.put("page", site.word(view, "page_number", page));
        m.put("empty", items.isEmpty());
        if (page > 1) {
            m.put("previous", view.local(listing.path() + (page == 2 ? "" : "?page=" + (page - 1))));
        }
        if (more) {
            m.put("next", view.local(listing.path() + "?page=" + (page + 1)));
        }
        return site.page(view, "list", m, title, "home", List.of(), List.of());
    }

    private Map<String, String> otherLabel(Node n) {
        var labels = site.pub().labeler().labels(n);
        if (labels.isEmpty()) {
            return null;
        }
        String other = view.lang() == Lang.AR ? labels.get().en() : labels.get().ar();
        String mine = view.lang() == Lang.AR ? labels.get().ar() : labels.get().en();
        if (other == null || mine == null || other.equals(mine)) {
            return null;
        }
        return Map.of("text", other, "lang", view.lang().other().code(), "dir", view.lang().other().dir());
    }
}
