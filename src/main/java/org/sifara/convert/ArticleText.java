package org.sifara.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text, for finding quotes in it. Positions are counted in Unicode code points, as
 * the W3C Web Annotation model asks, not in Java {@code char}s: a character outside the Basic
 * Multilingual Plane counts once.
 */
public final class ArticleText {

    /** How many code points of context a text quote selector keeps on each side. */
    static final int CONTEXT = 32;

    /** Where a quote was found: code point offsets and the context on either side. */
    public record Span(int start, int end, String exact, String prefix, String suffix, int charStart, int charEnd) {}

    private final String text;

    public ArticleText(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Every place the quote occurs, as {@code char} indices, overlapping ones included. */
    List<Integer> occurrences(String quote) {
        List<Integer> found = new ArrayList<>();
        int from = text.indexOf(quote);
        while (from >= 0) {
            found.add(from);
            from = text.indexOf(quote, from + 1);
        }
        return found;
    }

    /** The span of the quote starting at {@code charIndex}. */
    Span spanAt(int charIndex, String quote) {
        int charEnd = charIndex + quote.length();
        int start = text.codePointCount(0, charIndex);
        int end = start + quote.codePointCount(0, quote.length());
        int prefixStart = text.offsetByCodePoints(charIndex, -Math.min(CONTEXT, start));
        int suffixEnd = charEnd;
        for (int i = 0; i < CONTEXT && suffixEnd < text.length(); i++) {
            suffixEnd += Character.charCount(text.codePointAt(suffixEnd));
        }
        return new Span(start, end, quote, text.substring(prefixStart, charIndex), text.substring(charEnd, suffixEnd),
                charIndex, charEnd);
    }

    /** The text between two code point offsets. */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    /** A cursor that gives the line and column of {@code char} indices in ascending order, for messages. */
    LineCursor lineCursor() {
        return new LineCursor();
    }

    /**
     * Lines and columns (1-based, columns in code points) found in one pass over the text: each
     * answer starts from the previous one, so that a text with hundreds of thousands of numbers to
     * report stays linear, not quadratic.
     */
    final class LineCursor {
        private int index;
        private int line = 1;
        private int column = 1;

        /** The line and column of {@code charIndex}, which must not come before the one asked last. */
        int[] lineAndColumn(int charIndex) {
            for (; index < charIndex; index++) {
                char c = text.charAt(index);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            return new int[] {line, column};
        }
    }
}
