package org.sifara.store;

import java.util.List;

import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * SPARQL {@code CONCAT} that adds up the lengths of its arguments before it joins them: each
 * argument is within the limits, but a thousand of them need not be.
 */
final class BoundedConcat extends E_StrConcat {

    BoundedConcat(ExprList args) {
        super(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        ValueLimits.checkLength(totalLength(args));
        return super.eval(args);
    }

    /** The characters of the string arguments, together (the others are errors when joined). */
    static long totalLength(List<NodeValue> args) {
        long total = 0;
        for (NodeValue arg : args) {
            if (arg.isString() || arg.isLangString()) {
                total += arg.getString().length();
            }
        }
        return total;
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs);
    }
}
