package org.sifara.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sifara.config.BuildInfo;
import org.sifara.pages.Site;
import org.sifara.pages.Terms;
import org.sifara.publish.Download;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/...}: the stylesheet and scripts of the pages, from the jar: Sifara's own
 * ({@code assets/} in the sources), CodeMirror's files from its WebJar ({@code /assets/codemirror/...}),
 * and {@code terms.json}, the vocabulary the editor completes. Only the files named here are
 * served, each read once at start-up; nothing is fetched from anywhere at run time.
 */
final class AssetServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    private static final String[] OWN = {"sifara.css", "editor.js", "table.js", "favicon.svg"};
    private static final String[] CODEMIRROR = {"lib/codemirror.js", "lib/codemirror.css", "mode/sparql/sparql.js",
            "addon/hint/show-hint.js", "addon/hint/show-hint.css", "addon/edit/matchbrackets.js",
            "addon/edit/closebrackets.js"};

    private final transient Map<String, Download> files = new LinkedHashMap<>();

    /** @param site the first publication's: the vocabulary the editor completes is the ontology's, the same in every build */
    AssetServlet(Site site) {
        for (String name : OWN) {
            files.put(name, Download.of(name, type(name), read("assets/" + name)));
        }
        String webjar = "META-INF/resources/webjars/codemirror/" + BuildInfo.codemirrorVersion() + "/";
        for (String name : CODEMIRROR) {
            files.put("codemirror/" + name, Download.of(name.substring(name.lastIndexOf('/') + 1), type(name), read(webjar + name)));
        }
        files.put("terms.json", Download.text("terms.json", "application/json", Terms.json(site.pub(), site.messages())));
    }

    private static String type(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml"
                : "text/javascript; charset=utf-8";
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is the CodeMirror WebJar on the classpath?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Download file = files.get(subPath(req));
        if (file == null) {
            Responses.text(resp, 404, "Nothing here: " + req.getRequestURI());
            return;
        }
        Serve.download(req, resp, file, LiveSite.publication(req).lastModified(), false, false);
    }
}
