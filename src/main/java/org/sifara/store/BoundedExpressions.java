package org.sifara.store;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Rewrites a query's expressions so that each keeps to the query's limits. It is applied after
 * ARQ's optimizer, to every expression of the plan (filters, BIND, ORDER BY, aggregates, and those
 * inside EXISTS):
 * <ul>
 *   <li>every function and operator is wrapped in a {@link CheckedValue}, which checks the deadline
 *       before and the size of the value after;</li>
 *   <li>{@code REGEX} and {@code REPLACE} become {@link CancellableRegex} and
 *       {@link CancellableReplace}, which a deadline stops mid-match;</li>
 *   <li>{@code CONCAT} and {@code STRDT} become {@link BoundedConcat} and
 *       {@link BoundedStrDatatype}, which refuse a value too large before making it.</li>
 * </ul>
 */
final class BoundedExpressions extends ExprTransformCopy {

    private final ValueLimits limits;

    BoundedExpressions(ValueLimits limits) {
        this.limits = limits;
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        return func instanceof CheckedValue ? func : checked(super.transform(func, arg));
    }

    @Override
    public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
        if (func instanceof E_StrDatatype && !(func instanceof BoundedStrDatatype)) {
            return checked(new BoundedStrDatatype(arg1, arg2));
        }
        return checked(super.transform(func, arg1, arg2));
    }

    @Override
    public Expr transform(ExprFunction3 func, Expr arg1, Expr arg2, Expr arg3) {
        return checked(super.transform(func, arg1, arg2, arg3));
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
            return checked(new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null));
        }
        if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
            return checked(new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null));
        }
        if (func instanceof E_StrConcat && !(func instanceof BoundedConcat)) {
            return checked(new BoundedConcat(args));
        }
        return checked(super.transform(func, args));
    }

    private Expr checked(Expr expr) {
        return new CheckedValue(expr, limits);
    }
}
