package org.sifara.store;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Checks a query's text before anything parses it for real: the HTTP layer calls
 * {@link #check(String)} before Fuseki sees the query, because Fuseki parses it, and prints it for
 * its log, before any time limit runs.
 * <ul>
 *   <li>A numeral of more than {@value ValueLimits#MAX_DIGITS} digits is refused unread: reading
 *       a number of a million digits into a {@code BigInteger} takes minutes. Every run of digits
 *       counts, in a string too ({@code "1...1"^^xsd:integer} is read the same way), and so do
 *       digits written as {@code \u0030}-style escapes.</li>
 *   <li>A query the parser or the printer cannot take without overflowing the stack (an
 *       expression of many thousands of terms) is refused. The check parses and prints it on a
 *       thread with a request thread's stack. A query that does not parse at all is left to Fuseki, which says
 *       why.</li>
 * </ul>
 */
public final class QueryTextCheck {

    /**
     * The JVM's usual thread stack on 64-bit Linux, as a request thread has: a quarter of it
     * refused sums and OR chains of a thousand terms, which generated queries do send; this takes
     * some 5,000 and refuses 10,000. A query that passes here and still overflows a request
     * thread's stack (whose frames below the parser use some of it) is refused there instead.
     */
    static final long CHECK_STACK_BYTES = 1024 * 1024;

    private QueryTextCheck() {}

    /** Refuses (with {@link QueryRefusedException}) a query text Sifara will not parse. */
    public static void check(String queryText) {
        checkDigits(queryText);
        checkDepth(queryText);
    }

    static void checkDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int width = digitWidth(text, i);
            if (width > 0) {
                if (++run > ValueLimits.MAX_DIGITS) {
                    throw new QueryRefusedException("The query holds a number of more than " + ValueLimits.MAX_DIGITS
                            + " digits; this endpoint reads no numbers that large.");
                }
                i += width;
            } else {
                run = 0;
                i++;
            }
        }
    }

    /** The length of the digit at {@code i} (1, or 6 or 10 for an escape), or 0 if there is none. */
    private static int digitWidth(String text, int i) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
            return 1;
        }
        if (c == '\\' && text.startsWith("\\u003", i) && i + 5 < text.length() && isAsciiDigit(text.charAt(i + 5))) {
            return 6;
        }
        if (c == '\\' && text.startsWith("\\U0000003", i) && i + 9 < text.length() && isAsciiDigit(text.charAt(i + 9))) {
            return 10;
        }
        return 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static void checkDepth(String text) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread parser = new Thread(null, () -> {
            try {
                QueryFactory.create(text, "http://sifara.invalid/", Syntax.syntaxARQ).toString();
            } catch (RuntimeException e) {
                // Not well-formed: Fuseki will say where.
            } catch (StackOverflowError e) {
                failure.set(e);
            }
        }, "sifara-query-check", CHECK_STACK_BYTES);
        parser.start();
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryRefusedException("The query was not checked: the server is stopping.");
        }
        if (failure.get() != null) {
            throw StackGuard.tooDeep();
        }
    }
}
