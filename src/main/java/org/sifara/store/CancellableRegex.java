package org.sifara.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
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

    /**
     * As {@link E_Regex#eval(List)}, check for check: the text must be a string literal (a plain or
     * language-tagged string; an eval error otherwise); pattern and flags must be plain strings
     * ({@link ExprException} otherwise, which ARQ does not turn into an unbound value), and the
     * flags only {@code smixq}.
     */
    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 2 ? args.get(2) : null;
        if (!pattern.isString()) {
            throw new ExprException("REGEX: Pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprException("REGEX: Pattern flags are not a string: " + flags);
        }
        if (flags != null && !flags.getString().chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: Only 'smixq' are legal as pattern flags: got " + flags);
        }
        Pattern compiled = patterns.compile("REGEX", pattern.getString(), flags == null ? "" : flags.getString());
        AtomicBoolean cancel = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
        CharSequence input = cancel == null ? text : new WatchedText(text, cancel);
        return NodeValue.booleanReturn(RegexStack.find(compiled.matcher(input)));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
