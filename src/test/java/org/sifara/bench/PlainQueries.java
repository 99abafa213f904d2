package org.sifara.bench;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.sifara.query.ParameterBinder;
import org.sifara.query.SavedQuery;

/**
 * The SPARQL a plain Fuseki user would send for a saved query: its text with the default
 * parameter values substituted, as Sifara binds them (Jena's syntactic substitution), its relative
 * IRIs already resolved against the base when it was parsed, and {@code FROM <urn:x-arq:UnionGraph>}
 * added, because all of Sifara's data is in named graphs and an in-memory Fuseki dataset has no
 * "union default graph" switch (TDB has one): the FROM is how a plain Fuseki user queries the union.
 */
final class PlainQueries {

    private PlainQueries() {}

    static String withDefaults(SavedQuery saved) {
        Binding defaults = ParameterBinder.bind(saved, Map.of());
        Map<Var, Node> substitution = new HashMap<>();
        defaults.forEach(substitution::put);
        Query query = QueryTransformOps.replaceVars(saved.query(), substitution);
        return overUnion(query).serialize();
    }

    /**
     * A saved query's first page as Sifara answers it by default: its own answer, cut at the first
     * {@code rows} rows, for a store whose default graph is the union of its graphs (TDB2's switch).
     */
    static String firstPage(SavedQuery saved, int rows) {
        Binding defaults = ParameterBinder.bind(saved, Map.of());
        Map<Var, Node> substitution = new HashMap<>();
        defaults.forEach(substitution::put);
        Query query = QueryTransformOps.replaceVars(saved.query(), substitution);
        if (!query.hasLimit() || query.getLimit() > rows) {
            query.setLimit(rows);
        }
        return query.serialize();
    }

    /** The query with the union of all named graphs as its default graph. */
    static Query overUnion(Query query) {
        Query copy = query.cloneQuery();
        copy.addGraphURI(Quad.unionGraph.getURI());
        return copy;
    }

    /** {@code DESCRIBE <iri>} over the union: plain Fuseki's answer to "tell me about this resource". */
    static String describe(String iri) {
        return "DESCRIBE <" + iri + "> FROM <" + Quad.unionGraph.getURI() + ">";
    }
}
