package org.sifara.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The content hash of a graph: SHA-256 of its triples as sorted N-Triples lines, so that the same
 * triples give the same hash on every machine and run. Blank nodes have no stable label, so each
 * is written as one placeholder: two graphs that differ only in how their blank nodes are wired
 * share a hash, a miss that change detection can live with (Sifara's article graphs have none).
 */
final class GraphHash {

    private GraphHash() {}

    static String of(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(line(t)));
        lines.sort(null);
        MessageDigest sha = sha256();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static String line(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
