package org.sifara.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.sifara.facts.Labels;
import org.sifara.publish.Labeler;
import org.sifara.vocab.Hydra;
import org.sifara.vocab.Sem;
import org.sifara.vocab.Sifara;

/**
 * The HTML page of one resource, in the page's language: its name (and its name in the other
 * language), what kind of thing it is, when it happened and what it amounts to, written for people;
 * its properties by the ontology's labels, in groups; the participants of an event with their
 * roles, or the events an actor took part in; the words of the article that support it; and what
 * refers to it, grouped by how, each once. Every value is escaped by the template.
 */
public final class ResourcePage {

    /** A link to another form of the same document, for the head and the footer. */
    public record Alternate(String label, String mediaType, String href) {}

    /** How many things a page lists in one group before it points to the query editor for the rest. */
    static final int GROUP_LIMIT = 100;

    private final Site site;
    private final View view;
    private final Graph doc;
    private final Node focus;
    private final Labeler labeler;
    private final Values values;
    private final FactQueries facts;
    private final PredicateLabels predicates;

    public ResourcePage(Site site, View view, Graph doc, Node focus) {
        this.site = site;
        this.view = view;
        this.doc = doc;
        this.focus = focus;
        this.labeler = site.pub().labeler();
        this.values = new Values(site, view);
        this.facts = new FactQueries(site.pub());
        this.predicates = new PredicateLabels(site, view.lang());
    }

    public String render(List<Alternate> alternates) {
        Map<String, Object> m = site.model(view);
        Labels labels = labeler.labels(focus).orElse(new Labels(null, null));
        String title = values.label(focus);
        String other = view.lang() == Lang.AR ? labels.en() : labels.ar();
        m.put("title", title);
        m.put("titleLang", labeler.labelIn(focus, view.lang().code()).lang().equals(view.lang().code()) ? null
                : labeler.labelIn(focus, view.lang().code()).lang());
        if (other != null && !other.equals(title)) {
            m.put("subtitle", other);
            m.put("subtitleLang", view.lang().other().code());
            m.put("subtitleDir", view.lang().other().dir());
        }
        m.put("iri", focus.getURI());
        m.put("kinds", kinds());
        Set<Node> objects = new LinkedHashSet<>();
        doc.find(focus, Node.ANY, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        objects.add(focus);
        Map<Node, DateText.When> when = facts.when(objects);
        Map<Node, FactQueries.Amount> amounts = facts.amounts(objects);
        m.put("groups", groups(when, amounts));
        if (isA(Sifara.DiplomaticEvent.in(site.pub().base())) || isA(Sem.Event)) {
            m.put("participants", takings(FactQueries.byRole(facts.participants(focus, GROUP_LIMIT))));
            m.put("isEvent", true);
        }
        Set<Node> eventsShown = new java.util.HashSet<>();
        if (isA(Sem.Actor)) {
            List<FactQueries.Taking> takings = facts.participations(focus, GROUP_LIMIT);
            takings.forEach(t -> eventsShown.add(t.other()));
            m.put("participations", takings(takings));
        }
        m.put("evidence", new EvidenceQuotes(doc, values, site.pub().base()).of(focus));
        m.put("incoming", new IncomingLinks(doc, focus, values, predicates, site, eventsShown).groups());
        // A paged document (what refers to it, its evidence) says in Hydra where its other pages are.
        doc.find(Node.ANY, Hydra.next, Node.ANY).nextOptional().ifPresent(t -> m.put("next", htmlPage(t.getObject())));
        doc.find(Node.ANY, Hydra.previous, Node.ANY).nextOptional().ifPresent(t -> m.put("previous", htmlPage(t.getObject())));
        m.put("alternates", alternates);
        for (String list : List.of("groups", "participants", "participations", "evidence", "incoming")) {
            m.put("has" + Character.toUpperCase(list.charAt(0)) + list.substring(1),
                    m.get(list) instanceof List<?> l && !l.isEmpty());
        }
        return site.page(view, "resource", m, title, null, Site.alternates(alternates), List.of());
    }

    /** The HTML form of another page of this document: {@code <base>doc/x/y?page=2} links {@code /doc/x/y.html?page=2}. */
    private String htmlPage(Node pageIri) {
        String href = values.href(pageIri.getURI());
        int query = href.indexOf('?');
        return query < 0 ? href + ".html" : href.substring(0, query) + ".html" + href.substring(query);
    }

    /**
     * Whether a text is in the other language while the same property also has one in the page's
     * (an editorial note written in both): the page shows its own language's.
     */
    private boolean inAnotherLanguage(Node predicate, Node object) {
        if (!object.isLiteral() || object.getLiteralLanguage().isEmpty()
                || object.getLiteralLanguage().startsWith(view.lang().code())) {
            return false;
        }
        return doc.find(focus, predicate, Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().startsWith(view.lang().code()))
                .hasNext();
    }

    private boolean isA(Node type) {
        return doc.contains(focus, RDF.type.asNode(), type);
    }

    /** What the resource is, most specific first: our own classes, then the reused ones. */
    private List<Value> kinds() {
        List<Node> types = new ArrayList<>();
        doc.find(focus, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        String ns = site.pub().base().ontologyNamespace();
        types.sort(Comparator.comparing((Node n) -> !n.getURI().startsWith(ns)).thenComparing(values::label).thenComparing(Node::getURI));
        return types.stream().map(values::of).toList();
    }

    private List<Map<String, Object>> groups(Map<Node, DateText.When> when, Map<Node, FactQueries.Amount> amounts) {
        Map<Integer, Map<String, Row>> byGroup = new TreeMap<>();
        DateText.When own = when.get(focus);
        if (own != null) {
            row(byGroup, 1, -1, "when", site.word(view, "row_when")).values.add(Value.text(values.dates().of(own)));
        }
        FactQueries.Amount amount = amounts.get(focus);
        if (amount != null) {
            row(byGroup, 0, -1, "amount", site.word(view, "row_amount"))
                    .values.add(Value.text(AmountText.of(amount, site.messages(), view.lang())));
        }
        doc.find(focus, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String name = labeler.shortName(t.getPredicate());
            if (PropertyGroups.SHOWN_ELSEWHERE.contains(name) && (amount != null || !isAmountPart(name))) {
                return;
            }
            if (inAnotherLanguage(t.getPredicate(), t.getObject())) {
                return;
            }
            int[] place = PropertyGroups.place(name);
            Row row = row(byGroup, place[0], place[1], t.getPredicate().getURI(), predicates.forward(t.getPredicate()));
            row.predicate = t.getPredicate();
            Value v = values.of(t.getObject());
            FactQueries.Amount a = amounts.get(t.getObject());
            if (a != null) {
                v = v.withText(AmountText.of(a, site.messages(), view.lang()));
            } else if (when.containsKey(t.getObject())) {
                v = v.withNote(values.dates().of(when.get(t.getObject())));
            }
            row.values.add(v);
        });
        if (isA(Sifara.Agreement.in(site.pub().base())) && !doc.contains(focus, Sifara.party.in(site.pub().base()), Node.ANY)) {
            int[] place = PropertyGroups.place("sifara:party");
            row(byGroup, place[0], place[1], "party", predicates.forward(Sifara.party.in(site.pub().base())))
                    .values.add(Value.text(site.word(view, "no_party")));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byGroup.forEach((index, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            rows.values().stream().sorted(Comparator.comparingInt((Row r) -> r.order).thenComparing(r -> r.label))
                    .forEach(r -> {
                        r.values.sort(Comparator.comparing(Value::text));
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("label", r.label);
                        row.put("values", r.values.stream().distinct().toList());
                        list.add(row);
                    });
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("title", site.word(view, "group_" + PropertyGroups.groupKey(index)));
            group.put("rows", list);
            out.add(group);
        });
        return out;
    }

    private static boolean isAmountPart(String name) {
        return name.equals("schema:currency") || name.equals("sifara:boundKind") || name.endsWith("Value")
                || name.equals("schema:value");
    }

    private static final class Row {
        final String label;
        final int order;
        final List<Value> values = new ArrayList<>();
        Node predicate;

        Row(String label, int order) {
            this.label = label;
            this.order = order;
        }
    }

    private static Row row(Map<Integer, Map<String, Row>> byGroup, int group, int order, String key, String label) {
        return byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new Row(label, order));
    }

    private List<Map<String, Object>> takings(List<FactQueries.Taking> list) {
        List<Node> shown = new ArrayList<>();
        list.forEach(t -> {
            shown.add(t.other());
            shown.addAll(t.roles());
        });
        List<Node> others = list.stream().map(FactQueries.Taking::other).toList();
        Map<Node, List<Node>> hedges = facts.hedges(others);
        hedges.values().forEach(shown::addAll);
        values.preload(shown);
        Map<Node, DateText.When> when = facts.when(others);
        List<Map<String, Object>> out = new ArrayList<>();
        for (FactQueries.Taking t : list) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("who", values.of(t.other()));
            row.put("hedge", values.hedge(hedges.get(t.other())));
            row.put("roles", String.join(site.word(view, "list_separator"), t.roles().stream().map(values::label).toList()));
            DateText.When w = when.get(t.other());
            row.put("when", w == null ? "" : values.dates().of(w));
            out.add(row);
        }
        return out;
    }
}
