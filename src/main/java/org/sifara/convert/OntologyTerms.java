package org.sifara.convert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.config.BaseIri;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;
import org.sifara.vocab.Sifara;

/**
 * The values a curator may write for event types, roles, evidential statuses, factualities, topics, bound kinds and
 * CAMEO codes, read from the ontology, which is their single source of truth. A curator writes
 * kebab case ({@code official-visit}); the ontology term is its PascalCase ({@code OfficialVisit}).
 */
final class OntologyTerms {

    private final BaseIri base;
    private final Set<String> eventTypes;
    private final Set<String> roles;
    private final Set<String> evidentialStatuses;
    private final Set<String> factualities;
    private final Set<String> topics;
    private final Set<String> boundKinds;
    private final Map<String, Node> cameoByNotation = new HashMap<>();

    OntologyTerms(Graph ontology, BaseIri base) {
        this.base = base;
        this.eventTypes = subclassesOf(ontology, Sifara.DiplomaticEvent.in(base));
        this.roles = inScheme(ontology, Sifara.RoleTypes.in(base));
        this.evidentialStatuses = inScheme(ontology, Sifara.EvidentialStatuses.in(base));
        this.factualities = inScheme(ontology, Sifara.Factualities.in(base));
        this.topics = inScheme(ontology, Sifara.CooperationTopics.in(base));
        this.boundKinds = inScheme(ontology, Sifara.BoundKinds.in(base));
        Node cameo = Sifara.CameoEventCodes.in(base);
        ontology.find(Node.ANY, SKOS.inScheme.asNode(), cameo).forEachRemaining(t ->
                ontology.find(t.getSubject(), SKOS.notation.asNode(), Node.ANY).forEachRemaining(n ->
                        cameoByNotation.put(n.getObject().getLiteralLexicalForm(), t.getSubject())));
    }

    Optional<Node> eventType(String kebab, Problems problems, SourcePosition at) {
        return term(kebab, "", eventTypes, "event type", problems, at);
    }

    Optional<Node> role(String kebab, Problems problems, SourcePosition at) {
        return term(kebab, "Role", roles, "role", problems, at);
    }

    Optional<Node> evidentialStatus(String kebab, Problems problems, SourcePosition at) {
        return term(kebab, "", evidentialStatuses, "evidential status", problems, at);
    }

    Optional<Node> factuality(String kebab, Problems problems, SourcePosition at) {
        return term(kebab, "", factualities, "factuality", problems, at);
    }

    Optional<Node> topic(String kebab, Problems problems, SourcePosition at) {
        return term(kebab, "", topics, "topic", problems, at);
    }

    Optional<Node> boundKind(String kebab, Problems problems, SourcePosition at) {
        return term(kebab, "", boundKinds, "bound kind", problems, at);
    }

    Optional<Node> cameo(String notation, Problems problems, SourcePosition at) {
        Node concept = cameoByNotation.get(notation);
        if (concept == null) {
            problems.error(at, "unknown CAMEO code '" + notation + "' (codes in the ontology: "
                    + String.join(", ", new TreeSet<>(cameoByNotation.keySet())) + ")");
        }
        return Optional.ofNullable(concept);
    }

    private Optional<Node> term(String kebab, String suffix, Set<String> allowed, String what,
                                Problems problems, SourcePosition at) {
        String local = pascal(kebab) + suffix;
        if (!allowed.contains(local)) {
            Set<String> expected = new TreeSet<>();
            allowed.forEach(a -> expected.add(kebab(a.substring(0, a.length() - suffix.length()))));
            problems.error(at, "unknown " + what + " '" + kebab + "' (expected one of: " + String.join(", ", expected) + ")");
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(base.term(local)));
    }

    private Set<String> subclassesOf(Graph g, Node root) {
        Set<String> locals = new HashSet<>();
        Set<Node> seen = new HashSet<>();
        collectSubclasses(g, root, seen);
        seen.remove(root);
        seen.forEach(n -> localName(n).ifPresent(locals::add));
        return locals;
    }

    private static void collectSubclasses(Graph g, Node cls, Set<Node> seen) {
        if (!seen.add(cls)) {
            return;
        }
        g.find(Node.ANY, RDFS.subClassOf.asNode(), cls).forEachRemaining(t -> collectSubclasses(g, t.getSubject(), seen));
    }

    private Set<String> inScheme(Graph g, Node scheme) {
        Set<String> locals = new HashSet<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).mapWith(Triple::getSubject)
                .filterKeep(s -> g.contains(s, RDF.type.asNode(), Node.ANY))
                .forEachRemaining(s -> localName(s).ifPresent(locals::add));
        return locals;
    }

    private Optional<String> localName(Node n) {
        String ns = base.ontologyNamespace();
        return n.isURI() && n.getURI().startsWith(ns) ? Optional.of(n.getURI().substring(ns.length())) : Optional.empty();
    }

    static String pascal(String kebab) {
        StringBuilder sb = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    static String kebab(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
