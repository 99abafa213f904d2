package org.sifara.server;

import java.io.IOException;

import org.apache.jena.atlas.json.JSON;
import org.sifara.config.BuildInfo;
import org.sifara.publish.Download;
import org.sifara.query.OpenApi;
import org.sifara.query.QueryCatalogue;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /openapi.json}: the OpenAPI 3 description of the saved-query API, made from the query headers. */
final class OpenApiServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private final transient Download body;

    OpenApiServlet(QueryCatalogue catalogue) {
        this.body = Download.text("openapi.json", "application/json",
                JSON.toString(OpenApi.describe(catalogue.all(), BuildInfo.version())));
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Serve.download(req, resp, body, null, false, false);
    }
}
