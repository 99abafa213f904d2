package org.sifara.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The figures a dataset description needs about the union of all named graphs: its triples (each
 * counted once, whichever graphs hold it), distinct subjects, how many subjects are entities (IRIs
 * under a given prefix, without a fragment), and the properties and classes used. An in-memory
 * publication counts them on its union; a store's build sums them from its graphs'
 * ({@link GraphFigures}).
 *
 * @param predicates the IRIs of the properties used, sorted
 * @param classes the IRIs of the classes used ({@code rdf:type} objects), sorted
 */
public record DatasetStatistics(long triples, long subjects, long entities, Set<String> predicates, Set<String> classes) {

    public DatasetStatistics {
        predicates = Set.copyOf(new TreeSet<>(predicates));
        classes = Set.copyOf(new TreeSet<>(classes));
    }

    /** The figures of a graph held in memory (the union of an in-memory publication). */
    public static DatasetStatistics ofGraph(Graph union, String entityPrefix) {
        Set<Node> subjects = new HashSet<>();
        Set<String> predicates = new HashSet<>();
        Set<String> classes = new HashSet<>();
        long triples = 0;
        for (Iterator<Triple> it = union.find(); it.hasNext();) {
            Triple t = it.next();
            triples++;
            subjects.add(t.getSubject());
            predicates.add(t.getPredicate().getURI());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                classes.add(t.getObject().getURI());
            }
        }
        long entities = subjects.stream().filter(s -> isEntity(s, entityPrefix)).count();
        return new DatasetStatistics(triples, subjects.size(), entities, predicates, classes);
    }

    static boolean isEntity(Node subject, String prefix) {
        return subject.isURI() && subject.getURI().startsWith(prefix) && !subject.getURI().contains("#");
    }
}
