package org.sifara.store;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.ARQFunctions;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.StandardFunctions;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.StandardPropertyFunctions;
import org.apache.jena.sparql.util.Context;

/**
 * The functions a query on a guarded dataset may call by IRI. ARQ's own registry loads a Java class
 * for any IRI it does not know ({@code <java:some.Class>}, and Jena's {@code afn:} and Leviathan
 * names, which it maps to classes), so a query could run any function class on the server's class
 * path: {@code afn:wait} sleeps for as long as asked, Leviathan's {@code factorial} computes without
 * end. Here only registered functions exist, and of those:
 * <ul>
 *   <li>the {@code sparql:} IRIs of the built-ins and the {@code cdt:} list and map functions are
 *       left out: they would call {@code REGEX}, {@code REPLACE} and {@code CONCAT} around the
 *       guard, or build values no size limit sees;</li>
 *   <li>{@code fn:concat}, {@code fn:matches}, {@code fn:replace}, {@code math:pow},
 *       {@code math:exp10} and the casts to integer and decimal types keep to {@link ValueLimits}
 *       and the deadline ({@link BoundedFunctions}).</li>
 * </ul>
 * Property functions likewise: the registered ones only.
 */
final class GuardedFunctions {

    private GuardedFunctions() {}

    /** Puts the two registries on a dataset's context; queries on it see no others. */
    static void installOn(Context context) {
        FunctionRegistry.set(context, functions());
        PropertyFunctionRegistry.set(context, propertyFunctions());
    }

    /**
     * Jena's standard functions, loaded afresh: ARQ's shared registry also keeps every class a
     * plain query has once loaded by name, and copying it would copy those too.
     */
    static FunctionRegistry functions() {
        FunctionRegistry standard = new FunctionRegistry();
        ARQFunctions.load(standard);
        StandardFunctions.loadStdDefs(standard);
        StandardFunctions.loadOtherDefs(standard);
        FunctionRegistry guarded = new RegisteredFunctionsOnly();
        standard.keys().forEachRemaining(iri -> {
            if (!iri.startsWith(ARQConstants.fnSparql) && !iri.startsWith(ARQConstants.CDTFunctionLibraryURI)) {
                FunctionFactory factory = standard.get(iri);
                guarded.put(iri, ValueLimits.isExactNumeric(iri) ? BoundedFunctions.cast(factory) : factory);
            }
        });
        guarded.put(ARQConstants.fnPrefix + "concat", iri -> new BoundedFunctions.Concat());
        guarded.put(ARQConstants.fnPrefix + "matches", iri -> new BoundedFunctions.Matches());
        guarded.put(ARQConstants.fnPrefix + "replace", iri -> new BoundedFunctions.Replace());
        guarded.put(ARQConstants.mathPrefix + "pow", iri -> new BoundedFunctions.Pow());
        guarded.put(ARQConstants.mathPrefix + "exp10", iri -> new BoundedFunctions.Exp10());
        return guarded;
    }

    static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry standard = new PropertyFunctionRegistry();
        StandardPropertyFunctions.loadStdDefs(standard);
        PropertyFunctionRegistry guarded = new RegisteredPropertyFunctionsOnly();
        standard.keys().forEachRemaining(iri -> {
            PropertyFunctionFactory factory = standard.get(iri);
            guarded.put(iri, factory);
        });
        return guarded;
    }

    /** A function registry that never loads a class for an unknown IRI. */
    private static final class RegisteredFunctionsOnly extends FunctionRegistry {
        @Override
        public FunctionFactory get(String iri) {
            return isRegistered(iri) ? super.get(iri) : null;
        }
    }

    /** A property-function registry that never loads a class for an unknown IRI. */
    private static final class RegisteredPropertyFunctionsOnly extends PropertyFunctionRegistry {
        @Override
        public boolean manages(String iri) {
            return isRegistered(iri);
        }

        @Override
        public PropertyFunctionFactory get(String iri) {
            return isRegistered(iri) ? super.get(iri) : null;
        }
    }

}
