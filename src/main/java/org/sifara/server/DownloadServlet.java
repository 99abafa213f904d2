package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.publish.DatasetDownload;
import org.sifara.publish.Publication;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /download/sifara.<ext>}: the whole dataset, as an attachment. */
final class DownloadServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = LiveSite.publication(req);
        String name = subPath(req);
        Optional<DatasetDownload> file = pub.downloads().named(name);
        if (file.isEmpty()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No download named '" + name
                    + "'; see the list on the home page.");
            return;
        }
        Serve.download(req, resp, file.get(), pub.lastModified(), true, false);
    }
}
