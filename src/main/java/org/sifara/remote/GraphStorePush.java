package org.sifara.remote;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;
import org.sifara.publish.VoidFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sifara publish --gsp URL}: sends the published graphs (one per article, the registry,
 * the ontology) to any store that speaks the SPARQL 1.1 Graph Store Protocol: PUT for a graph
 * that is new or changed, DELETE for one that is gone. What the store holds is recorded in the
 * store itself ({@link PublicationState}: each graph's content hash, and the dataset's figures for
 * the servers in front of it), so a publish from any machine sends only what changed since the
 * last one to that store, and a second publish of the same data sends nothing. Each graph is sent on its own, retried while the
 * failure may pass; one that still fails is named, and the others are sent all the same.
 */
public final class GraphStorePush {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStorePush.class);
    /** The state is saved after this many graphs at least (a twentieth of them on a large archive), and at the end. */
    static final int SAVE_EVERY = 50;

    /** What a push did. */
    public record Report(List<Node> sent, List<Node> removed, int unchanged, Map<Node, String> failed) {}

    private final String endpoint;
    private final Retrying retrying;

    public GraphStorePush(String endpoint, Optional<Credentials> credentials) {
        this(endpoint, credentials, Retrying.standard());
    }

    GraphStorePush(String endpoint, Optional<Credentials> credentials, Retrying retrying) {
        this.endpoint = endpoint;
        this.retrying = retrying;
        credentials.ifPresent(c -> AuthEnv.get().registerUsernamePassword(URI.create(endpoint), c.user(), c.password()));
    }

    /** The IRI of the graph in which the store's state is kept. */
    public static Node stateGraph(BaseIri base) {
        return PublicationState.graphName(base);
    }

    /** Sends what changed of {@code dataset}, saying nothing of when it changed. */
    public Report push(DatasetGraph dataset, BaseIri base) {
        return push(dataset, base, null);
    }

    /**
     * Sends what changed of {@code dataset}, and the state: each graph's hash, and for the servers
     * in front of the store, the dataset's VoID figures and when it changed.
     *
     * @param modified when the data last changed (the servers in front say so in Last-Modified), or null
     */
    public Report push(DatasetGraph dataset, BaseIri base, Instant modified) {
        Node stateName = stateGraph(base);
        Graph stored = readState(stateName);
        Map<Node, String> published = PublicationState.hashesIn(stored);
        Map<Node, String> now = hashes(dataset, stateName);
        // The figures are the graphs': the same graphs as stored, the same figures (and no recount).
        VoidFigures figures = PublicationState.identity(now).equals(PublicationState.identityIn(stored).orElse(""))
                ? PublicationState.figuresIn(stored).orElseGet(() -> VoidFigures.of(dataset, base)) : VoidFigures.of(dataset, base);
        Map<Node, Long> sizes = sizes(dataset, stateName);
        Map<Node, Long> storedSizes = PublicationState.sizesIn(stored);
        Map<Node, String> state = new HashMap<>(published);
        // Saved along the way so that a killed publish resends little, but a bounded number of
        // times: the state names every graph, and saving it every 50 of 10,000 would send it 200 times.
        int saveEvery = Math.max(SAVE_EVERY, now.size() / 20);
        List<Node> sent = new ArrayList<>();
        List<Node> removed = new ArrayList<>();
        Map<Node, String> failed = new LinkedHashMap<>();
        int unchanged = 0;
        int sinceSave = 0;
        for (var entry : now.entrySet()) {
            Node name = entry.getKey();
            if (entry.getValue().equals(published.get(name))) {
                unchanged++;
                continue;
            }
            Graph graph = Txn.calculateRead(dataset, () -> copy(dataset.getGraph(name)));
            if (send(name, () -> GSP.service(endpoint).graphName(name).PUT(graph), failed)) {
                state.put(name, entry.getValue());
                sent.add(name);
                if (++sinceSave >= saveEvery) {
                    saveState(stateName, new PublicationState(state, sizesOf(state, now, sizes, storedSizes), modified, figures)
                            .toGraph(base));
                    sinceSave = 0;
                }
            }
        }
        for (Node name : published.keySet()) {
            if (!now.containsKey(name) && send(name, () -> delete(name), failed)) {
                state.remove(name);
                removed.add(name);
            }
        }
        Graph finalState = new PublicationState(state, sizesOf(state, now, sizes, storedSizes), modified, figures).toGraph(base);
        if (!sent.isEmpty() || !removed.isEmpty() || !finalState.isIsomorphicWith(stored)) {
            saveState(stateName, finalState);
        }
        return new Report(sent, removed, unchanged, failed);
    }

    /**
     * The size of each graph as the store holds it: the new one where the store took the new graph,
     * the one stored before where it did not (a failed PUT leaves the old graph, and a download
     * checks what it receives against this size).
     */
    private static Map<Node, Long> sizesOf(Map<Node, String> state, Map<Node, String> now, Map<Node, Long> sizes,
                                           Map<Node, Long> storedSizes) {
        Map<Node, Long> out = new HashMap<>();
        state.forEach((name, hash) -> {
            Long size = hash.equals(now.get(name)) ? sizes.get(name) : storedSizes.get(name);
            if (size != null) {
                out.put(name, size);
            }
        });
        return out;
    }

    private boolean send(Node name, Runnable request, Map<Node, String> failed) {
        try {
            retrying.run("Sending <" + name.getURI() + ">", request);
            LOG.info("Sent <{}>", name.getURI());
            return true;
        } catch (RuntimeException e) {
            failed.put(name, Retrying.brief(e));
            LOG.warn("Could not send <{}>: {}", name.getURI(), Retrying.brief(e));
            return false;
        }
    }

    /** DELETE, where a graph already gone (404) is what was wanted. */
    private void delete(Node name) {
        try {
            GSP.service(endpoint).graphName(name).DELETE();
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
        }
    }

    /** The state graph as the store holds it (empty before the first publish). */
    private Graph readState(Node stateName) {
        try {
            return retrying.call("Reading the store's state", () -> GSP.service(endpoint).graphName(stateName).GET());
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw new SifaraException("Cannot read the store's state at " + endpoint + ": " + Retrying.brief(e), e);
        }
    }

    private void saveState(Node stateName, Graph g) {
        try {
            retrying.run("Saving the store's state", () -> GSP.service(endpoint).graphName(stateName).PUT(g));
        } catch (RuntimeException e) {
            throw new SifaraException("The graphs were sent, but the store's state could not be saved at " + endpoint
                    + " (" + Retrying.brief(e) + "); the next publish sends them again", e);
        }
    }

    /** Each graph's content hash, by name in a fixed order; the state graph is not data. */
    private static Map<Node, String> hashes(DatasetGraph dataset, Node stateName) {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, String> hashes = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
            dataset.listGraphNodes().forEachRemaining(name -> {
                if (!name.equals(stateName)) {
                    hashes.put(name, GraphHash.of(dataset.getGraph(name)));
                }
            });
            return hashes;
        });
    }

    /** Each graph's number of triples; the state graph is not data. */
    private static Map<Node, Long> sizes(DatasetGraph dataset, Node stateName) {
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Long> sizes = new HashMap<>();
            dataset.listGraphNodes().forEachRemaining(name -> {
                if (!name.equals(stateName)) {
                    sizes.put(name, (long) dataset.getGraph(name).size());
                }
            });
            return sizes;
        });
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }
}
