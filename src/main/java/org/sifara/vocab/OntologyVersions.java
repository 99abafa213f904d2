package org.sifara.vocab;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.sifara.config.BaseIri;

/**
 * The released versions of the ontology, each kept unchanged as {@code ontology/versions/<version>.ttl}
 * (packed into the jar like the live ontology) and served at its version IRI
 * {@code https://w3id.org/sifara/ontology/<version>}. A version is read on first use and kept: there
 * are only as many as there are files, and a request for any other version holds nothing.
 */
public final class OntologyVersions {

    public static final String FOLDER = "ontology/versions/";
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,5})(\\.(0|[1-9][0-9]{0,5})){2}");

    private final Map<String, Graph> read = new ConcurrentHashMap<>();

    /** Whether {@code text} is written as a version ({@code 0.1.0}); says nothing of whether it was released. */
    public static boolean looksLikeVersion(String text) {
        return VERSION.matcher(text).matches();
    }

    /** The IRI a version is published at, {@code https://w3id.org/sifara/ontology/<version>}. */
    public static String versionIri(String version) {
        return BaseIri.ONTOLOGY + "/" + version;
    }

    /** The frozen ontology of a released version, or empty if no such version was released. */
    public Optional<Graph> frozen(String version) {
        if (!looksLikeVersion(version)) {
            return Optional.empty();
        }
        String resource = FOLDER + version + ".ttl";
        if (OntologyVersions.class.getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(read.computeIfAbsent(version, v -> OntologyFiles.read(resource)));
    }
}
