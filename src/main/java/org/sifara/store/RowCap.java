package org.sifara.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * Cuts an answer at the row limit. Before the first row is given out it reads ahead up to one row
 * more than the limit: so the cut is known, and reported to the query's {@link Truncation}, before anything is
 * written, while memory stays bounded by the limit.
 */
final class RowCap extends QueryIteratorWrapper {

    private final long maxRows;
    private final Context context;
    private List<Binding> ahead;
    private int next;

    RowCap(QueryIterator iterator, long maxRows, Context context) {
        super(iterator);
        this.maxRows = maxRows;
        this.context = context;
    }

    private void readAhead() {
        if (ahead != null) {
            return;
        }
        ahead = new ArrayList<>();
        while (ahead.size() <= maxRows && iterator.hasNext()) {
            ahead.add(iterator.next());
        }
        if (ahead.size() > maxRows) {
            ahead.remove(ahead.size() - 1);
            Truncation.report(context, maxRows);
        }
    }

    @Override
    protected boolean hasNextBinding() {
        readAhead();
        return next < ahead.size();
    }

    @Override
    protected Binding moveToNextBinding() {
        readAhead();
        return ahead.get(next++);
    }
}
