package org.sifara.server.http;

import java.util.concurrent.atomic.AtomicBoolean;

import org.sifara.query.QueryGate;

import jakarta.servlet.ServletRequest;

/**
 * A place at the query gate, held by one request and given back once: as soon as its query has
 * run (the answer is then in memory), or when the request ends, whichever comes first. So a client
 * that reads its answer slowly holds a connection and a thread, never a place a query could use.
 */
public final class Permit {

    static final String ATTRIBUTE = Permit.class.getName();

    private final QueryGate gate;
    private final QueryGate.Lane lane;
    private final AtomicBoolean held = new AtomicBoolean(true);

    Permit(QueryGate gate, QueryGate.Lane lane) {
        this.gate = gate;
        this.lane = lane;
    }

    void release() {
        if (held.compareAndSet(true, false)) {
            gate.leave(lane);
        }
    }

    /** Gives back the place the request holds, if any: its query has run. */
    public static void releaseHeldBy(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Permit permit) {
            permit.release();
        }
    }
}
