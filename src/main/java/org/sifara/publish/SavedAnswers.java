package org.sifara.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.riot.system.PrefixMap;
import org.sifara.SifaraException;
import org.sifara.query.Answer;
import org.sifara.query.PagedAnswer;
import org.sifara.query.Paging;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.QueryGate;
import org.sifara.query.QueryRunner;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The saved queries' answers, run when first asked and then kept: the answer itself (the HTML
 * page renders it) and each form it has been written in, held ready as a {@link Download} with
 * its ETag and gzip form, as the dataset downloads are, a page at a time ({@link Paging}). A
 * publication is read-only, so an answer never goes stale: the server keeps one SavedAnswers per
 * publication, and a new build, served as a new publication, starts with an empty one. The cache
 * is bounded in bytes, so that many different parameter values cannot exhaust memory. A query runs
 * only when the gate has a place for it.
 */
public final class SavedAnswers {

    /** Every place for a query is taken: answer 503 and let the client retry. */
    public static final class BusyException extends SifaraException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("Too many queries are running; try again in a few seconds.");
        }
    }

    /** An answer written in one form, the row limit it was cut at (0: whole), and whether a next page follows. */
    public record Written(Download body, long truncatedAt, boolean hasNext) {}

    /** The default bound of the kept answers, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /** A query with its parameter values (sorted, so that their order in a URL does not matter) and its page. */
    private record Key(String query, Map<String, List<String>> parameters, Paging paging) {
        Key {
            parameters = new TreeMap<>(parameters);
        }
    }

    private record FormKey(Key key, ResultFormat format) {}

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;
    private final PrefixMap prefixes;
    private final QueryGate gate;
    private final Cache<Key, PagedAnswer> answers;
    private final Cache<FormKey, Written> written;

    /**
     * @param runner runs the queries on a guarded view of the publication
     * @param gate the places queries run in, shared with the SPARQL endpoint
     */
    public SavedAnswers(QueryCatalogue catalogue, QueryRunner runner, PrefixMap prefixes, QueryGate gate, long maxBytes) {
        this.catalogue = catalogue;
        this.runner = runner;
        this.prefixes = prefixes;
        this.gate = gate;
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes / 2).weigher((Key k, PagedAnswer a) -> weight(a.answer())).build();
        this.written = Caffeine.newBuilder().maximumWeight(maxBytes / 2)
                .weigher((FormKey k, Written w) -> w.body().bytes().length + w.body().gzipped().length + 256).build();
    }

    public QueryCatalogue catalogue() {
        return catalogue;
    }

    /** The first page of the answer of {@code query} for {@code parameters}, kept or run when the gate has room. */
    public Answer answer(SavedQuery query, Map<String, List<String>> parameters) {
        return answer(query, parameters, Paging.FIRST).answer();
    }

    /** One page of the answer of {@code query} for {@code parameters}, kept or run when the gate has room. */
    public PagedAnswer answer(SavedQuery query, Map<String, List<String>> parameters, Paging paging) {
        return answers.get(new Key(query.name(), parameters, paging), k -> runGated(query, parameters, paging));
    }

    /** The first page of the answer written in {@code format}. */
    public Written answer(SavedQuery query, Map<String, List<String>> parameters, ResultFormat format) {
        return answer(query, parameters, Paging.FIRST, format);
    }

    /** One page of the answer of {@code query} for {@code parameters} written in {@code format}, kept or written now. */
    public Written answer(SavedQuery query, Map<String, List<String>> parameters, Paging paging, ResultFormat format) {
        Key key = new Key(query.name(), parameters, paging);
        return written.get(new FormKey(key, format), k -> {
            PagedAnswer page = answer(query, parameters, paging);
            Download body = Download.of(query.name() + "." + format.key(), format.contentType(), format.write(page.answer(), prefixes));
            return new Written(body, page.answer().truncatedAt(), page.hasNext());
        });
    }

    private PagedAnswer runGated(SavedQuery query, Map<String, List<String>> parameters, Paging paging) {
        if (!gate.tryEnter(QueryGate.Lane.SAVED)) {
            throw new BusyException();
        }
        try {
            return runner.run(query, parameters, paging);
        } finally {
            gate.leave(QueryGate.Lane.SAVED);
        }
    }

    /** A rough size of an answer in memory: rows times columns, a hundred bytes a value. */
    private static int weight(Answer answer) {
        long size = 256;
        if (answer instanceof Answer.Rows rows) {
            size += 100L * rows.rows().size() * Math.max(1, rows.vars().size());
        } else if (answer instanceof Answer.Triples triples) {
            size += 300L * triples.graph().size();
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }
}
