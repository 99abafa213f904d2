package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.pages.ListPage;
import org.sifara.pages.Listing;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /list/<kind>?page=N}: one page of the people, events, agreements... of the dataset. */
final class ListServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    /** Pages past this are refused: OFFSET that far would read the whole list to skip it. */
    static final int MAX_PAGE = 100_000;
    private final transient Site site;

    ListServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Listing> listing = Listing.bySegment(subPath(req));
        if (listing.isEmpty()) {
            Responses.text(resp, 404, "No list named '" + subPath(req) + "'; the lists are /list/person, /list/organization, "
                    + "/list/country, /list/place, /list/event, /list/agreement, /list/claim and /list/article.");
            return;
        }
        Optional<Integer> page = pageNumber(req);
        if (page.isEmpty()) {
            Responses.text(resp, 400, "page must be a whole number from 1 to " + MAX_PAGE + ".");
            return;
        }
        View view = PageView.of(req);
        String key = "list/" + listing.get().segment() + "/" + page.get() + "@" + view.cacheSuffix();
        Serve.page(req, resp, site.pub().html(key, () -> new ListPage(site, view, listing.get(), page.get()).render()),
                site.pub().lastModified(), false, !view.pinned());
    }

    /** {@code ?page=N}, 1 when absent; empty when it is not a page number. */
    static Optional<Integer> pageNumber(HttpServletRequest req) {
        String value = PageView.param(req.getQueryString(), "page");
        if (value == null) {
            return Optional.of(1);
        }
        if (!value.matches("[1-9][0-9]{0,5}") || Integer.parseInt(value) > MAX_PAGE) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }
}
