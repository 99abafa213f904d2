package org.sifara.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REPLACE} that a query's cancellation can stop. Before Jena replaces, the same
 * pattern scans the same text for its matches on text that checks the cancel flag: a pattern
 * that backtracks for ever is stopped there, and for any other the scan costs about as much as
 * the replacement. Jena then replaces, with its own semantics.
 */
final class CancellableReplace extends E_StrReplace {

    private final LastPattern patterns = new LastPattern();

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    /**
     * The scan takes its arguments as {@code XSDFuncOp.strReplace} does, in the same order (pattern,
     * flags, the pattern compiled, text, replacement), so an argument it cannot use fails here with
     * the error ARQ would give. It also counts the matches, which bounds the length of the result
     * before Jena builds it: an empty pattern replaced by a long string multiplies the text.
     */
    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        AtomicBoolean cancel = env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
        if (cancel != null) {
            String pattern = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
            String flags = args.size() > 3 && args.get(3) != null
                    ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : "";
            Pattern compiled = patterns.compile("replace", pattern, flags);
            String text = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0)).getLiteralLexicalForm();
            long matches = RegexStack.count(compiled.matcher(new WatchedText(text, cancel)));
            String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
            long groups = replacement.chars().filter(c -> c == '$').count();
            ValueLimits.checkLength(text.length() + matches * replacement.length() + groups * text.length());
        }
        return super.eval(args, env);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
