package org.sifara.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * A read-only copy of a graph that lists its triples in a fixed order: by subject, then
 * {@code rdf:type} first, then by predicate and object. Jena's writers walk a graph in its
 * iteration order, so writing this graph gives the same bytes on every run.
 */
public final class SortedGraph extends GraphBase {

    public static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;
    static final Comparator<Node> PREDICATES = Comparator
            .comparing((Node p) -> !p.equals(RDF.type.asNode()))
            .thenComparing(NODES);
    public static final Comparator<Triple> TRIPLES = Comparator
            .comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, PREDICATES)
            .thenComparing(Triple::getObject, NODES);

    private final List<Triple> triples;
    private final Map<Node, int[]> subjectRanges = new HashMap<>();

    public SortedGraph(Graph source) {
        List<Triple> list = new ArrayList<>(source.size());
        source.find().forEachRemaining(list::add);
        list.sort(TRIPLES);
        this.triples = List.copyOf(list);
        int start = 0;
        for (int i = 1; i <= triples.size(); i++) {
            if (i == triples.size() || !triples.get(i).getSubject().equals(triples.get(start).getSubject())) {
                subjectRanges.put(triples.get(start).getSubject(), new int[] {start, i});
                start = i;
            }
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple match) {
        Node s = match.getMatchSubject();
        List<Triple> candidates = triples;
        if (s != null && s.isConcrete()) {
            int[] range = subjectRanges.get(s);
            candidates = range == null ? List.of() : triples.subList(range[0], range[1]);
        }
        return WrappedIterator.create(candidates.iterator()).filterKeep(match::matches);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
