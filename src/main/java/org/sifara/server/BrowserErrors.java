package org.sifara.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.web.MediaType;
import org.sifara.pages.ErrorPage;
import org.sifara.pages.Site;
import org.sifara.server.http.Negotiation;
import org.sifara.server.http.Responses;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors for browsers: when a request prefers {@code text/html} to {@code text/plain} (a browser
 * names it; curl, scripts and SPARQL clients do not), a 4xx or 5xx answer's one plain sentence,
 * from Sifara or from Fuseki, is sent inside an error page with the site's navigation, in the
 * reader's language, with the same status and headers. Every other client gets the plain line.
 */
final class BrowserErrors implements Filter {

    private static final List<MediaType> OFFERS = List.of(MediaType.create("text/plain"), MediaType.create("text/html"));

    private final LiveSite live;

    BrowserErrors(LiveSite live) {
        this.live = live;
    }

    static boolean prefersHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept != null && Negotiation.choose(accept, OFFERS).map(m -> m.getContentTypeStr().equals("text/html"))
                .orElse(false);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!prefersHtml(req) || req.getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        ErrorCapture capture = new ErrorCapture(resp);
        chain.doFilter(request, capture);
        if (!capture.captured()) {
            return;
        }
        if (!capture.plainText()) {
            capture.replay();
            return;
        }
        String message = capture.text().strip();
        byte[] page = new ErrorPage(site(req), PageView.of(req)).render(capture.status(), message)
                .getBytes(StandardCharsets.UTF_8);
        resp.setStatus(capture.status());
        resp.setContentType("text/html; charset=utf-8");
        String vary = resp.getHeader("Vary");
        resp.setHeader("Vary", vary == null ? "Accept, Accept-Language" : vary + ", Accept-Language");
        Responses.body(req, resp, page);
    }

    /** The site of the publication the request is pinned to, or the current one. */
    private Site site(HttpServletRequest req) {
        ServedPublication served = LiveSite.of(req);
        return (served != null ? served : live.current()).site;
    }
}
