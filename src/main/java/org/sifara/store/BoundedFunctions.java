package org.sifara.store;

import java.math.BigInteger;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.library.Math_exp10;
import org.apache.jena.sparql.function.library.Math_pow;
import org.apache.jena.sparql.util.Context;

/**
 * The XPath and XSD functions that could compute past {@link ValueLimits} or the deadline, as the
 * guarded registry ({@link GuardedFunctions}) offers them: each answers as Jena's own does, but
 * checks the size of what it is about to make first, or matches on text the deadline can stop.
 */
final class BoundedFunctions {

    private BoundedFunctions() {}

    /** {@code fn:concat}: the lengths are added up before the strings are joined. */
    static final class Concat extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {}

        @Override
        public NodeValue exec(List<NodeValue> args) {
            ValueLimits.checkLength(BoundedConcat.totalLength(args));
            return XSDFuncOp.fnConcat(args);
        }
    }

    /** {@code fn:matches}, as Jena's (pattern and flags read as strings), matched as {@link CancellableRegex}. */
    static final class Matches implements Function {
        private CancellableRegex constant;

        @Override
        public void build(String uri, ExprList args, Context context) {
            if (args.size() != 2 && args.size() != 3) {
                throw new ExprEvalException("matches: Wrong number of arguments: Wanted 2 or 3, got " + args.size());
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            CancellableRegex regex = constant;
            if (regex == null) {
                NodeValue pattern = NodeValue.makeString(args.get(1).eval(binding, env).getString());
                NodeValue flags = args.size() == 3 ? NodeValue.makeString(args.get(2).eval(binding, env).getString()) : null;
                regex = new CancellableRegex(args.get(0), pattern, flags);
                if (args.get(1) instanceof NodeValue && (args.size() == 2 || args.get(2) instanceof NodeValue)) {
                    constant = regex;
                }
            }
            return regex.eval(binding, env);
        }
    }

    /** {@code fn:replace}, as {@link CancellableReplace}. */
    static final class Replace implements Function {
        private CancellableReplace replace;

        @Override
        public void build(String uri, ExprList args, Context context) {
            if (args.size() != 3 && args.size() != 4) {
                throw new ExprEvalException("fn:replace: Wrong number of arguments: Wanted 3 or 4, got " + args.size());
            }
            replace = new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() == 4 ? args.get(3) : null);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            return replace.eval(binding, env);
        }
    }

    /** {@code math:pow}: an integer power is refused before it is computed if it would be too long. */
    static final class Pow extends Math_pow {
        @Override
        public NodeValue exec(NodeValue base, NodeValue exponent) {
            if (base.isInteger() && exponent.isInteger()) {
                int power = exponent.getInteger().intValue();
                if (power >= 0) {
                    ValueLimits.checkDigits(power * digitsAtLeast(base.getInteger()));
                }
            }
            return super.exec(base, exponent);
        }

        /** A lower bound of log10 |n|: no false refusals. */
        private static double digitsAtLeast(BigInteger n) {
            return Math.max(0, n.abs().bitLength() - 1) * Math.log10(2);
        }
    }

    /** {@code math:exp10}: an integer power of ten is refused if it would be too long. */
    static final class Exp10 extends Math_exp10 {
        @Override
        public NodeValue exec(NodeValue exponent) {
            if (exponent.isInteger() && exponent.getInteger().intValue() >= 0) {
                ValueLimits.checkDigits(exponent.getInteger().intValue() + 1.0);
            }
            return super.exec(exponent);
        }
    }

    /** A cast to an integer or decimal type that will not read a numeral of too many digits. */
    static FunctionFactory cast(FunctionFactory cast) {
        return iri -> new Function() {
            private final Function delegate = cast.create(iri);

            @Override
            public void build(String uri, ExprList args, Context context) {
                delegate.build(uri, args, context);
            }

            @Override
            public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
                if (args.size() != 1) {
                    return delegate.exec(binding, args, uri, env);
                }
                NodeValue value = args.get(0).eval(binding, env);
                if (value.isLiteral()) {
                    ValueLimits.checkNumeral(value.asNode().getLiteralLexicalForm(), uri);
                }
                return delegate.exec(binding, new ExprList(value), uri, env);
            }
        };
    }
}
