package org.sifara.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.apache.jena.riot.out.NodeFmtLib;
import org.sifara.publish.Labeler;

/**
 * What points to a resource, as its page lists it: grouped by the property that points ("held
 * by", "statements about it"), each thing once per group, in label order. Links shown in sections
 * of their own (participants, evidence), and things the page already names among its own
 * properties (a post that {@code org:holds} names and that points back with {@code org:heldBy}),
 * are left out. A group longer than
 * {@link ResourcePage#GROUP_LIMIT} shows its first things and a query, in the editor, for all.
 */
final class IncomingLinks {

    private final Graph doc;
    private final Node focus;
    private final Values values;
    private final PredicateLabels predicates;
    private final Site site;
    private final Labeler labeler;
    private final Set<Node> eventsShown;

    /** @param eventsShown the events the page lists in its own table (an actor's), not repeated here */
    IncomingLinks(Graph doc, Node focus, Values values, PredicateLabels predicates, Site site, Set<Node> eventsShown) {
        this.doc = doc;
        this.focus = focus;
        this.values = values;
        this.predicates = predicates;
        this.site = site;
        this.labeler = site.pub().labeler();
        this.eventsShown = eventsShown;
    }

    List<Map<String, Object>> groups() {
        Set<Node> shownAbove = new java.util.HashSet<>();
        doc.find(focus, Node.ANY, Node.ANY).forEachRemaining(t -> shownAbove.add(t.getObject()));
        Map<String, Set<Node>> byPredicate = new TreeMap<>();
        Map<String, Node> predicateNodes = new LinkedHashMap<>();
        doc.find(Node.ANY, Node.ANY, focus).forEachRemaining(t -> {
            String name = labeler.shortName(t.getPredicate());
            if (t.getSubject().equals(focus) || !t.getSubject().isURI() || t.getSubject().getURI().contains("#")
                    || PropertyGroups.INCOMING_SHOWN_ELSEWHERE.contains(name) || shownAbove.contains(t.getSubject())
                    || eventsShown.contains(t.getSubject())) {
                return;
            }
            String label = predicates.inverse(t.getPredicate());
            byPredicate.computeIfAbsent(label, k -> new LinkedHashSet<>()).add(t.getSubject());
            predicateNodes.putIfAbsent(label, t.getPredicate());
        });
        List<Map<String, Object>> out = new ArrayList<>();
        byPredicate.forEach((label, subjects) -> {
            List<Value> list = subjects.stream().map(values::of).sorted(Comparator.comparing(Value::text))
                    .limit(ResourcePage.GROUP_LIMIT).toList();
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("label", label);
            group.put("values", list);
            if (subjects.size() > ResourcePage.GROUP_LIMIT) {
                group.put("more", site.word(values.view(), "more_in_editor", subjects.size() - ResourcePage.GROUP_LIMIT));
                group.put("moreHref", values.view().local("/sparql?query=" + URLEncoder.encode("SELECT ?s WHERE { ?s "
                        + NodeFmtLib.strNT(predicateNodes.get(label)) + " " + NodeFmtLib.strNT(focus) + " }",
                        StandardCharsets.UTF_8)));
            }
            out.add(group);
        });
        return out;
    }
}
