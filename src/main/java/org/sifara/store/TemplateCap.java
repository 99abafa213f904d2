package org.sifara.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.syntax.Template;
import org.apache.jena.sparql.util.Context;

/**
 * Cuts a CONSTRUCT answer at the triple limit and at {@link AnswerSize#MAX_CHARS}: the row cap
 * alone let a template of 1,000 triples make 10 million from 10,000 rows (1.1 GB, and "Java heap
 * space" for a larger one), because ARQ builds the whole answer graph before anything is written.
 * For each row it counts the template's triples whose variables the row binds, and their terms'
 * characters, and ends the rows before the one that would pass either limit: the answer holds
 * whole rows' triples only, and the cut is reported to the query's {@link Truncation}, with the triples kept,
 * before anything is written.
 */
final class TemplateCap extends QueryIteratorWrapper {

    private final List<Quad> template;
    private final long maxTriples;
    private final Context context;
    private long triples;
    private long chars;
    private Binding pending;
    private boolean cut;

    /** The rows of a CONSTRUCT query, cut at {@code maxTriples}; any other query's rows as they are. */
    static QueryIterator over(QueryIterator rows, Query query, long maxTriples, Context context) {
        boolean construct = query != null && query.isConstructType() && maxTriples > 0;
        return construct ? new TemplateCap(rows, query.getConstructTemplate(), maxTriples, context) : rows;
    }

    private TemplateCap(QueryIterator rows, Template template, long maxTriples, Context context) {
        super(rows);
        this.template = template.getQuads();
        this.maxTriples = maxTriples;
        this.context = context;
    }

    @Override
    protected boolean hasNextBinding() {
        if (pending != null) {
            return true;
        }
        if (cut || !iterator.hasNext()) {
            return false;
        }
        Binding row = iterator.next();
        long rowTriples = 0;
        long rowChars = 0;
        for (Quad quad : template) {
            Node s = value(quad.getSubject(), row);
            Node p = value(quad.getPredicate(), row);
            Node o = value(quad.getObject(), row);
            if (s != null && p != null && o != null) {
                rowTriples++;
                rowChars += AnswerSize.of(s) + AnswerSize.of(p) + AnswerSize.of(o);
            }
        }
        if (triples + rowTriples > maxTriples || chars + rowChars > AnswerSize.MAX_CHARS) {
            cut = true;
            Truncation.report(context, triples);
            return false;
        }
        triples += rowTriples;
        chars += rowChars;
        pending = row;
        return true;
    }

    /** A template term under a row: itself, or the variable's value (null if the row leaves it unbound). */
    private static Node value(Node term, Binding row) {
        return Var.isVar(term) ? row.get(Var.alloc(term)) : term;
    }

    @Override
    protected Binding moveToNextBinding() {
        hasNextBinding();
        Binding row = pending;
        pending = null;
        return row;
    }
}
