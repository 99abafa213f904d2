package org.sifara.server;

import java.io.IOException;
import java.util.function.Function;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.sifara.pages.Site;
import org.sifara.publish.Publication;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The publication the server serves now, switched without a pause when a build makes a new one.
 * Every request is pinned, from its first filter to its last byte, to the publication that was
 * current when it came in (pages, documents, saved queries and {@code /sparql} alike, through
 * {@link #sparqlDataset}); a replaced publication is closed, and its store let go of, once the last
 * request pinned to it ends.
 */
final class LiveSite implements Filter {

    private static final String ATTRIBUTE = LiveSite.class.getName();

    private final Function<Publication, ServedPublication> serve;
    private final ThreadLocal<ServedPublication> pinned = new ThreadLocal<>();
    private volatile ServedPublication current;

    LiveSite(Publication first, Function<Publication, ServedPublication> serve) {
        this.serve = serve;
        this.current = serve.apply(first);
    }

    /** The publication a request is pinned to. */
    static ServedPublication of(HttpServletRequest req) {
        return (ServedPublication) req.getAttribute(ATTRIBUTE);
    }

    static Publication publication(HttpServletRequest req) {
        return of(req).pub;
    }

    /** The pages' view of the publication a request is pinned to. */
    static Site site(HttpServletRequest req) {
        return of(req).site;
    }

    ServedPublication current() {
        return current;
    }

    /** Serves {@code next} from now on; requests already in keep the one they started with. */
    void replace(Publication next) {
        ServedPublication old;
        synchronized (this) {
            old = current;
            current = serve.apply(next);
        }
        old.retire();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        ServedPublication served = enter();
        request.setAttribute(ATTRIBUTE, served);
        pinned.set(served);
        try {
            chain.doFilter(request, response);
        } finally {
            pinned.remove();
            served.leave();
        }
    }

    private ServedPublication enter() {
        while (true) {
            ServedPublication served = current;
            if (served.enter()) {
                return served;
            }
        }
    }

    /**
     * The dataset Fuseki's {@code /sparql} queries: the guarded view of the publication the request
     * is pinned to (the current one outside a request).
     */
    DatasetGraph sparqlDataset() {
        return new DatasetGraphWrapper(current.queryable) {
            @Override
            protected DatasetGraph get() {
                ServedPublication served = pinned.get();
                return (served != null ? served : current).queryable;
            }
        };
    }

    /** Closes the current publication (the server is stopping). */
    void close() {
        current.retire();
    }
}
