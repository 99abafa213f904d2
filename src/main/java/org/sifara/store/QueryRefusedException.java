package org.sifara.store;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query Sifara will not run, or will not finish: a number or text in it, or a value it computes,
 * is larger than the limits allow, or it is nested too deeply to evaluate. The message is one
 * sentence a user can act on. The fault is in the request, so the HTTP layer answers it with 400
 * and the message, and the command line with one line.
 * <p>
 * It is a kind of {@link QueryCancelledException} because ARQ lets only that through a
 * {@code FILTER} (any other exception there only drops the row, with a warning in the log), and
 * so that anything that knows only the parent class still stops the query as for a timeout
 * (Fuseki answers 503 then).
 */
public class QueryRefusedException extends QueryCancelledException {
    private static final long serialVersionUID = 1L;

    private final String message;

    public QueryRefusedException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
