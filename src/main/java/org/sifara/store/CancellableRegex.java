package org.sifara.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} that a query's cancellation can stop. A regular expression with
 * catastrophic backtracking never reads the graph, so no other check reaches it: here the matched
 * text itself checks the query's cancel flag as the matcher reads it.
 */
final class CancellableRegex extends E_Regex {

    private final LastPattern patterns = new LastPattern();

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException("REGEX: not a string: " + text);
        }
        String flags = args.size() > 2 ? args.get(2).getString() : "";
        Pattern pattern = patterns.compile(args.get(1).getString(), flags);
        AtomicBoolean cancel = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
        CharSequence input = cancel == null ? text.getString() : new WatchedText(text.getString(), cancel);
        return NodeValue.booleanReturn(pattern.matcher(input).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
