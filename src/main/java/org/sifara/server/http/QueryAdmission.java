package org.sifara.server.http;

import java.io.IOException;

import org.sifara.query.QueryGate;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the SPARQL endpoint: a query runs only if the {@link QueryGate} has a place for it
 * (503 with Retry-After otherwise). The place is held as a {@link Permit}, given back as soon as the
 * query has run, before its answer is written. {@link #TRUNCATED} is the header that says an answer was cut
 * at the row limit (the limit), on the endpoint and the saved queries alike.
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
        if (!gate.tryEnter(QueryGate.Lane.ENDPOINT)) {
            busy(resp);
            return;
        }
        Permit permit = new Permit(gate, QueryGate.Lane.ENDPOINT);
        request.setAttribute(Permit.ATTRIBUTE, permit);
        try {
            chain.doFilter(request, response);
        } finally {
            permit.release();
        }
    }

    /** 503: every place for a query is taken; come back soon. */
    public static void busy(HttpServletResponse resp) throws IOException {
        resp.setHeader("Retry-After", "2");
        Responses.text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Too many queries are running; try again in a few seconds.");
    }
}
