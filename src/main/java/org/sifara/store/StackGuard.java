package org.sifara.store;

import java.util.function.Supplier;

import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;

/**
 * Turns a stack overflow while a query is planned or evaluated into a refusal. ARQ plans and
 * evaluates expressions recursively, so {@code 1 + 1 + ... + 1} with a few thousand terms
 * overflows the request thread's stack, which would otherwise end the request as a server error.
 * Catching it here is safe: the frames it unwinds belong to this one query's plan and iterators,
 * which hold no locks and are abandoned with it.
 */
final class StackGuard {

    private StackGuard() {}

    static <T> T planning(Supplier<T> plan) {
        try {
            return plan.get();
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    static QueryIterator evaluating(QueryIterator iterator) {
        return new QueryIteratorWrapper(iterator) {
            @Override
            protected boolean hasNextBinding() {
                try {
                    return super.hasNextBinding();
                } catch (StackOverflowError e) {
                    throw tooDeep();
                }
            }

            @Override
            protected Binding moveToNextBinding() {
                try {
                    return super.moveToNextBinding();
                } catch (StackOverflowError e) {
                    throw tooDeep();
                }
            }
        };
    }

    static QueryRefusedException tooDeep() {
        return new QueryRefusedException("The query's expressions are nested too deeply to evaluate;"
                + " split a long expression into several BINDs, or test many values with IN (...) or VALUES.");
    }
}
