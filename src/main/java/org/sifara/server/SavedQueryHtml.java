package org.sifara.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.sifara.pages.Lang;
import org.sifara.pages.QueryPages;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.publish.SavedAnswers;
import org.sifara.query.PagedAnswer;
import org.sifara.query.BadParameterException;
import org.sifara.query.Paging;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;
import org.sifara.store.QueryRefusedException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A saved query's page ({@code Accept: text/html} or {@code ?format=html}): the form with the
 * values the URL gave, the answer one page at a time ({@code offset}, {@code limit}), in the
 * interface's language. A query with a {@code lang} parameter takes the interface's language when
 * the URL names none; one without it ignores {@code lang}, which then
 * only chooses the interface's. Refused values are a 400 page with the form, to correct them.
 */
final class SavedQueryHtml {

    private final Site site;
    private final SavedAnswers answers;

    SavedQueryHtml(Site site, SavedAnswers answers) {
        this.site = site;
        this.answers = answers;
    }

    /** @param params the query's own parameters, the page's ({@code limit}, {@code offset}) taken out into {@code paging} */
    void answer(HttpServletRequest req, HttpServletResponse resp, SavedQuery q, Map<String, List<String>> params, Paging paging)
            throws IOException {
        View view = PageView.of(req);
        boolean takesLang = q.parameters().stream().anyMatch(p -> p.name().equals("lang"));
        if (!takesLang) {
            params.remove("lang");
        } else if (!params.containsKey("lang")) {
            params.put("lang", List.of(view.lang().code()));
        } else if (Lang.byCode(params.get("lang").get(0)).isEmpty()) {
            view = new View(view.lang(), false, view.path(), view.query());
        }
        Map<String, String> given = new LinkedHashMap<>();
        params.forEach((k, v) -> given.put(k, v.isEmpty() ? "" : v.get(0)));
        PagedAnswer answer = null;
        String error = null;
        String editorText = null;
        try {
            answer = answers.answer(q, params, paging);
            editorText = q.boundText(params);
        } catch (BadParameterException | QueryRefusedException e) {
            error = e.getMessage();
        } catch (SavedAnswers.BusyException e) {
            QueryAdmission.busy(resp);
            return;
        } catch (QueryCancelledException e) {
            Responses.text(resp, 503, "The query took longer than the time limit and was stopped.");
            return;
        }
        if (answer != null && answer.answer().truncatedAt() > 0) {
            resp.setHeader(QueryAdmission.TRUNCATED, Long.toString(answer.answer().truncatedAt()));
        }
        List<org.sifara.pages.Site.HeadLink> head = ResultFormat.forQuery(q).stream()
                .map(f -> new Site.HeadLink("alternate", f.mediaType(), View.withParams("/queries/" + q.name()
                        + "?" + PageView.without(PageView.without(req.getQueryString(), "format"), "offset"), "format", f.key())
                        .replace("?&", "?"))).toList();
        String page = new QueryPages(site).answer(view, q, given, answer, error, editorText, head);
        Download body = Download.text(q.name() + ".html", "text/html; charset=utf-8", page);
        if (error != null) {
            resp.setStatus(400);
            resp.setContentType(body.contentType());
            Responses.body(req, resp, body.bytes());
            return;
        }
        Serve.page(req, resp, body, null, true, true);
    }
}
