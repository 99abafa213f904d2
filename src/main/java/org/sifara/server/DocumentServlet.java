package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.sifara.config.Kind;
import org.sifara.pages.ArticlePage;
import org.sifara.pages.ResourcePage;
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
 * {@code /doc/<kind>/<slug>.<ext>}: the document about a thing in the form its extension names;
 * without an extension, 303 to one by Accept.
 */
final class DocumentServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private final transient Publication pub;
    private final transient Site site;

    DocumentServlet(Site site) {
        this.site = site;
        this.pub = site.pub();
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<DocumentPath> target = DocumentPath.parse(subPath(req));
        if (target.isEmpty() || !pub.documents().exists(target.get().kind(), target.get().slug())) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at /doc/" + subPath(req) + ".");
            return;
        }
        DocumentPath t = target.get();
        if (t.extension() == null) {
            Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"));
            if (form.isEmpty()) {
                Responses.notAcceptable(resp, DocumentForm.available());
            } else {
                Serve.seeOther(resp, "/" + t.document() + "." + form.get().extension()
                        + (form.get().isHtml() ? PageView.langSuffix(req) : ""));
            }
            return;
        }
        Optional<DocumentForm> form = DocumentForm.byExtension(t.extension());
        if (form.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at /doc/" + subPath(req) + "; the forms are ."
                    + String.join(", .", DocumentForm.all().stream().map(DocumentForm::extension).toList()) + ".");
            return;
        }
        if (form.get().isHtml()) {
            View view = PageView.of(req);
            Download page = pub.html(t.document() + "@" + view.cacheSuffix(), () -> t.kind() == Kind.ARTICLE
                    ? new ArticlePage(site, view, document(t), pub.node(t.thing())).render(Alternates.of("/" + t.document()))
                    : new ResourcePage(site, view, document(t), pub.node(t.thing())).render(Alternates.of("/" + t.document())));
            Serve.page(req, resp, page, pub.lastModified(), false, !view.pinned());
            return;
        }
        Download body = pub.rdf(t.document(), () -> document(t), form.get().rdf(), t.slug() + "." + t.extension());
        Serve.download(req, resp, body, pub.lastModified(), false, false);
    }

    private Graph document(DocumentPath t) {
        return pub.documents().about(t.kind(), t.slug()).orElseThrow();
    }
}
