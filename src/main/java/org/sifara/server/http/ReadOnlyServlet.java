package org.sifara.server.http;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The base of Sifara's servlets: they answer GET and HEAD only (405 otherwise), and an
 * unexpected failure becomes a one-line 500 while the stack trace goes to the log.
 */
public abstract class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlyServlet.class);

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
