package org.sifara.query;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;

/**
 * Saved queries as a service: runs them and keeps each answer, keyed by query and parameters,
 * with the forms it has been written in (the HTML page renders the answer itself). The data is read-only, so an answer never goes stale; the cache is
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

    /** A query with its parameter values: the key of an answer. */
    private record Key(String query, Map<String, List<String>> parameters) {
        Key {
            parameters = Map.copyOf(parameters);
        }
    }

    /** An answer, and the forms it has been written in so far. */
    private record Entry(Answer answer, Map<ResultFormat, Written> written) {}

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;
    private final PrefixMap prefixes;
    private final QueryGate gate;
    private final Map<Key, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
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

    /** The answer of {@code query} for {@code parameters}, from the cache when it can; run when the gate has room. */
    public Answer answer(SavedQuery query, Map<String, List<String>> parameters) {
        return entry(query, parameters).answer();
    }

    /** The answer of {@code query} for {@code parameters} written in {@code format}, from the cache when it can. */
    public Written answer(SavedQuery query, Map<String, List<String>> parameters, ResultFormat format) {
        Entry entry = entry(query, parameters);
        synchronized (cache) {
            Written hit = entry.written().get(format);
            if (hit != null) {
                return hit;
            }
        }
        Written written = new Written(format.write(entry.answer(), prefixes), format, entry.answer().truncatedAt());
        synchronized (cache) {
            entry.written().put(format, written);
        }
        return written;
    }

    private Entry entry(SavedQuery query, Map<String, List<String>> parameters) {
        Key key = new Key(query.name(), parameters);
        synchronized (cache) {
            Entry hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Entry entry = new Entry(runGated(query, parameters), new EnumMap<>(ResultFormat.class));
        synchronized (cache) {
            return cache.computeIfAbsent(key, k -> entry);
        }
    }

    /** Runs a query when the gate has room for it. */
    private Answer runGated(SavedQuery query, Map<String, List<String>> parameters) {
        if (!gate.tryEnter()) {
            throw new BusyException();
        }
        try {
            return runner.run(query, parameters);
        } finally {
            gate.leave();
        }
    }
}
