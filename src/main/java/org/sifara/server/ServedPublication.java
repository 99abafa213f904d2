package org.sifara.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.pages.Site;
import org.sifara.publish.Publication;
import org.sifara.publish.SavedAnswers;
import org.sifara.query.QueryRunner;
import org.sifara.store.QueryTarget;

/**
 * One publication as the server serves it: with the view the guard bounds (for {@code /sparql}
 * and the saved queries), its saved-query answers kept in their cache, the pages' view of it,
 * and a count of the requests using it, so that once a newer one replaces it, it is closed when
 * the last of them ends.
 */
final class ServedPublication {

    final Publication pub;
    final DatasetGraph queryable;
    /** Where users' queries run: {@link #queryable} under the guard, or a remote store. */
    final QueryTarget target;
    final QueryRunner runner;
    final SavedAnswers answers;
    final Site site;
    private final AtomicInteger users = new AtomicInteger();
    private volatile boolean retired;
    private boolean closed;

    ServedPublication(Publication pub, DatasetGraph queryable, QueryTarget target, QueryRunner runner, SavedAnswers answers) {
        this.pub = pub;
        this.queryable = queryable;
        this.target = target;
        this.runner = runner;
        this.answers = answers;
        this.site = new Site(pub);
    }

    /** Counts one more request; false if it was retired meanwhile (the caller takes the newer one). */
    boolean enter() {
        users.incrementAndGet();
        if (retired) {
            leave();
            return false;
        }
        return true;
    }

    void leave() {
        if (users.decrementAndGet() == 0 && retired) {
            closeOnce();
        }
    }

    /** Replaced by a newer one: closed now if no request uses it, else when the last one ends. */
    void retire() {
        retired = true;
        if (users.get() == 0) {
            closeOnce();
        }
    }

    private synchronized void closeOnce() {
        if (!closed && users.get() == 0) {
            closed = true;
            pub.close();
        }
    }
}
