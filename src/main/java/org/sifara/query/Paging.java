package org.sifara.query;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;

/**
 * A page of a saved query's answer over HTTP: {@code limit} rows from {@code offset}. Without
 * {@code limit}, {@value #DEFAULT_LIMIT} rows; at most {@value #MAX_LIMIT}. The page is taken from
 * the query's own answer (its ORDER BY, and its own LIMIT and OFFSET if it has them), and one row
 * more is read to know whether another page follows.
 */
public record Paging(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /** The parameter names the HTTP API takes for paging; no saved query may use them. */
    public static final List<String> PARAMETERS = List.of("limit", "offset");
    /** The first page, of the default length. */
    public static final Paging FIRST = new Paging(DEFAULT_LIMIT, 0);

    public Paging {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit from 1 to " + MAX_LIMIT + ", offset from 0");
        }
    }

    /**
     * Takes {@code limit} and {@code offset} out of a request's parameters.
     *
     * @throws BadParameterException when either is not a whole number in range, or given twice
     */
    public static Paging take(Map<String, List<String>> parameters) {
        List<String> limit = parameters.remove("limit");
        List<String> offset = parameters.remove("offset");
        return new Paging(limit == null ? DEFAULT_LIMIT : (int) number("limit", limit, 1, MAX_LIMIT),
                offset == null ? 0 : number("offset", offset, 0, Long.MAX_VALUE / 2));
    }

    private static long number(String name, List<String> values, long min, long max) {
        if (values.size() != 1 || !values.get(0).matches("[0-9]{1,18}")) {
            throw new BadParameterException(name + " must be one whole number from " + min + " to " + max + ".");
        }
        long n = Long.parseLong(values.get(0));
        if (n < min || n > max) {
            throw new BadParameterException(name + " must be a whole number from " + min + " to " + max + ".");
        }
        return n;
    }

    /** The page after this one. */
    public Paging next() {
        return new Paging(limit, offset + limit);
    }

    /** The page before this one, or null for the first. */
    public Paging previous() {
        return offset == 0 ? null : new Paging(limit, Math.max(0, offset - limit));
    }

    /**
     * {@code query} cut to this page, one row longer (to see whether another follows), within the
     * query's own LIMIT and OFFSET; null if the page starts past the query's own LIMIT.
     */
    Query applyTo(Query query) {
        Query page = query.cloneQuery();
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long end = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
        if (offset >= end) {
            return null;
        }
        page.setOffset(ownOffset + offset);
        page.setLimit(Math.min((long) limit + 1, end - offset));
        return page;
    }
}
