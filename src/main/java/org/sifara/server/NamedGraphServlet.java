package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.sifara.publish.Publication;
import org.sifara.rdf.RdfForm;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /graph/...}: a named graph's IRI dereferences to its triples, by Accept. A graph is an
 * information resource, so it answers 200 itself, not 303.
 */
final class NamedGraphServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    /** The paths of the graphs Sifara names: {@code graph/entities}, {@code graph/ontology}, {@code graph/article/<slug>}. */
    private static final java.util.regex.Pattern GRAPH_PATH = java.util.regex.Pattern.compile("graph/[a-z0-9]+(?:[/-][a-z0-9]+)*");
    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Publication pub = LiveSite.publication(req);
        String path = "graph/" + subPath(req);
        if (!GRAPH_PATH.matcher(path).matches() || !pub.documents().hasGraph(path)) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No named graph <" + pub.base().value() + path + ">.");
            return;
        }
        Optional<RdfForm> form = DocumentForm.negotiateRdf(req.getHeader("Accept"));
        if (form.isEmpty()) {
            Responses.notAcceptable(resp, DocumentForm.availableRdf());
            return;
        }
        String file = path.replace('/', '-') + "." + form.get().extension();
        Serve.download(req, resp, pub.rdf(path, () -> pub.documents().graph(path), form.get(), file),
                pub.lastModified(), false, true);
    }
}
