package org.sifara.server.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Every 503 says when to come back: a response that is given status 503 without a
 * {@code Retry-After} header gets one, whoever set the status (our routes, or Fuseki's answer to a
 * query that ran out of time).
 */
final class RetryAfter extends HttpServletResponseWrapper {

    /** Seconds: long enough for a running query to end, short enough for a person to wait. */
    static final String SECONDS = "5";

    RetryAfter(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int sc) {
        mark(sc);
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        mark(sc);
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        mark(sc);
        super.sendError(sc, msg);
    }

    private void mark(int status) {
        if (status == SC_SERVICE_UNAVAILABLE && !isCommitted() && getHeader("Retry-After") == null) {
            setHeader("Retry-After", SECONDS);
        }
    }
}
