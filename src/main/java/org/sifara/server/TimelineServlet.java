package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.pages.ListPage;
import org.sifara.pages.Site;
import org.sifara.pages.TimelinePage;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /timeline?page=N}: the events drawn on a timeline, latest period first. */
final class TimelineServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!subPath(req).isEmpty()) {
            Responses.text(resp, 404, "Nothing here: " + req.getRequestURI() + " (the timeline is /timeline).");
            return;
        }
        Optional<Integer> page = PageParameter.of(req);
        if (page.isEmpty()) {
            Responses.text(resp, 400, "page must be a whole number from 1, such as ?page=2.");
            return;
        }
        Site site = LiveSite.site(req);
        View view = PageView.of(req);
        Download body;
        try {
            body = site.pub().html("timeline/" + page.get() + "@" + view.cacheSuffix(), () -> new TimelinePage(site, view, page.get()).render());
        } catch (ListPage.NoSuchPage e) {
            Responses.text(resp, 404, "The timeline has no page " + page.get() + ".");
            return;
        }
        Serve.page(req, resp, body, site.pub().lastModified(), false, !view.pinned());
    }
}
