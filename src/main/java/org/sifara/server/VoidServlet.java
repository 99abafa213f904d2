package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.pages.ResourcePage;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.publish.VoidDescription;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /.well-known/void}: the VoID and DCAT description, by Accept, or in the form its
 * extension names ({@code /.well-known/void.ttl}); {@code /dataset}, the dataset's IRI, answers
 * 303 to it.
 */
final class VoidServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/.well-known/void";
    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Site site = LiveSite.site(req);
        Publication pub = site.pub();
        String path = req.getServletPath();
        if (path.equals("/dataset")) {
            Serve.seeOther(resp, PATH);
            return;
        }
        boolean negotiated = path.equals(PATH);
        Optional<DocumentForm> form = negotiated ? DocumentForm.negotiate(req.getHeader("Accept"))
                : DocumentForm.byExtension(path.substring(path.lastIndexOf('.') + 1));
        if (form.isEmpty()) {
            Responses.notAcceptable(resp, DocumentForm.available());
            return;
        }
        if (form.get().isHtml()) {
            View view = PageView.of(req);
            Download page = pub.html("void@" + view.cacheSuffix(), () -> new ResourcePage(site, view, pub.voidGraph(),
                    VoidDescription.datasetIri(pub.base())).render(Alternates.of(PATH)));
            Serve.page(req, resp, page, pub.lastModified(), negotiated, !view.pinned());
            return;
        }
        Download body = pub.rdf("void", pub::voidGraph, form.get().rdf(), "void." + form.get().extension());
        Serve.download(req, resp, body, pub.lastModified(), false, negotiated);
    }
}
