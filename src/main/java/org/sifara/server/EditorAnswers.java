package org.sifara.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.sifara.pages.EditorPage;
import org.sifara.pages.Lang;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.query.Answer;
import org.sifara.query.QueryCatalogue;
import org.sifara.server.http.Negotiation;
import org.sifara.server.http.Permit;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.store.QueryTextCheck;
import org.sifara.store.StoreUnavailableException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query sent to {@code /sparql} by a browser ({@code Accept} prefers {@code text/html}) or with
 * {@code format=html}: answered as the query editor with the query in it and its answer as a table
 * whose IRIs link to their pages, run through the same guard and query place as Fuseki's answers
 * (this filter runs after {@link QueryAdmission}). Every other query goes on to Fuseki.
 */
final class EditorAnswers implements Filter {

    private static final List<MediaType> OFFERS = List.of(MediaType.create("application/sparql-results+json"),
            MediaType.create("application/sparql-results+xml"), MediaType.create("text/csv"),
            MediaType.create("text/tab-separated-values"), MediaType.create("text/turtle"), MediaType.create("text/html"));

    private final QueryCatalogue catalogue;

    EditorAnswers(QueryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Whether the request asks for the answer as a page. */
    static boolean wantsPage(HttpServletRequest req) {
        String format = req.getParameter("format");
        String output = req.getParameter("output");
        if (format != null || output != null) {
            return "html".equals(format) || format == null && "html".equals(output);
        }
        return Negotiation.choose(req.getHeader("Accept"), OFFERS).map(m -> m.getContentTypeStr().equals("text/html"))
                .orElse(false);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String text = req.getMethod().equals("OPTIONS") ? null : req.getParameter("query");
        if (text == null || !wantsPage(req)) {
            chain.doFilter(request, response);
            return;
        }
        ServedPublication served = LiveSite.of(req);
        Site site = served.site;
        View view = view(req, text);
        Answer answer = null;
        String error = null;
        boolean graph = false;
        try {
            QueryTextCheck.check(text);
            Query query = QueryFactory.create(text, site.pub().base().value(), Syntax.syntaxARQ);
            graph = query.isConstructType() || query.isDescribeType();
            answer = served.runner.run(query);
        } catch (QueryCancelledException e) {
            Permit.releaseHeldBy(req);
            Responses.text(resp, 503, "The query took longer than the time limit and was stopped.");
            return;
        } catch (StoreUnavailableException e) {
            Permit.releaseHeldBy(req);
            Responses.text(resp, 503, ReadOnlyServlet.STORE_UNAVAILABLE);
            return;
        } catch (QueryException e) {
            error = firstLines(e.getMessage());
        } catch (StackOverflowError e) {
            error = "The query is too deeply nested to be read or run.";
        } finally {
            Permit.releaseHeldBy(req);
        }
        if (answer != null && answer.truncatedAt() > 0) {
            resp.setHeader(QueryAdmission.TRUNCATED, Long.toString(answer.truncatedAt()));
        }
        byte[] body = new EditorPage(site, view).render(text, answer, error, graph, catalogue).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(error == null ? 200 : 400);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept, Accept-Language");
        resp.setHeader("Cache-Control", "no-store");
        Responses.body(req, resp, body);
    }

    private static String firstLines(String message) {
        if (message == null || message.isBlank()) {
            return "The query could not be run.";
        }
        String text = message.strip();
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /**
     * The page's language: {@code lang} from the URL or the form, else Accept-Language. The
     * language switch carries the query (a form's too, when it is short enough for a link).
     */
    private static View view(HttpServletRequest req, String text) {
        Optional<Lang> chosen = Lang.byCode(req.getParameter("lang"));
        Lang lang = chosen.orElseGet(() -> Lang.fromAcceptLanguage(req.getHeader("Accept-Language")));
        String query = req.getQueryString() != null ? PageView.without(req.getQueryString(), "lang")
                : text.length() <= 4000 ? "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8) : "";
        return new View(lang, chosen.isPresent(), "/sparql", query);
    }
}
