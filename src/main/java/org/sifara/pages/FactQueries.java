package org.sifara.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.sifara.publish.Publication;
import org.sifara.vocab.Sifara;

/**
 * The small SELECTs pages run over the publication (through {@link Publication#select}, so they
 * work over any store), each bounded by a LIMIT: when events happened, what values amount to, who
 * took part in an event and in which roles, and what an actor took part in.
 */
public final class FactQueries {

    /** An amount with its bound: {@code boundKind} is the local name of a sifara:BoundKind. */
    public record Amount(String boundKind, BigDecimal number, String currency) {}

    /** Someone in an event, with their roles. */
    public record Taking(Node other, List<Node> roles) {}

    static final String PREFIXES = """
            PREFIX sifara: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /** At most this many nodes are looked up at once. */
    static final int MAX_NODES = 500;

    private final Publication pub;

    /** Every property that dates an event, as a path: lists, the timeline and pages date by the same. */
    public static final String WHEN_PATH = "sem:hasTimeStamp|sem:hasBeginTimeStamp|sem:hasEndTimeStamp|sem:hasEarliestBeginTimeStamp"
            + "|sem:hasLatestBeginTimeStamp|sem:hasEarliestEndTimeStamp|sem:hasLatestEndTimeStamp";

    public FactQueries(Publication pub) {
        this.pub = pub;
    }

    /** The prefixes every page query starts with. */
    public String prefixes() {
        return PREFIXES.formatted(pub.base().ontologyNamespace());
    }

    public List<QuerySolution> select(String body) {
        return pub.select(prefixes() + body);
    }

    static String values(String var, Collection<Node> nodes) {
        return "VALUES ?" + var + " { " + nodes.stream().filter(Node::isURI).limit(MAX_NODES)
                .map(NodeFmtLib::strNT).collect(Collectors.joining(" ")) + " }";
    }

    /** When each of {@code nodes} happened, for those that say. */
    public Map<Node, DateText.When> when(Collection<Node> nodes) {
        Map<Node, DateText.When> out = new HashMap<>();
        if (nodes.stream().noneMatch(Node::isURI)) {
            return out;
        }
        for (QuerySolution r : select("SELECT * WHERE { " + values("x", nodes) + """
                  OPTIONAL { ?x sem:hasTimeStamp ?d } OPTIONAL { ?x sem:hasBeginTimeStamp ?b } OPTIONAL { ?x sem:hasEndTimeStamp ?e }
                  OPTIONAL { ?x sem:hasEarliestBeginTimeStamp ?eb } OPTIONAL { ?x sem:hasLatestBeginTimeStamp ?lb }
                  OPTIONAL { ?x sem:hasEarliestEndTimeStamp ?ee } OPTIONAL { ?x sem:hasLatestEndTimeStamp ?le }
                } LIMIT 1000""")) {
            DateText.When w = new DateText.When(day(r, "d"), day(r, "b"), day(r, "e"), day(r, "eb"), day(r, "lb"),
                    day(r, "ee"), day(r, "le"));
            if (!w.isEmpty()) {
                out.putIfAbsent(r.getResource("x").asNode(), w);
            }
        }
        return out;
    }

    /**
     * For each of {@code nodes} the article does not state in its own voice as having happened: its
     * evidential status (when not "stated by the article") and its factuality (when not "occurred"),
     * so that a list never shows a reported or planned event as a plain fact.
     */
    public Map<Node, List<Node>> hedges(Collection<Node> nodes) {
        Map<Node, List<Node>> out = new HashMap<>();
        if (nodes.stream().noneMatch(Node::isURI)) {
            return out;
        }
        Node stated = Sifara.StatedByArticle.in(pub.base());
        Node occurred = Sifara.Occurred.in(pub.base());
        // Who vouches first, then what kind of content: "reported by a source · planned".
        for (QuerySolution r : select("SELECT ?x ?h WHERE { " + values("x", nodes)
                + " VALUES ?p { sifara:evidentialStatus sifara:factuality } ?x ?p ?h } ORDER BY STR(?x) STR(?p) LIMIT 1000")) {
            Node h = r.getResource("h").asNode();
            if (!h.equals(stated) && !h.equals(occurred)) {
                out.computeIfAbsent(r.getResource("x").asNode(), k -> new ArrayList<>()).add(h);
            }
        }
        return out;
    }

    static LocalDate day(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null || !n.isLiteral() ? null : DateText.parse(n.asLiteral().getLexicalForm()).orElse(null);
    }

    /** What each of {@code nodes} that is a monetary value amounts to. */
    public Map<Node, Amount> amounts(Collection<Node> nodes) {
        Map<Node, Amount> out = new HashMap<>();
        if (nodes.stream().noneMatch(Node::isURI)) {
            return out;
        }
        for (QuerySolution r : select("SELECT ?x ?kind ?n ?currency WHERE { " + values("x", nodes) + """
                  ?x a sifara:MonetaryValue .
                  OPTIONAL { ?x sifara:boundKind ?kind }
                  OPTIONAL { ?x schema:currency ?currency }
                  OPTIONAL { ?x schema:value|schema:minValue|schema:maxValue|sifara:minExclusiveValue|sifara:maxExclusiveValue ?n }
                } LIMIT 1000""")) {
            if (r.get("n") == null) {
                continue;
            }
            String kind = r.get("kind") == null ? "Exact" : local(r.getResource("kind").getURI());
            BigDecimal number;
            try {
                number = new BigDecimal(r.getLiteral("n").getLexicalForm());
            } catch (NumberFormatException e) {
                continue;
            }
            String currency = r.get("currency") == null ? "" : r.getLiteral("currency").getLexicalForm();
            out.putIfAbsent(r.getResource("x").asNode(), new Amount(kind, number, currency));
        }
        return out;
    }

    /** Who took part in {@code event}, each with their roles, at most {@code limit} of them. */
    public List<Taking> participants(Node event, int limit) {
        return takings("?p sifara:inEvent " + NodeFmtLib.strNT(event) + " ; sifara:participant ?other .", limit);
    }

    /** The events {@code actor} took part in, each with their roles there, latest first, at most {@code limit}. */
    public List<Taking> participations(Node actor, int limit) {
        return takings("?p sifara:participant " + NodeFmtLib.strNT(actor) + " ; sifara:inEvent ?other .", limit);
    }

    private List<Taking> takings(String pattern, int limit) {
        Map<Node, List<Node>> roles = new LinkedHashMap<>();
        for (QuerySolution r : select("SELECT ?other ?role WHERE { " + pattern + """
                  OPTIONAL { ?p sem:roleType ?role }
                  OPTIONAL { ?other %s ?when }
                  OPTIONAL { ?other rdfs:label ?name FILTER(lang(?name) = "en") }
                } ORDER BY DESC(STR(?when)) STR(?name) STR(?other) STR(?role) LIMIT """.formatted(WHEN_PATH) + (limit * 8))) {
            Node other = r.getResource("other").asNode();
            if (!roles.containsKey(other) && roles.size() >= limit) {
                continue;
            }
            List<Node> list = roles.computeIfAbsent(other, k -> new ArrayList<>());
            if (r.get("role") != null && !list.contains(r.getResource("role").asNode())) {
                list.add(r.getResource("role").asNode());
            }
        }
        List<Taking> out = new ArrayList<>();
        roles.forEach((other, list) -> {
            List<Node> sorted = new ArrayList<>(list);
            sorted.sort(java.util.Comparator.comparingInt(FactQueries::roleRank));
            out.add(new Taking(other, List.copyOf(sorted)));
        });
        return out;
    }

    /** The order roles are named in: who led, hosted or visited first, then who attended. */
    static int roleRank(Node role) {
        int i = ROLE_ORDER.indexOf(local(role.getURI()));
        return i < 0 ? ROLE_ORDER.size() : i;
    }

    static final List<String> ROLE_ORDER = List.of("PrincipalRole", "HostRole", "GuestRole", "ReceiverRole",
            "AttendeeRole", "DelegationRole", "SourceRole");

    /** Participants in the order a reader expects: principals, hosts and guests before attendees. */
    public static List<Taking> byRole(List<Taking> takings) {
        List<Taking> sorted = new ArrayList<>(takings);
        sorted.sort(java.util.Comparator.comparingInt((Taking t) -> t.roles().isEmpty() ? ROLE_ORDER.size()
                : roleRank(t.roles().get(0))));
        return sorted;
    }

    static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
