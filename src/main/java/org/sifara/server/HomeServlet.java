package org.sifara.server;

import java.io.IOException;

import org.sifara.pages.HomePage;
import org.sifara.publish.Publication;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /}: what the dataset is, with links to everything. */
final class HomeServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = LiveSite.publication(req);
        Serve.download(req, resp, pub.html("home", () -> new HomePage(pub).render()), pub.lastModified(), false, false);
    }
}
