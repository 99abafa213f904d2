package org.sifara.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sifara.config.Kind;
import org.sifara.pages.ArticlePage;
import org.sifara.pages.ResourcePage;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.DocumentPage;
import org.sifara.publish.Download;
import org.sifara.publish.Labeler;
import org.sifara.publish.Publication;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /doc/<kind>/<slug>.<ext>[?page=N]}: the document about a thing in the form its extension
 * names, a page at a time (page 1 without {@code ?page}); a page with more after it says so in a
 * {@code Link: <...>; rel="next"} header, as in its RDF (Hydra) and HTML. Without an extension,
 * 303 to one by Accept, keeping the page (and for HTML the language the URL chose).
 */
final class DocumentServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Site site = LiveSite.site(req);
        Publication pub = site.pub();
        Optional<DocumentPath> target = DocumentPath.parse(subPath(req));
        if (target.isEmpty() || !pub.exists(target.get().kind(), target.get().slug())) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at /doc/" + subPath(req) + ".");
            return;
        }
        Optional<Integer> page = PageParameter.of(req);
        if (page.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1, such as ?page=2.");
            return;
        }
        DocumentPath t = target.get();
        String query = page.get() > 1 ? "?page=" + page.get() : "";
        if (t.extension() == null) {
            Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"));
            if (form.isEmpty()) {
                Responses.notAcceptable(resp, DocumentForm.available());
            } else {
                String lang = form.get().isHtml() ? PageView.langSuffix(req) : "";
                Serve.seeOther(resp, "/" + t.document() + "." + form.get().extension() + query
                        + (query.isEmpty() ? lang : lang.replace('?', '&')));
            }
            return;
        }
        Optional<DocumentForm> form = DocumentForm.byExtension(t.extension());
        if (form.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at /doc/" + subPath(req) + "; the forms are ."
                    + String.join(", .", DocumentForm.all().stream().map(DocumentForm::extension).toList()) + ".");
            return;
        }
        Optional<DocumentPage> found = pub.document(t.kind(), t.slug(), page.get());
        if (found.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "The document /doc/" + subPath(req) + " has no page " + page.get() + ".");
            return;
        }
        DocumentPage doc = found.get();
        String links = links("/" + t.document() + "." + t.extension(), doc);
        if (links != null) {
            resp.setHeader("Link", links);
        }
        String key = t.document() + query;
        if (form.get().isHtml()) {
            View view = PageView.of(req);
            Download html = pub.html(key + "@" + view.cacheSuffix(), () -> html(site, view, t, doc, query));
            Serve.page(req, resp, html, pub.lastModified(), false, !view.pinned());
            return;
        }
        Download body = pub.rdf(key, doc::graph, form.get().rdf(),
                t.slug() + (page.get() > 1 ? "-page-" + page.get() : "") + "." + t.extension());
        Serve.download(req, resp, body, pub.lastModified(), false, false);
    }

    private static String html(Site site, View view, DocumentPath t, DocumentPage doc, String query) {
        Publication pub = site.pub();
        pub.labeler().preload(Labeler.mentioned(doc.graph()));
        List<ResourcePage.Alternate> alternates = Alternates.of("/" + t.document()).stream()
                .map(a -> new ResourcePage.Alternate(a.label(), a.mediaType(), a.href() + query)).toList();
        // An article's first page is its text with the facts it supports (which are most of what refers
        // to it); the pages after it list the rest of what refers to it, as any other resource's do.
        return t.kind() == Kind.ARTICLE && doc.page() == 1
                ? new ArticlePage(site, view, doc.graph(), pub.node(t.thing())).render(alternates)
                : new ResourcePage(site, view, doc.graph(), pub.node(t.thing())).render(alternates);
    }

    /** The Link header of a page: the first page, and the previous and next ones where they exist. */
    static String links(String path, DocumentPage doc) {
        List<String> links = new ArrayList<>();
        if (doc.page() > 1) {
            links.add("<" + path + ">; rel=\"first\"");
            links.add("<" + path + (doc.page() > 2 ? "?page=" + (doc.page() - 1) : "") + ">; rel=\"prev\"");
        }
        if (doc.hasNext()) {
            links.add("<" + path + "?page=" + (doc.page() + 1) + ">; rel=\"next\"");
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }
}
