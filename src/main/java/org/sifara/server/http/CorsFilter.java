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
 * CORS for public, read-only data: any origin may read, no credentials are ever allowed, and
 * preflight requests are answered here. (Fuseki's own CORS filter echoes the origin and allows
 * credentials, which a public endpoint does not want.)
 */
public final class CorsFilter implements Filter {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Accept, Accept-Encoding, Accept-Language, Content-Type, Cache-Control, "
            + "If-None-Match, If-Modified-Since, X-Requested-With";
    static final String EXPOSED_HEADERS = "ETag, Last-Modified, Content-Disposition, Content-Length, Location, Vary, "
            + "Retry-After, Link, X-Sifara-Truncated";

    /** The headers every response carries: public data, readable from any origin, without credentials. */
    public static void open(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        open(resp);
        if ("OPTIONS".equals(req.getMethod())) {
            RequestGuard.secure(resp);
            resp.setHeader("Allow", ALLOWED_METHODS);
            if (req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", "86400");
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
