package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.pages.Links;
import org.sifara.pages.ListPage;
import org.sifara.publish.Listing;
import org.sifara.publish.Listings;
import org.sifara.publish.Publication;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /list/<kind>[?page=N]}: a page of {@value Listings#PER_PAGE} people, organisations,
 * events, agreements, statements or articles; {@code Link: rel="next"} and {@code rel="prev"}
 * point to the pages around it.
 */
final class ListServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = LiveSite.publication(req);
        Optional<Listing> listing = Listing.bySegment(subPath(req));
        if (listing.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No list at /list/" + subPath(req) + "; the lists are /list/"
                    + String.join(", /list/", java.util.Arrays.stream(Listing.values()).map(Listing::segment).toList()) + ".");
            return;
        }
        Optional<Integer> page = PageParameter.of(req);
        if (page.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1, such as ?page=2.");
            return;
        }
        Listing l = listing.get();
        Listings.Page items = pub.listing(l, page.get());
        if (page.get() > 1 && items.items().isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "The list /list/" + l.segment() + " has no page " + page.get() + ".");
            return;
        }
        StringBuilder links = new StringBuilder();
        if (page.get() > 1) {
            links.append("<").append(l.path(page.get() - 1)).append(">; rel=\"prev\"");
        }
        if (items.hasNext()) {
            links.append(links.length() > 0 ? ", " : "").append("<").append(l.path(page.get() + 1)).append(">; rel=\"next\"");
        }
        if (links.length() > 0) {
            resp.setHeader("Link", links.toString());
        }
        Serve.download(req, resp, pub.html("list/" + l.segment() + "?" + page.get(),
                () -> new ListPage(new Links(pub.base())).render(items, pub.count(l))), pub.lastModified(), false, false);
    }
}
