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
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.publish.SavedAnswers;
import org.sifara.query.BadParameterException;
import org.sifara.query.Paging;
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

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServedPublication served = LiveSite.of(req);
        Publication pub = served.pub;
        SavedAnswers answers = served.answers;
        String path = subPath(req);
        if (path.isEmpty()) {
            list(req, resp, served);
        } else if (path.endsWith(".rq")) {
            source(req, resp, path.substring(0, path.length() - 3), pub, answers);
        } else {
            run(req, resp, path, served);
        }
    }

    private static void list(HttpServletRequest req, HttpServletResponse resp, ServedPublication served) throws IOException {
        Publication pub = served.pub;
        SavedAnswers answers = served.answers;
        Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"), List.of(MediaType.create("application/json"), HTML));
        if (chosen.isEmpty()) {
            Responses.notAcceptable(resp, "application/json, text/html");
            return;
        }
        if (chosen.get().getContentTypeStr().equals("text/html")) {
            View view = PageView.of(req);
            Download page = pub.html("queries@" + view.cacheSuffix(), () -> new QueryPages(served.site).list(view, answers.catalogue().all()));
            Serve.page(req, resp, page, pub.lastModified(), true, !view.pinned());
            return;
        }
        Download body = Download.text("queries.json", "application/json", JSON.toString(CatalogueListing.json(answers.catalogue())));
        Serve.download(req, resp, body, pub.lastModified(), false, true);
    }

    private static void source(HttpServletRequest req, HttpServletResponse resp, String name, Publication pub, SavedAnswers answers)
            throws IOException {
        Optional<SavedQuery> q = answers.catalogue().get(name);
        if (q.isEmpty()) {
            Responses.text(resp, 404, "No saved query named '" + name + "'; see /queries.");
            return;
        }
        Download body = Download.text(name + ".rq", "application/sparql-query; charset=utf-8", q.get().publishedSource(pub.base()));
        Serve.download(req, resp, body, pub.lastModified(), false, false);
    }

    private static void run(HttpServletRequest req, HttpServletResponse resp, String name, ServedPublication served) throws IOException {
        Optional<SavedQuery> found = served.answers.catalogue().get(name);
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
        Paging paging;
        try {
            paging = Paging.take(params);
        } catch (BadParameterException e) {
            Responses.text(resp, 400, e.getMessage());
            return;
        }
        List<ResultFormat> allowed = ResultFormat.forQuery(q);
        SavedQueryHtml html = new SavedQueryHtml(served.site, served.answers);
        if (formatValues != null && formatValues.equals(List.of("html"))) {
            html.answer(req, resp, q, params, paging);
            return;
        }
        if (formatValues != null) {
            Optional<ResultFormat> byKey = formatValues.size() == 1
                    ? ResultFormat.byKey(formatValues.get(0)).filter(allowed::contains) : Optional.empty();
            if (byKey.isEmpty()) {
                Responses.text(resp, 400, "format must be one of " + ResultFormat.keys(allowed) + "|html for this query.");
                return;
            }
            answering(resp, () -> formatted(req, resp, served, q, params, paging, byKey.get(), false));
            return;
        }
        List<MediaType> offers = new ArrayList<>(allowed.stream().map(f -> MediaType.create(f.mediaType())).toList());
        offers.add(HTML);
        Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"), offers);
        if (chosen.isEmpty()) {
            Responses.notAcceptable(resp, String.join(", ", allowed.stream().map(ResultFormat::mediaType).toList()) + ", text/html");
        } else if (chosen.get().getContentTypeStr().equals("text/html")) {
            html.answer(req, resp, q, params, paging);
        } else {
            ResultFormat format = allowed.stream().filter(f -> f.mediaType().equals(chosen.get().getContentTypeStr()))
                    .findFirst().orElseThrow();
            answering(resp, () -> formatted(req, resp, served, q, params, paging, format, true));
        }
    }

    private static void formatted(HttpServletRequest req, HttpServletResponse resp, ServedPublication served, SavedQuery q,
            Map<String, List<String>> params, Paging paging, ResultFormat format, boolean negotiated) throws IOException {
        SavedAnswers.Written written = served.answers.answer(q, params, paging, format);
        if (written.truncatedAt() > 0) {
            resp.setHeader(QueryAdmission.TRUNCATED, Long.toString(written.truncatedAt()));
        }
        String links = links(q, params, paging, written.hasNext(), negotiated ? null : format.key());
        if (links != null) {
            resp.setHeader("Link", links);
        }
        Serve.download(req, resp, written.body(), null, false, negotiated);
    }

    /** The Link header of a page of answers: its previous and next pages, where they exist. */
    private static String links(SavedQuery q, Map<String, List<String>> params, Paging paging, boolean hasNext, String format) {
        List<String> links = new ArrayList<>();
        Paging previous = paging.previous();
        if (previous != null) {
            links.add("<" + href(q, params, previous, format) + ">; rel=\"prev\"");
        }
        if (hasNext) {
            links.add("<" + href(q, params, paging.next(), format) + ">; rel=\"next\"");
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    /** {@code /queries/<name>?<parameters>&limit=N&offset=M[&format=F]}: a page of the same answer. */
    static String href(SavedQuery q, Map<String, List<String>> params, Paging paging, String format) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, values) -> values.forEach(v -> query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&')));
        query.append("limit=").append(paging.limit()).append("&offset=").append(paging.offset());
        if (format != null) {
            query.append("&format=").append(format);
        }
        return "/queries/" + q.name() + "?" + query;
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
