package org.sifara;

/** Values quoted in one-line messages: line breaks flattened, long ones cut between characters. */
public final class OneLine {

    private OneLine() {}

    /** The value on one line, at most {@code max} code points, "..." marking a cut. */
    public static String abbreviate(String value, int max) {
        String flat = value.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 3)) + "...";
    }
}
