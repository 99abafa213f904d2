package org.sifara.server.http;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server is read-only: only GET, HEAD and OPTIONS anywhere, and POST only to the SPARQL
 * endpoint (queries sent as forms or directly), with a body of known and bounded size. Also sets
 * the headers that keep browsers from guessing types or running anything in our pages.
 */
public final class RequestGuard implements Filter {

    private final long maxBodyBytes;

    public RequestGuard(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The two ways to POST a query (SPARQL 1.1 Protocol, 2.1.2 and 2.1.3). */
    static boolean isQueryBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/x-www-form-urlencoded") || type.equals("application/sparql-query");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        resp.setHeader("Referrer-Policy", "no-referrer");
        String method = req.getMethod();
        boolean endpoint = req.getRequestURI().equals("/sparql") || req.getRequestURI().equals("/sparql/");
        switch (method) {
            case "GET", "HEAD", "OPTIONS" -> chain.doFilter(request, response);
            case "POST" -> {
                if (!endpoint) {
                    Responses.drain(req, resp, maxBodyBytes);
                    Responses.methodNotAllowed(resp, method, "GET, HEAD, OPTIONS");
                } else if (req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null) {
                    resp.setHeader("Connection", "close");
                    Responses.text(resp, 411, "A query sent by POST needs a Content-Length.");
                } else if (req.getContentLengthLong() > maxBodyBytes) {
                    resp.setHeader("Connection", "close");
                    Responses.text(resp, 413, "The request body is larger than " + maxBodyBytes + " bytes.");
                } else if (!isQueryBody(req.getContentType())) {
                    Responses.drain(req, resp, maxBodyBytes);
                    Responses.text(resp, 415, "POST a query as application/sparql-query or as a form (query=...); "
                            + "this endpoint is read-only and takes no updates.");
                } else {
                    chain.doFilter(request, response);
                }
            }
            default -> {
                Responses.drain(req, resp, maxBodyBytes);
                Responses.methodNotAllowed(resp, method, endpoint ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
            }
        }
    }
}
