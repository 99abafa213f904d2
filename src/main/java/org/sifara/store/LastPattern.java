package org.sifara.store;

import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.RegexEngine;

/**
 * The pattern one REGEX or REPLACE expression compiled last. The pattern is nearly always a
 * constant, so it is compiled once per expression, that is once per query, and nothing is kept
 * between queries (users choose the patterns at /sparql).
 */
final class LastPattern {

    private record Compiled(String regex, String flags, Pattern pattern) {}

    private volatile Compiled last;

    /** The pattern, compiled as ARQ compiles it; {@code label} names the function in an error. */
    Pattern compile(String label, String regex, String flags) {
        Compiled c = last;
        if (c == null || !c.regex().equals(regex) || !c.flags().equals(flags)) {
            c = new Compiled(regex, flags, RegexEngine.makePattern(label, regex, flags));
            last = c;
        }
        return c.pattern();
    }
}
