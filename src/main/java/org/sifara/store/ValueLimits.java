package org.sifara.store;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * How large the values one query computes may be, and its deadline as expressions see it. Without
 * limits, sixteen {@code BIND(?x * ?x ...)} squarings of a 20-digit integer keep a core busy for
 * minutes (every step prints and re-reads a number of a million digits), and twenty
 * {@code CONCAT(?s, ?s)} doublings reach a thousand million characters. So:
 * <ul>
 *   <li>an integer or decimal has at most {@value #MAX_DIGITS} digits (a number that size costs
 *       about a millisecond to read or print);</li>
 *   <li>a string has at most {@value #MAX_CHARS} characters;</li>
 *   <li>strings longer than {@value #LARGE} characters count against a budget of
 *       {@value #LARGE_BUDGET} characters for the whole query, so that many large values
 *       (one per row, or one per argument) cannot fill the memory either.</li>
 * </ul>
 * A value past a limit stops the query with {@link QueryRefusedException}. One instance per query
 * execution, kept in its context.
 */
final class ValueLimits {

    static final int MAX_DIGITS = 1_000;
    static final int MAX_CHARS = 1_000_000;
    static final int LARGE = 4_096;
    static final long LARGE_BUDGET = 64_000_000;
    /** Digits in binary: an integer of more bits than this has more than {@value #MAX_DIGITS} digits. */
    private static final int MAX_BITS = (int) Math.ceil(MAX_DIGITS / Math.log10(2));

    private static final Symbol SYMBOL = Symbol.create("org.sifara.store.valueLimits");

    /** The types whose lexical forms Jena reads into a BigInteger or BigDecimal. */
    private static final Set<String> EXACT_NUMERIC = Set.of(XSDDatatype.XSDdecimal.getURI(), XSDDatatype.XSDinteger.getURI(),
            XSDDatatype.XSDnonPositiveInteger.getURI(), XSDDatatype.XSDnegativeInteger.getURI(),
            XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDint.getURI(), XSDDatatype.XSDshort.getURI(),
            XSDDatatype.XSDbyte.getURI(), XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDunsignedLong.getURI(), XSDDatatype.XSDunsignedInt.getURI(),
            XSDDatatype.XSDunsignedShort.getURI(), XSDDatatype.XSDunsignedByte.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI());

    private final AtomicBoolean cancel;
    private final AtomicLong largeChars = new AtomicLong();

    private ValueLimits(AtomicBoolean cancel) {
        this.cancel = cancel;
    }

    /** The limits of the query whose context this is, created on first use. */
    static ValueLimits of(Context context) {
        ValueLimits limits = context.get(SYMBOL);
        if (limits == null) {
            limits = new ValueLimits(Context.getOrSetCancelSignal(context));
            context.set(SYMBOL, limits);
        }
        return limits;
    }

    /** Stops the query if its time is up (the deadline engine's timer sets the flag). */
    void checkDeadline() {
        if (cancel.get()) {
            throw new QueryCancelledException();
        }
    }

    /** The value, if it is within the limits; a long string is counted against the query's budget. */
    NodeValue checked(NodeValue value) {
        if (value.isString() || value.isLangString()) {
            int chars = value.getString().length();
            checkLength(chars);
            if (chars > LARGE && largeChars.addAndGet(chars) > LARGE_BUDGET) {
                throw new QueryRefusedException("The query makes more than " + LARGE_BUDGET
                        + " characters of long strings; this endpoint computes no more for one query.");
            }
        } else if (value.isInteger()) {
            if (value.getInteger().bitLength() > MAX_BITS) {
                throw tooManyDigits();
            }
        } else if (value.isDecimal()) {
            var d = value.getDecimal();
            if (d.unscaledValue().bitLength() > MAX_BITS || Math.abs((long) d.scale()) > MAX_DIGITS) {
                throw tooManyDigits();
            }
        }
        return value;
    }

    /** A string of {@code chars} characters is about to be made: refuses it if too long. */
    static void checkLength(long chars) {
        if (chars > MAX_CHARS) {
            throw new QueryRefusedException("The query makes a string of more than " + MAX_CHARS
                    + " characters; this endpoint computes no strings that long.");
        }
    }

    /** Whether Jena reads literals of this datatype into a BigInteger or BigDecimal. */
    static boolean isExactNumeric(String datatypeIri) {
        return EXACT_NUMERIC.contains(datatypeIri);
    }

    /** {@code lexical} is about to be read as a number of type {@code datatypeIri}: refuses it if too long. */
    static void checkNumeral(String lexical, String datatypeIri) {
        if (EXACT_NUMERIC.contains(datatypeIri) && lexical.length() > MAX_DIGITS + 3) {
            throw tooManyDigits();
        }
    }

    /** A whole number {@code digits} digits long is about to be made: refuses it if too long. */
    static void checkDigits(double digits) {
        if (digits > MAX_DIGITS) {
            throw tooManyDigits();
        }
    }

    private static QueryRefusedException tooManyDigits() {
        return new QueryRefusedException("The query makes a number of more than " + MAX_DIGITS
                + " digits; this endpoint computes no numbers that large.");
    }
}
