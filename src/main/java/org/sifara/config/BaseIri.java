package org.sifara.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.sifara.SifaraException;

/**
 * The canonical base IRI of a deployment: every IRI Sifara mints for data starts with it. This is
 * the one place the default lives; everything else receives a {@code BaseIri}.
 *
 * <ul>
 *   <li>things: {@code <base>id/<kind>/<slug>}</li>
 *   <li>named graphs: {@code <base>graph/...}</li>
 *   <li>vocabulary: always {@value #VOCABULARY_NAMESPACE}{@code Term}, whatever the base, so that
 *       every deployment's data uses the same terms and others can link to them</li>
 * </ul>
 */
public record BaseIri(String value) {

    public static final String DEFAULT = "https://w3id.org/sifara/";
    /** The ontology's IRI: fixed, not derived from a deployment's base. */
    public static final String ONTOLOGY = "https://w3id.org/sifara/ontology";
    /** The vocabulary's namespace: fixed, not derived from a deployment's base. */
    public static final String VOCABULARY_NAMESPACE = ONTOLOGY + "#";

    public BaseIri {
        value = check(value);
    }

    public static BaseIri defaultBase() {
        return new BaseIri(DEFAULT);
    }

    private static String check(String iri) {
        if (iri == null || iri.isBlank()) {
            throw new SifaraException("The base IRI is empty.");
        }
        URI uri;
        try {
            uri = new URI(iri);
        } catch (URISyntaxException e) {
            throw new SifaraException("The base IRI '" + iri + "' is not a valid IRI: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new SifaraException("The base IRI '" + iri + "' must be an absolute http or https IRI.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || !iri.endsWith("/")) {
            throw new SifaraException("The base IRI '" + iri + "' must end with '/' and have no query or fragment.");
        }
        return iri;
    }

    /** The namespace of the ontology, {@value #VOCABULARY_NAMESPACE} under every base. */
    public String ontologyNamespace() {
        return VOCABULARY_NAMESPACE;
    }

    /** The IRI of the ontology itself, {@value #ONTOLOGY} under every base. */
    public String ontologyIri() {
        return ONTOLOGY;
    }

    public String term(String localName) {
        return ontologyNamespace() + localName;
    }

    /** {@code <base>id/<kind>/<slug>}. */
    public String resource(String kind, String slug) {
        return value + "id/" + kind + "/" + slug;
    }

    /** {@code <base>graph/<path>}. */
    public String graph(String path) {
        return value + "graph/" + path;
    }

    /** The path of an IRI relative to the base ({@code id/person/x}), if the IRI is under it. */
    public Optional<String> relativePath(String iri) {
        if (iri.startsWith(value) && iri.length() > value.length()) {
            return Optional.of(iri.substring(value.length()));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
