package org.sifara.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.QueryCancelledException;
import org.sifara.pages.QueryPages;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.publish.SavedAnswers;
import org.sifara.query.Answer;
import org.sifara.query.BadParameterException;
import org.sifara.query.CatalogueListing;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;
import org.sifara.server.http.Negotiation;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;
import org.sifara.store.QueryRefusedException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The saved-query API: {@code /queries} lists them (JSON or HTML), {@code /queries/<name>} runs
 * one with URL parameters (answer by {@code Accept} or {@code ?format=}), {@code /queries/<name>.rq}
 * gives its source.
 */
final class SavedQueryServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;
    private static final MediaType HTML = MediaType.create("text/html");
    private final transient Publication pub;
    private final transient SavedAnswers answers;
    private final transient Site site;
    private final transient SavedQueryHtml html;

    SavedQueryServlet(Site site, SavedAnswers answers) {
        this.site = site;
        this.pub = site.pub();
        this.answers = answers;
        this.html = new SavedQueryHtml(site, answers);
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
        Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"), List.of(MediaType.create("application/json"), HTML));
        if (chosen.isEmpty()) {
            Responses.notAcceptable(resp, "application/json, text/html");
            return;
        }
        if (chosen.get().getContentTypeStr().equals("text/html")) {
            View view = PageView.of(req);
            Download page = pub.html("queries@" + view.cacheSuffix(), () -> new QueryPages(site).list(view, answers.catalogue().all()));
            Serve.page(req, resp, page, pub.lastModified(), true, !view.pinned());
            return;
        }
        Download body = Download.text("queries.json", "application/json", JSON.toString(CatalogueListing.json(answers.catalogue())));
        Serve.download(req, resp, body, pub.lastModified(), false, true);
    }

    private void source(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Optional<SavedQuery> q = answers.catalogue().get(name);
        if (q.isEmpty()) {
            Responses.text(resp, 404, "No saved query named '" + name + "'; see /queries.");
            return;
        }
        Download body = Download.text(name + ".rq", "application/sparql-query; charset=utf-8", q.get().publishedSource(pub.base()));
        Serve.download(req, resp, body, pub.lastModified(), false, false);
    }

    private void run(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Optional<SavedQuery> found = answers.catalogue().get(name);
        if (found.isEmpty()) {
            Responses.text(resp, 404, "No saved query named '" + name + "'; see /queries.");
            return;
        }
        SavedQuery q = found.get();
        Map<String, List<String>> params = new LinkedHashMap<>();
        try {
            req.getParameterMap().forEach((key, values) -> params.put(key, Arrays.asList(values)));
        } catch (RuntimeException e) {
            Responses.text(resp, 400, "The URL's query string cannot be read (is it UTF-8?).");
            return;
        }
        List<String> formatValues = params.remove("format");
        List<ResultFormat> allowed = ResultFormat.forQuery(q);
        if (formatValues != null && formatValues.equals(List.of("html"))) {
            html.answer(req, resp, q, params);
            return;
        }
        if (formatValues != null) {
            Optional<ResultFormat> byKey = formatValues.size() == 1
                    ? ResultFormat.byKey(formatValues.get(0)).filter(allowed::contains) : Optional.empty();
            if (byKey.isEmpty()) {
                Responses.text(resp, 400, "format must be one of " + ResultFormat.keys(allowed) + "|html for this query.");
                return;
            }
            answering(resp, () -> formatted(req, resp, q, params, byKey.get(), false));
            return;
        }
        List<MediaType> offers = new ArrayList<>(allowed.stream().map(f -> MediaType.create(f.mediaType())).toList());
        offers.add(HTML);
        Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"), offers);
        if (chosen.isEmpty()) {
            Responses.notAcceptable(resp, String.join(", ", allowed.stream().map(ResultFormat::mediaType).toList()) + ", text/html");
        } else if (chosen.get().getContentTypeStr().equals("text/html")) {
            html.answer(req, resp, q, params);
        } else {
            ResultFormat format = allowed.stream().filter(f -> f.mediaType().equals(chosen.get().getContentTypeStr()))
                    .findFirst().orElseThrow();
            answering(resp, () -> formatted(req, resp, q, params, format, true));
        }
    }

    private void formatted(HttpServletRequest req, HttpServletResponse resp, SavedQuery q, Map<String, List<String>> params,
            ResultFormat format, boolean negotiated) throws IOException {
        SavedAnswers.Written written = answers.answer(q, params, format);
        if (written.truncatedAt() > 0) {
            resp.setHeader(QueryAdmission.TRUNCATED, Long.toString(written.truncatedAt()));
        }
        Serve.download(req, resp, written.body(), null, false, negotiated);
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
        } catch (SavedAnswers.BusyException e) {
            QueryAdmission.busy(resp);
        } catch (QueryRefusedException e) {
            Responses.text(resp, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            Responses.text(resp, 503, "The query took longer than the time limit and was stopped.");
        }
    }
}
