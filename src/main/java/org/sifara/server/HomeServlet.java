package org.sifara.server;

import java.io.IOException;

import org.sifara.pages.HomePage;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /}: what the dataset is, with links to everything, in English or Arabic. */
final class HomeServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Site site = LiveSite.site(req);
        View view = PageView.of(req);
        Serve.page(req, resp, site.pub().html("home@" + view.cacheSuffix(), () -> new HomePage(site, view).render()),
                site.pub().lastModified(), false, !view.pinned());
    }
}
