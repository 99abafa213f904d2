package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.sifara.publish.Publication;
import org.sifara.rdf.RdfForm;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;
import org.sifara.vocab.OntologyVersions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A released version of the ontology, frozen: {@code /ontology/<version>} answers 303 to
 * {@code /ontology/<version>.<ext>} by Accept (RDF only; HTML asks get Turtle), which is the file
 * {@code ontology/versions/<version>.ttl} in that form. A version never released is 404.
 */
final class FrozenOntology {

    private static final String PREFIX = "/ontology/";

    private final OntologyVersions versions = new OntologyVersions();

    /** Whether the path is written as a version IRI or one of its documents (released or not). */
    static boolean handles(String path) {
        return path.startsWith(PREFIX) && version(path.substring(PREFIX.length())).isPresent();
    }

    void serve(HttpServletRequest req, HttpServletResponse resp, Publication pub, String path) throws IOException {
        String rest = path.substring(PREFIX.length());
        String version = version(rest).orElseThrow();
        Optional<Graph> frozen = versions.frozen(version);
        if (frozen.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No released version " + version + " of the ontology.");
            return;
        }
        if (rest.equals(version)) {
            Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"))
                    .map(f -> f.isHtml() ? DocumentForm.all().get(0) : f);
            if (form.isEmpty()) {
                Responses.notAcceptable(resp, DocumentForm.available());
            } else {
                Serve.seeOther(resp, PREFIX + version + "." + form.get().extension());
            }
            return;
        }
        Optional<RdfForm> form = RdfForm.byExtension(rest.substring(version.length() + 1)).filter(RdfForm::holdsGraph);
        if (form.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at " + path + ".");
            return;
        }
        String name = "sifara-" + version;
        Graph graph = frozen.get();
        Serve.download(req, resp, pub.rdf(name, () -> graph, form.get(), name + "." + form.get().extension()),
                pub.lastModified(), false, false);
    }

    /** The version a path's rest names: {@code 0.1.0} or {@code 0.1.0.ttl} give {@code 0.1.0}. */
    private static Optional<String> version(String rest) {
        if (OntologyVersions.looksLikeVersion(rest)) {
            return Optional.of(rest);
        }
        int dot = rest.lastIndexOf('.');
        return dot > 0 && OntologyVersions.looksLikeVersion(rest.substring(0, dot))
                ? Optional.of(rest.substring(0, dot)) : Optional.empty();
    }
}
