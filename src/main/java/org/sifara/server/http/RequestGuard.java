package org.sifara.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.ContentType;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server is read-only: only GET, HEAD and OPTIONS anywhere, and POST only to the SPARQL
 * endpoint (queries sent as forms or directly, in UTF-8), with a body of known and bounded size.
 * A body left unread by a refusal is read and dropped, so the connection stays usable. Also sets
 * the headers that keep browsers from guessing types or running anything in our pages.
 */
public final class RequestGuard implements Filter {

    private final long maxBodyBytes;

    public RequestGuard(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * The headers that keep browsers from guessing types or running anything in our pages but our
     * own files: scripts and stylesheets only from this server ({@code /assets/}), never inline;
     * requests (the editor's) only to this server; no plug-ins, frames or other bases.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The headers that keep browsers from guessing types or running anything in our pages. */
    public static void secure(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("Referrer-Policy", "no-referrer");
    }

    /** The two ways to POST a query (SPARQL 1.1 Protocol, 2.1.2 and 2.1.3). */
    static boolean isQueryBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = mediaType(contentType);
        return type.equals("application/x-www-form-urlencoded") || type.equals("application/sparql-query");
    }

    /** The media type of a Content-Type header, without parameters, in lower case. */
    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = new RetryAfter((HttpServletResponse) response);
        secure(resp);
        String method = req.getMethod();
        boolean endpoint = req.getRequestURI().equals("/sparql") || req.getRequestURI().equals("/sparql/");
        long length = req.getContentLengthLong();
        if (!Utf8.wellFormedEscapes(req.getQueryString()) || !Utf8.validEscaped(req.getQueryString())) {
            Responses.text(resp, 400, Utf8.wellFormedEscapes(req.getQueryString()) ? "The URL's query string is not valid UTF-8."
                    : "The URL's query string has a malformed %-escape (a % must be followed by two hexadecimal digits).");
            if (length > 0 && length <= maxBodyBytes) {
                discardUnreadBody(req);
            }
            return;
        }
        switch (method) {
            case "GET", "HEAD", "OPTIONS" -> chain.doFilter(request, resp);
            case "POST" -> {
                if (!endpoint) {
                    Responses.methodNotAllowed(resp, method, "GET, HEAD, OPTIONS");
                } else if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
                    resp.setHeader("Connection", "close");
                    Responses.text(resp, 411, "A query sent by POST needs a Content-Length.");
                } else if (!isQueryBody(req.getHeader("Content-Type"))) {
                    Responses.text(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "POST a query as application/sparql-query "
                            + "or as a form (query=...); this endpoint is read-only and takes no updates.");
                } else if (nonUtf8Query(req).isPresent()) {
                    Responses.text(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                            "A query sent as application/sparql-query must be UTF-8, not " + nonUtf8Query(req).get() + ".");
                } else {
                    passCheckedBody(req, resp, chain);
                }
            }
            default -> Responses.methodNotAllowed(resp, method, endpoint ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
        }
        if (length > 0 && length <= maxBodyBytes) {
            discardUnreadBody(req);
        }
    }

    /**
     * Reads the query body ahead and passes it on only if it is valid UTF-8 (after %-decoding, for a
     * form): otherwise the query would run with U+FFFD in place of what the client meant, or the
     * form would fail deep in the server.
     */
    private void passCheckedBody(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // Jetty's SizeLimitHandler, in front of every request, has refused bodies over the limit (413).
        byte[] body = req.getInputStream().readAllBytes();
        boolean form = mediaType(req.getHeader("Content-Type")).equals("application/x-www-form-urlencoded");
        if (!(form ? Utf8.validEscaped(body) : Utf8.valid(body))) {
            Responses.text(resp, 400, form ? "The form is not valid UTF-8 once its %-escapes are decoded."
                    : "The query is not valid UTF-8.");
            return;
        }
        HttpServletRequest replayed;
        try {
            replayed = form ? ReplayedBody.form(req, body) : ReplayedBody.direct(req, body);
        } catch (IllegalArgumentException e) {
            Responses.text(resp, 400, "The form or the URL has a malformed %-escape.");
            return;
        }
        chain.doFilter(replayed, resp);
    }

    /**
     * The charset a direct query declares, if it is not UTF-8. {@code application/sparql-query} is
     * UTF-8 only, and Fuseki reads the body as UTF-8 whatever it declares: a query in another charset
     * would run misread (an Arabic or accented literal matching nothing) instead of failing. The
     * header is read as sent: the servlet API's getContentType looks the charset up, and throws on
     * one it does not know.
     */
    private static Optional<String> nonUtf8Query(HttpServletRequest req) {
        String header = req.getHeader("Content-Type");
        if (header == null) {
            return Optional.empty();
        }
        ContentType type;
        try {
            type = ContentType.create(header);
        } catch (RuntimeException e) {
            return Optional.of("an unreadable charset");
        }
        String charset = type.getCharset();
        if (!"application/sparql-query".equalsIgnoreCase(type.getContentTypeStr()) || charset == null) {
            return Optional.empty();
        }
        try {
            return Charset.forName(charset).equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(charset);
        } catch (IllegalArgumentException e) {
            return Optional.of(charset);
        }
    }

    /**
     * Reads and drops what is left of a request body that was not needed (a refused request).
     * Otherwise Jetty, finding the body unread once the response is sent, closes the connection that
     * response had left open, and the client's next request on it fails with no response at all.
     * Only bodies of known length within the limit get here.
     */
    private static void discardUnreadBody(HttpServletRequest req) {
        try {
            req.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // the body was read as text (getReader), or the client went away: nothing left to drop
        }
    }
}
