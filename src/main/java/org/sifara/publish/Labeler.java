package org.sifara.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.facts.Labels;
import org.sifara.store.TripleStore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The English and Arabic label of a resource (rdfs:label, else skos:prefLabel, else an article's
 * schema:headline), looked up in the store when first asked and kept in a cache bounded in bytes:
 * pages show labels, never bare IRIs where a label exists, and a page of a hundred links asks for
 * them all with one query ({@link #preload}). A small graph of Sifara's own (the VoID description)
 * is looked at first.
 */
public final class Labeler {

    /** The default bound of the kept labels, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    private static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SchemaDO.headline.asNode());
    /** Nodes per lookup query: a VALUES list of this many IRIs. */
    private static final int BATCH = 200;

    private final TripleStore store;
    private final Graph local;
    private final PrefixMap prefixes;
    private final Cache<Node, Optional<Labels>> cache;

    public Labeler(TripleStore store, Graph local, PrefixMap prefixes, long maxBytes) {
        this.store = store;
        this.local = local;
        this.prefixes = prefixes;
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Node n, Optional<Labels> l) -> 96 + 2 * (n.toString().length()
                        + l.map(x -> length(x.ar()) + length(x.en())).orElse(0)))
                .build();
    }

    /** Both labels, where known. */
    public Optional<Labels> labels(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        Optional<Labels> kept = cache.getIfPresent(node);
        if (kept != null) {
            return kept;
        }
        preload(List.of(node));
        return Optional.ofNullable(cache.getIfPresent(node)).orElseGet(() -> lookUp(List.of(node)).get(node));
    }

    /** A label as shown, with the language it is in ("" for a prefixed name or an IRI). */
    public record Shown(String text, String lang) {}

    /**
     * The label in {@code lang} ({@code en} or {@code ar}), else the label in the other one, else a
     * prefixed name, else the IRI.
     */
    public Shown labelIn(Node node, String lang) {
        Optional<Labels> labels = labels(node);
        if (labels.isPresent()) {
            String wanted = lang.equals("ar") ? labels.get().ar() : labels.get().en();
            String other = lang.equals("ar") ? labels.get().en() : labels.get().ar();
            if (wanted != null) {
                return new Shown(wanted, lang.equals("ar") ? "ar" : "en");
            }
            if (other != null) {
                return new Shown(other, lang.equals("ar") ? "en" : "ar");
            }
        }
        return new Shown(shortName(node), "");
    }

    /** Whether the node has a label in either language. */
    public boolean hasLabel(Node node) {
        return labels(node).isPresent();
    }

    /** Looks up the labels of every IRI among {@code nodes} not already kept, with as few queries as it can. */
    public void preload(Collection<Node> nodes) {
        List<Node> missing = nodes.stream().filter(Node::isURI).distinct().filter(n -> cache.getIfPresent(n) == null).toList();
        for (int i = 0; i < missing.size(); i += BATCH) {
            cache.putAll(lookUp(missing.subList(i, Math.min(missing.size(), i + BATCH))));
        }
    }

    private Map<Node, Optional<Labels>> lookUp(List<Node> nodes) {
        Map<Node, String[]> found = new HashMap<>();
        for (Node node : nodes) {
            String[] pair = new String[2];
            found.put(node, pair);
            for (Node p : PROPERTIES) {
                local.find(node, p, Node.ANY).forEachRemaining(t -> take(pair, t.getObject()));
            }
        }
        Query query = Queries.withValues("SELECT ?x ?o WHERE { "
                + "VALUES (?rank ?p) { (0 <" + RDFS.label.getURI() + ">) (1 <" + SKOS.prefLabel.getURI() + ">) (2 <"
                + SchemaDO.headline.getURI() + ">) } ?x ?p ?o FILTER(isLiteral(?o)) } ORDER BY ?x ?rank STR(?o)", Map.of(), "x", nodes);
        store.query(query, exec -> {
            exec.select().forEachRemaining(row -> take(found.get(row.get("x")), row.get("o")));
            return null;
        });
        Map<Node, Optional<Labels>> labels = new HashMap<>();
        found.forEach((node, pair) -> labels.put(node, pair[0] == null && pair[1] == null
                ? Optional.empty() : Optional.of(new Labels(pair[1], pair[0]))));
        return labels;
    }

    /** Keeps the first English (or untagged) and the first Arabic label seen. */
    private static void take(String[] pair, Node o) {
        if (pair == null || !o.isLiteral()) {
            return;
        }
        String lang = o.getLiteralLanguage();
        if (lang.startsWith("en") && pair[0] == null) {
            pair[0] = o.getLiteralLexicalForm();
        } else if (lang.startsWith("ar") && pair[1] == null) {
            pair[1] = o.getLiteralLexicalForm();
        } else if (lang.isEmpty() && pair[0] == null) {
            pair[0] = o.getLiteralLexicalForm();
        }
    }

    /** The English label, else the Arabic one, else a prefixed name, else the IRI. */
    public String display(Node node) {
        Optional<Labels> labels = labels(node);
        if (labels.isPresent() && labels.get().en() != null) {
            return labels.get().en();
        }
        if (labels.isPresent() && labels.get().ar() != null) {
            return labels.get().ar();
        }
        return shortName(node);
    }

    public String shortName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String abbreviated = prefixes.abbreviate(node.getURI());
        return abbreviated != null ? abbreviated : node.getURI();
    }

    /** The IRIs a graph mentions, to {@link #preload} before a page shows it. */
    public static List<Node> mentioned(Graph graph) {
        List<Node> nodes = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getPredicate());
            nodes.add(t.getObject());
        });
        return nodes;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
