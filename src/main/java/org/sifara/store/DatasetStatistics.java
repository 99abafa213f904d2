package org.sifara.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The figures a dataset description needs about the union of all named graphs: its triples (each
 * counted once, whichever graphs hold it), distinct subjects, how many subjects are entities (IRIs
 * under a given prefix, without a fragment), and the properties and classes used.
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

    /**
     * The figures of a TDB2 store, in one pass over its S-P-O-G quad index and in memory bounded by
     * the number of properties and classes, not by the store: in that order a triple's copies in
     * several graphs, and a subject's triples, are next to each other. Runs inside the caller's
     * transaction; the store's own default graph (Sifara's build record) is not counted.
     */
    public static DatasetStatistics ofTdb2(DatasetGraph dataset, String entityPrefix) {
        DatasetGraphTDB tdb = TDBInternal.requireStorage(dataset);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        Set<NodeId> predicateIds = new HashSet<>();
        Set<NodeId> classIds = new HashSet<>();
        long triples = 0;
        long subjects = 0;
        long entities = 0;
        NodeId s0 = null;
        NodeId p0 = null;
        NodeId o0 = null;
        for (Iterator<Tuple<NodeId>> it = TDBInternal.findIndex(dataset, "SPOG").all(); it.hasNext();) {
            Tuple<NodeId> quad = it.next();
            NodeId s = quad.get(1);
            NodeId p = quad.get(2);
            NodeId o = quad.get(3);
            if (!s.equals(s0)) {
                subjects++;
                if (isEntity(nodes.getNodeForNodeId(s), entityPrefix)) {
                    entities++;
                }
            }
            if (!s.equals(s0) || !p.equals(p0) || !o.equals(o0)) {
                triples++;
                predicateIds.add(p);
                if (Objects.equals(p, type)) {
                    classIds.add(o);
                }
            }
            s0 = s;
            p0 = p;
            o0 = o;
        }
        Set<String> predicates = new HashSet<>();
        predicateIds.forEach(id -> predicates.add(nodes.getNodeForNodeId(id).getURI()));
        Set<String> classes = new HashSet<>();
        classIds.forEach(id -> {
            Node n = nodes.getNodeForNodeId(id);
            if (n.isURI()) {
                classes.add(n.getURI());
            }
        });
        return new DatasetStatistics(triples, subjects, entities, predicates, classes);
    }

    private static boolean isEntity(Node subject, String prefix) {
        return subject.isURI() && subject.getURI().startsWith(prefix) && !subject.getURI().contains("#");
    }
}
