package org.sifara.convert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;

/**
 * Mints every IRI of the dataset from stable ids, never from positions or counters: adding a
 * fact never changes the IRI of another.
 */
public final class Minter {

    private final BaseIri base;

    public Minter(BaseIri base) {
        this.base = base;
    }

    public BaseIri base() {
        return base;
    }

    public Node node(Kind kind, String slug) {
        return NodeFactory.createURI(base.resource(kind.segment(), slug));
    }

    public Node article(String slug) {
        return node(Kind.ARTICLE, slug);
    }

    /** One actor's participation in one event: {@code id/participation/<event>--<actor>}. */
    public Node participation(String eventId, String actorId) {
        return node(Kind.PARTICIPATION, eventId + "--" + actorId);
    }

    /** The monetary value of an agreement: {@code id/value/<agreement>}. */
    public Node value(String agreementId) {
        return node(Kind.VALUE, agreementId);
    }

    /**
     * The annotation that gives one quote as evidence for one fact:
     * {@code id/evidence/<kind>-<id>-<hash of article, quote and occurrence>}.
     */
    public Node evidence(Kind ownerKind, String ownerSlug, String articleSlug, String quote, int occurrence) {
        String hash = sha256(articleSlug + "\n" + quote + "\n" + occurrence).substring(0, 8);
        return node(Kind.EVIDENCE, ownerKind.segment() + "-" + ownerSlug + "-" + hash);
    }

    /** A part of an annotation ({@code target}, {@code quote}, {@code position}), as a fragment IRI. */
    public static Node part(Node annotation, String fragment) {
        return NodeFactory.createURI(annotation.getURI() + "#" + fragment);
    }

    public Node articleGraph(String slug) {
        return NodeFactory.createURI(base.graph("article/" + slug));
    }

    public Node entitiesGraph() {
        return NodeFactory.createURI(base.graph("entities"));
    }

    public Node ontologyGraph() {
        return NodeFactory.createURI(base.graph("ontology"));
    }

    public Node ontology() {
        return NodeFactory.createURI(base.ontologyIri());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
