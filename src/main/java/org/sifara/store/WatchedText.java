package org.sifara.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * Text that checks a query's cancel flag every few thousand characters a regular expression reads,
 * so that a backtracking match stops when the query is cancelled.
 */
record WatchedText(String text, AtomicBoolean cancel, int[] reads) implements CharSequence {

    WatchedText(String text, AtomicBoolean cancel) {
        this(text, cancel, new int[1]);
    }

    @Override
    public char charAt(int index) {
        if ((++reads[0] & 0xFFF) == 0 && cancel.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new WatchedText(text.substring(start, end), cancel, reads);
    }

    @Override
    public String toString() {
        return text;
    }
}
