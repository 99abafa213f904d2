package org.sifara.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.riot.system.PrefixMap;

/**
 * Saved queries as a service: runs them and keeps each written answer, keyed by query,
 * parameters and format. The data is read-only, so an answer never goes stale; the cache is
 * bounded so that many different parameter values cannot exhaust memory.
 */
public final class QueryService {

    /** A written answer: its bytes, the form they are in, and the row limit it was cut at (0: whole). */
    public record Written(byte[] bytes, ResultFormat format, long truncatedAt) {}

    /** Every place for a query is taken: answer 503 and let the client retry. */
    public static final class BusyException extends org.sifara.SifaraException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("Too many queries are running; try again in a few seconds.");
        }
    }

    static final int CACHE_ENTRIES = 1000;

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;
    private final PrefixMap prefixes;
    private final QueryGate gate;
    private final Map<String, Written> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    public QueryService(QueryCatalogue catalogue, QueryRunner runner, PrefixMap prefixes, QueryGate gate) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.prefixes = prefixes;
        this.gate = gate;
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    public QueryRunner runner() {
        return runner;
    }

    /** Runs a query when the gate has room for it. */
    public Answer runGated(SavedQuery query, Map<String, List<String>> parameters) {
        if (!gate.tryEnter()) {
            throw new BusyException();
        }
        try {
            return runner.run(query, parameters);
        } finally {
            gate.leave();
        }
    }

    private Written run(SavedQuery query, Map<String, List<String>> parameters, ResultFormat format) {
        Answer answer = runGated(query, parameters);
        long truncatedAt = answer instanceof Answer.Rows rows ? rows.truncatedAt() : 0;
        return new Written(format.write(answer, prefixes), format, truncatedAt);
    }

    /** The answer of {@code query} for {@code parameters} in {@code format}, from the cache when it can. */
    public Written answer(SavedQuery query, Map<String, List<String>> parameters, ResultFormat format) {
        String key = query.name() + "\u0000" + format.key() + "\u0000" + new TreeMap<>(parameters);
        synchronized (cache) {
            Written hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Written written = run(query, parameters, format);
        synchronized (cache) {
            cache.put(key, written);
        }
        return written;
    }
}
