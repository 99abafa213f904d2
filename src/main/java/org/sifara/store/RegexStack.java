package org.sifara.store;

import java.util.regex.Matcher;

/**
 * Matching that turns {@code java.util.regex}'s stack overflow into a refusal. The matcher
 * recurses once per repetition of some patterns ({@code (a|b)*} over a long text), and the
 * overflow, an {@link StackOverflowError}, would otherwise end the request as a server error. The
 * overflow unwinds only the matcher's own frames, which hold no locks and change nothing shared.
 */
final class RegexStack {

    private RegexStack() {}

    static boolean find(Matcher matcher) {
        try {
            return matcher.find();
        } catch (StackOverflowError e) {
            throw refused();
        }
    }

    /** The number of matches. */
    static long count(Matcher matcher) {
        try {
            long n = 0;
            while (matcher.find()) {
                n++;
            }
            return n;
        } catch (StackOverflowError e) {
            throw refused();
        }
    }

    private static QueryRefusedException refused() {
        return new QueryRefusedException("The regular expression is too complex to match against a text this long;"
                + " simplify the pattern or match a shorter text.");
    }
}
