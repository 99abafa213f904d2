package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.sifara.pages.OntologyPage;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The vocabulary: {@code /ontology} answers 303 to {@code /ontology.<ext>} by Accept;
 * {@code /ontology/shapes} likewise for the SHACL shapes, which have no HTML form; a version IRI,
 * {@code /ontology/0.1.0}, is that released version, frozen ({@link FrozenOntology}).
 */
final class OntologyServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private final transient FrozenOntology frozen = new FrozenOntology();

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Site site = LiveSite.site(req);
        Publication pub = site.pub();
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (FrozenOntology.handles(path)) {
            frozen.serve(req, resp, pub, path);
            return;
        }
        if (path.equals("/ontology") || path.equals("/ontology/shapes")) {
            boolean shapes = path.endsWith("/shapes");
            Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"))
                    .map(f -> shapes && f.isHtml() ? DocumentForm.all().get(0) : f);
            if (form.isEmpty()) {
                Responses.notAcceptable(resp, DocumentForm.available());
            } else {
                Serve.seeOther(resp, (shapes ? "/ontology/shapes." : "/ontology.") + form.get().extension()
                        + (form.get().isHtml() ? PageView.langSuffix(req) : ""));
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
        if (form.get().isHtml()) {
            View view = PageView.of(req);
            Download page = pub.html("ontology@" + view.cacheSuffix(), () -> new OntologyPage(site, view)
                    .render(Alternates.of("/ontology")));
            Serve.page(req, resp, page, pub.lastModified(), false, !view.pinned());
            return;
        }
        Download body = pub.rdf(name, () -> graph, form.get().rdf(), name + "." + form.get().extension());
        Serve.download(req, resp, body, pub.lastModified(), false, false);
    }
}
