package org.sifara.store;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * An expression whose value the query's limits watch: before it is computed, the deadline is
 * checked; after, its size ({@link ValueLimits}). The deadline engine puts one around every
 * function and operator of a query, so arithmetic, string functions and casts all stop when the
 * time is up and refuse values past the limits. Errors pass through unchanged, so
 * {@code COALESCE}, {@code IF} and {@code BOUND} behave as before.
 */
final class CheckedValue extends ExprFunction1 {

    private static final String NAME = "sifara:checked";

    private final ValueLimits limits;

    CheckedValue(Expr expr, ValueLimits limits) {
        super(expr, NAME);
        this.limits = limits;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        limits.checkDeadline();
        return limits.checked(expr.eval(binding, env));
    }

    @Override
    public NodeValue eval(NodeValue value) {
        return value;
    }

    @Override
    public Expr copy(Expr expr) {
        return new CheckedValue(expr, limits);
    }
}
