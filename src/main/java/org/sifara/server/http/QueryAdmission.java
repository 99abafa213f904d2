package org.sifara.server.http;

import java.io.IOException;

import org.sifara.query.QueryGate;
import org.sifara.store.Truncation;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the SPARQL endpoint: a query runs only if the {@link QueryGate} has room (503 with
 * Retry-After otherwise), and an answer cut at the row limit says so in the
 * {@code X-Sifara-Truncated} header (the limit), set before the first row is written.
 */
public final class QueryAdmission implements Filter {

    public static final String TRUNCATED = "X-Sifara-Truncated";

    private final QueryGate gate;

    public QueryAdmission(QueryGate gate) {
        this.gate = gate;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = ((jakarta.servlet.http.HttpServletRequest) request).getMethod();
        if (method.equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        if (!gate.tryEnter()) {
            busy(resp);
            return;
        }
        try {
            IOException[] io = new IOException[1];
            ServletException[] servlet = new ServletException[1];
            Truncation.listen(rows -> resp.setHeader(TRUNCATED, Long.toString(rows)), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    io[0] = e;
                } catch (ServletException e) {
                    servlet[0] = e;
                }
                return null;
            });
            if (io[0] != null) {
                throw io[0];
            }
            if (servlet[0] != null) {
                throw servlet[0];
            }
        } finally {
            gate.leave();
        }
    }

    /** 503: every place for a query is taken; come back soon. */
    public static void busy(HttpServletResponse resp) throws IOException {
        resp.setHeader("Retry-After", "2");
        Responses.text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Too many queries are running; try again in a few seconds.");
    }
}
