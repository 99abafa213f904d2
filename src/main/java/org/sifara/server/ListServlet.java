package org.sifara.server;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import org.sifara.pages.ListPage;
import org.sifara.pages.Listing;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /list/<kind>?page=N}: one page of the people, events, agreements... of the dataset; a
 * page past the last is 404, so that a crawler following the pages stops.
 */
final class ListServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Site site = LiveSite.site(req);
        Optional<Listing> listing = Listing.bySegment(subPath(req));
        if (listing.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No list named '" + subPath(req) + "'; the lists are /list/"
                    + String.join(", /list/", Arrays.stream(Listing.values()).map(Listing::segment).toList()) + ".");
            return;
        }
        Optional<Integer> page = PageParameter.of(req);
        if (page.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1, such as ?page=2.");
            return;
        }
        View view = PageView.of(req);
        String key = "list/" + listing.get().segment() + "/" + page.get() + "@" + view.cacheSuffix();
        Download body;
        try {
            body = site.pub().html(key, () -> new ListPage(site, view, listing.get(), page.get()).render());
        } catch (ListPage.NoSuchPage e) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "The list /list/" + listing.get().segment()
                    + " has no page " + page.get() + ".");
            return;
        }
        Serve.page(req, resp, body, site.pub().lastModified(), false, !view.pinned());
    }
}
