package org.sifara.server.http;

import java.io.IOException;

import org.apache.jena.query.QueryCancelledException;
import org.sifara.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The base of Sifara's servlets: they answer GET and HEAD only (405 otherwise); a store that does
 * not answer in time is a 503 (with {@code Retry-After}, added to every 503), and an unexpected
 * failure a one-line 500, while the details go to the log.
 */
public abstract class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyServlet.class);
    /** What a user reads when the store does not answer (its address, which may be internal, goes to the log only). */
    public static final String STORE_UNAVAILABLE = "The data store is not answering just now; try again shortly.";

    @Override
    protected final void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Responses.methodNotAllowed(resp, method, "GET, HEAD, OPTIONS");
            return;
        }
        try {
            get(req, resp);
        } catch (IOException e) {
            throw e;
        } catch (StoreUnavailableException | QueryCancelledException e) {
            // A remote store down or slow: the request was fine, and may work in a moment.
            LOG.warn("{} {}: {}", method, req.getRequestURI(), e.getMessage() == null ? "the store took too long" : e.getMessage());
            if (!resp.isCommitted()) {
                resp.reset();
                CorsFilter.open(resp);
                RequestGuard.secure(resp);
                Responses.text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, STORE_UNAVAILABLE);
            }
        } catch (RuntimeException e) {
            LOG.warn("Failed on {} {}", method, req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                // reset() drops what the answer had set (ETag, Content-Disposition...), and the
                // filters' headers with it: those are put back.
                resp.reset();
                CorsFilter.open(resp);
                RequestGuard.secure(resp);
                Responses.text(resp, 500, "Internal error while answering this request.");
            }
        }
    }

    /** Answers a GET (HEAD too: {@link Responses#body} leaves the body out). */
    protected abstract void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    /** The request path below the servlet's path, without a leading slash ("" when none). */
    protected static String subPath(HttpServletRequest req) {
        String info = req.getPathInfo();
        return info == null ? "" : info.startsWith("/") ? info.substring(1) : info;
    }
}
