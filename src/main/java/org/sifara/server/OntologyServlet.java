package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.sifara.pages.OntologyPage;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The vocabulary: {@code /ontology} (and its version IRI) answers 303 to {@code /ontology.<ext>}
 * by Accept; {@code /ontology/shapes} likewise for the SHACL shapes, which have no HTML form.
 */
final class OntologyServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private final String version;

    OntologyServlet(Publication pub) {
        this.version = pub.ontology().find(NodeFactory.createURI(pub.base().ontologyIri()), OWL.versionInfo.asNode(), Node.ANY)
                .nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = LiveSite.publication(req);
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals("/ontology") || path.equals("/ontology/" + version) || path.equals("/ontology/shapes")) {
            boolean shapes = path.endsWith("/shapes");
            Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"))
                    .map(f -> shapes && f.isHtml() ? DocumentForm.all().get(0) : f);
            if (form.isEmpty()) {
                Responses.notAcceptable(resp, DocumentForm.available());
            } else {
                Serve.seeOther(resp, (shapes ? "/ontology/shapes." : "/ontology.") + form.get().extension());
            }
            return;
        }
        boolean shapes = path.startsWith("/ontology/shapes.");
        String ext = path.substring(path.lastIndexOf('.') + 1);
        Optional<DocumentForm> form = path.startsWith(shapes ? "/ontology/shapes." : "/ontology.")
                ? DocumentForm.byExtension(ext) : Optional.empty();
        if (form.isEmpty() || shapes && form.get().isHtml()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at " + path + ".");
            return;
        }
        Graph graph = shapes ? pub.shapes() : pub.ontology();
        String name = shapes ? "sifara-shapes" : "sifara";
        Download body = form.get().isHtml()
                ? pub.html("ontology", () -> new OntologyPage(pub, Alternates.of("/ontology")).render())
                : pub.rdf(name, () -> graph, form.get().rdf(), name + "." + form.get().extension());
        Serve.download(req, resp, body, pub.lastModified(), false, false);
    }
}
