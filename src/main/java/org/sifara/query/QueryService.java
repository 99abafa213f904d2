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

    /** A written answer: its bytes and the media type they are in. */
    public record Written(byte[] bytes, ResultFormat format) {}

    static final int CACHE_ENTRIES = 1000;

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;
    private final PrefixMap prefixes;
    private final Map<String, Written> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    public QueryService(QueryCatalogue catalogue, QueryRunner runner, PrefixMap prefixes) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.prefixes = prefixes;
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    public QueryRunner runner() {
        return runner;
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
        Written written = new Written(format.write(runner.run(query, parameters), prefixes), format);
        synchronized (cache) {
            cache.put(key, written);
        }
        return written;
    }
}
