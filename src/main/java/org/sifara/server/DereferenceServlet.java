package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.publish.Publication;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /id/<kind>/<slug>}: the IRI of a thing, not a document, so it answers 303 See Other to
 * the document about it in the form the client accepts ({@code /doc/<kind>/<slug>.<ext>}).
 * Unknown things get 404 with one line.
 */
final class DereferenceServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = LiveSite.publication(req);
        Optional<DocumentPath> target = DocumentPath.parse(subPath(req)).filter(t -> t.extension() == null);
        if (target.isEmpty() || !pub.exists(target.get().kind(), target.get().slug())) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND,
                    "Nothing is known about <" + pub.base().value() + "id/" + subPath(req) + ">.");
            return;
        }
        Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"));
        if (form.isEmpty()) {
            Responses.notAcceptable(resp, DocumentForm.available());
            return;
        }
        Serve.seeOther(resp, "/" + target.get().document() + "." + form.get().extension()
                + (form.get().isHtml() ? PageView.langSuffix(req) : ""));
    }
}
