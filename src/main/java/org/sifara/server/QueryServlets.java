package org.sifara.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.QueryCancelledException;
import org.sifara.cli.VersionProvider;
import org.sifara.query.Answer;
import org.sifara.query.BadParameterException;
import org.sifara.query.OpenApi;
import org.sifara.query.QueryService;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;
import org.sifara.server.html.Html;
import org.sifara.server.html.Links;
import org.sifara.server.http.Negotiation;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;
import org.sifara.server.pages.QueryPages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The saved-query API: {@code /queries} lists them, {@code /queries/<name>} runs one with URL
 * parameters (answer by {@code Accept} or {@code ?format=}), {@code /queries/<name>.rq} gives its
 * source, and {@code /openapi.json} describes it all.
 */
final class QueryServlets {

    private QueryServlets() {}

    static final class Queries extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;
        private final transient QueryService service;
        private final transient QueryPages pages;

        Queries(Publication pub, QueryService service) {
            this.pub = pub;
            this.service = service;
            this.pages = new QueryPages(new Links(pub.base()), pub.labeler());
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = subPath(req);
            if (path.isEmpty()) {
                list(req, resp);
            } else if (path.endsWith(".rq")) {
                source(req, resp, path.substring(0, path.length() - 3));
            } else {
                run(req, resp, path);
            }
        }

        private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"),
                    List.of(MediaType.create("application/json"), MediaType.create("text/html")));
            if (chosen.isEmpty()) {
                Responses.notAcceptable(resp, "application/json, text/html");
                return;
            }
            Download body = chosen.get().getContentTypeStr().equals("text/html")
                    ? pub.html("queries", () -> pages.list(service.catalogue().all()))
                    : Download.text("queries.json", "application/json", JSON.toString(listing()));
            Serve.download(req, resp, body, pub.lastModified(), false, true);
        }

        private JsonArray listing() {
            var array = new JsonArray();
            for (SavedQuery q : service.catalogue().all()) {
                var o = new JsonObject();
                o.put("name", q.name());
                o.put("summary", q.header().summary());
                o.put("description", q.header().description());
                var tags = new JsonArray();
                q.header().tags().forEach(t -> tags.add(t));
                o.put("tags", tags);
                var params = new JsonArray();
                q.parameters().forEach(p -> {
                    var po = new JsonObject();
                    po.put("name", p.name());
                    po.put("type", p.type().word());
                    po.put("required", p.mustBeGiven());
                    if (p.defaultValue() != null) {
                        po.put("default", p.defaultValue());
                    }
                    var allowed = new JsonArray();
                    p.allowed().forEach(allowed::add);
                    po.put("enum", allowed);
                    po.put("description", p.description());
                    params.add(po);
                });
                o.put("parameters", params);
                var formats = new JsonArray();
                ResultFormat.forQuery(q).forEach(f -> formats.add(f.key()));
                o.put("formats", formats);
                o.put("url", "/queries/" + q.name());
                o.put("source", "/queries/" + q.name() + ".rq");
                array.add(o);
            }
            return array;
        }

        private void source(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
            Optional<SavedQuery> q = service.catalogue().get(name);
            if (q.isEmpty()) {
                Responses.text(resp, 404, "No saved query named '" + name + "'; see /queries.");
                return;
            }
            Download body = Download.text(name + ".rq", "application/sparql-query; charset=utf-8",
                    q.get().publishedSource(pub.base()));
            Serve.download(req, resp, body, pub.lastModified(), false, false);
        }

        private void run(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
            Optional<SavedQuery> found = service.catalogue().get(name);
            if (found.isEmpty()) {
                Responses.text(resp, 404, "No saved query named '" + name + "'; see /queries.");
                return;
            }
            SavedQuery q = found.get();
            Map<String, List<String>> params;
            try {
                params = new LinkedHashMap<>();
                for (var e : req.getParameterMap().entrySet()) {
                    params.put(e.getKey(), Arrays.asList(e.getValue()));
                }
            } catch (RuntimeException e) {
                Responses.text(resp, 400, "The URL's query string cannot be read (is it UTF-8?).");
                return;
            }
            List<String> formatValues = params.remove("format");
            List<ResultFormat> allowed = ResultFormat.forQuery(q);
            ResultFormat format;
            if (formatValues != null) {
                Optional<ResultFormat> byKey = formatValues.size() == 1
                        ? ResultFormat.byKey(formatValues.get(0)).filter(allowed::contains) : Optional.empty();
                if (byKey.isEmpty()) {
                    Responses.text(resp, 400, "format must be one of " + ResultFormat.keys(allowed) + " for this query.");
                    return;
                }
                format = byKey.get();
            } else {
                List<MediaType> offers = new java.util.ArrayList<>(allowed.stream().map(f -> MediaType.create(f.mediaType())).toList());
                offers.add(MediaType.create("text/html"));
                Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"), offers);
                if (chosen.isEmpty()) {
                    Responses.notAcceptable(resp, String.join(", ", allowed.stream().map(ResultFormat::mediaType).toList()) + ", text/html");
                    return;
                }
                if (chosen.get().getContentTypeStr().equals("text/html")) {
                    html(req, resp, q, params, allowed);
                    return;
                }
                format = allowed.stream().filter(f -> f.mediaType().equals(chosen.get().getContentTypeStr())).findFirst().orElseThrow();
            }
            formatted(req, resp, q, params, format, formatValues == null);
        }

        private void formatted(HttpServletRequest req, HttpServletResponse resp, SavedQuery q, Map<String, List<String>> params,
                ResultFormat format, boolean negotiated) throws IOException {
            answering(resp, () -> {
                QueryService.Written written = service.answer(q, params, format);
                if (written.truncatedAt() > 0) {
                    resp.setHeader(QueryAdmission.TRUNCATED, Long.toString(written.truncatedAt()));
                }
                Serve.download(req, resp, Download.of(q.name() + "." + format.key(), format.contentType(), written.bytes()),
                        null, false, negotiated);
            });
        }

        private void html(HttpServletRequest req, HttpServletResponse resp, SavedQuery q, Map<String, List<String>> params,
                List<ResultFormat> formats) throws IOException {
            answering(resp, () -> {
                Answer answer = service.answer(q, params);
                if (answer.truncatedAt() > 0) {
                    resp.setHeader(QueryAdmission.TRUNCATED, Long.toString(answer.truncatedAt()));
                }
                String page = pages.answer(q, answer, alternates(q, params, formats));
                Serve.download(req, resp, Download.text(q.name() + ".html", Representation.HTML.contentType(), page), null, false, true);
            });
        }
    }

    /** Running a saved query and sending its answer, in whatever form. */
    private interface Reply {
        void send() throws IOException;
    }

    /** Sends the reply, or the answer for a bad parameter (400), a full server or a query out of time (503). */
    private static void answering(HttpServletResponse resp, Reply reply) throws IOException {
        try {
            reply.send();
        } catch (BadParameterException e) {
            Responses.text(resp, 400, e.getMessage());
        } catch (QueryService.BusyException e) {
            QueryAdmission.busy(resp);
        } catch (QueryCancelledException e) {
            Responses.text(resp, 503, "The query took longer than the time limit and was stopped.");
        }
    }

    /** The same answer in each other format: this URL's parameters plus {@code format=}. */
    private static String alternates(SavedQuery q, Map<String, List<String>> params, List<ResultFormat> formats) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, values) -> values.forEach(v -> query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&')));
        StringBuilder head = new StringBuilder();
        for (ResultFormat f : formats) {
            head.append(Html.alternate(f.mediaType(), "/queries/" + q.name() + "?" + query + "format=" + f.key())).append('\n');
        }
        return head.toString();
    }

    /** {@code /openapi.json}. */
    static final class OpenApiDocument extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Download body;

        OpenApiDocument(QueryService service) {
            this.body = Download.of("openapi.json", "application/json",
                    JSON.toString(OpenApi.describe(service.catalogue().all(), VersionProvider.version()))
                            .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Serve.download(req, resp, body, null, false, false);
        }
    }
}
