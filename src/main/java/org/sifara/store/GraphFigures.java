package org.sifara.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * What one named graph adds to the figures of the whole dataset: its triples, the subjects it has
 * that no other graph has (its own: an article's events, statements, participations and
 * annotations; not the registry's people it mentions), how many of those are entities, and the
 * properties and classes it uses. Summed over the graphs, these are the dataset's figures, so a
 * build that changes one article recounts one article, not the store. The sum is exact when an
 * article states things about other graphs' resources only through triples of its own (its
 * annotations' {@code sifara:evidence} links), which is what the converter makes; the build test
 * checks the sums against a count of the union.
 *
 * @param subjects the graph's own subjects
 * @param entities its own subjects that are entities (IRIs under the entity prefix, without a fragment)
 */
public record GraphFigures(long triples, long subjects, long entities, Set<String> predicates, Set<String> classes) {

    public GraphFigures {
        predicates = Set.copyOf(predicates);
        classes = Set.copyOf(classes);
    }

    /** The figures of a graph whose subjects are its own unless {@code shared} says otherwise. */
    public static GraphFigures of(Graph graph, Predicate<Node> shared, String entityPrefix) {
        Set<Node> subjects = new HashSet<>();
        Set<String> predicates = new HashSet<>();
        Set<String> classes = new HashSet<>();
        long triples = 0;
        for (var it = graph.find(); it.hasNext();) {
            Triple t = it.next();
            triples++;
            if (!shared.test(t.getSubject())) {
                subjects.add(t.getSubject());
            }
            predicates.add(t.getPredicate().getURI());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                classes.add(t.getObject().getURI());
            }
        }
        long entities = subjects.stream().filter(s -> DatasetStatistics.isEntity(s, entityPrefix)).count();
        return new GraphFigures(triples, subjects.size(), entities, predicates, classes);
    }

    /** The figures of the dataset made of these graphs. */
    public static DatasetStatistics sum(List<GraphFigures> graphs) {
        long triples = 0;
        long subjects = 0;
        long entities = 0;
        Set<String> predicates = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        for (GraphFigures g : graphs) {
            triples += g.triples();
            subjects += g.subjects();
            entities += g.entities();
            predicates.addAll(g.predicates());
            classes.addAll(g.classes());
        }
        return new DatasetStatistics(triples, subjects, entities, predicates, classes);
    }
}
